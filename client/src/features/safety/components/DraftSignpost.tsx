import type { CrisisResource } from '@hearth/contract';
import { CrisisResourcesPanel } from './CrisisResourcesPanel';

/**
 * Shown beside a composer when the draft reads as a crisis (see useDraftSafetyCheck).
 * It offers help; it never stops the message.
 */
export function DraftSignpost({ crisis, resources }: { crisis: boolean; resources?: CrisisResource[] }) {
  return (
    <div role="status" aria-live="polite">
      {crisis && (
        <div className="signpost">
          <p>
            It sounds like things are really hard right now. You can still send your message. If you need to talk to
            someone now:
          </p>
          <CrisisResourcesPanel resources={resources} compact />
        </div>
      )}
    </div>
  );
}
