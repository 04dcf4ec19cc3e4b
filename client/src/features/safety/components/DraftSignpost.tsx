import { CrisisResourcesPanel } from './CrisisResourcesPanel';
import { DetectorNotice } from './DetectorNotice';
import { FRIEND_TOO, wordsFor } from './levelHelp';
import type { DraftSafety } from './useDraftSafetyCheck';

/**
 * Shown beside a composer while the draft reads as a risk (see useDraftSafetyCheck),
 * worded for its level. It offers help; it never stops the post.
 */
export function DraftSignpost({ help }: { help: DraftSafety }) {
  const words = wordsFor(help.level, help.someoneElse);
  return (
    <div role="status" aria-live="polite">
      {words && (
        <div className={help.level === 'urgent' ? 'signpost' : 'signpost signpost-gentle'}>
          <p>
            {words.draft}
            {help.level !== 'none' && help.someoneElse ? ` ${FRIEND_TOO}` : ''}
          </p>
          <CrisisResourcesPanel resources={help.resources} compact />
          {help.level !== 'none' && <DetectorNotice />}
        </div>
      )}
    </div>
  );
}
