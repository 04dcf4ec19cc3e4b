import type { Signpost } from '@hearth/contract';
import { useId } from 'react';
import { CrisisResourcesPanel } from './CrisisResourcesPanel';
import { useAuth } from '../../../lib/auth';
import { DetectorNotice, noteDetectorNoticeTold } from './DetectorNotice';
import { FRIEND_TOO, wordsFor } from './levelHelp';

interface PostedHelpProps {
  signpost: Signpost;
  /** What was written: a chat message is "sent", a forum post "up". */
  what: 'message' | 'post';
  onClose: () => void;
  className?: string;
}

/**
 * The help shown at once after posting words that read as a risk (a chat message,
 * a thread, a reply or an edit), worded for the level; the post is up either way.
 */
export function PostedHelp({ signpost, what, onClose, className }: PostedHelpProps) {
  const id = useId();
  const { user } = useAuth();
  const words = wordsFor(signpost.level, signpost.someoneElse);
  if (!words) {
    return null;
  }
  const close = () => {
    if (signpost.level !== 'none') {
      noteDetectorNoticeTold(user?.id);
    }
    onClose();
  };
  const tone = signpost.level === 'urgent' ? 'signpost' : 'signpost signpost-gentle';
  return (
    <section className={className ? `${tone} ${className}` : tone} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{words.title}</h2>
      <p>
        {what === 'message' ? 'Your message was sent. ' : 'Your post is up. '}
        {words.posted}
        {signpost.level !== 'none' && signpost.someoneElse ? ` ${FRIEND_TOO}` : ''}
      </p>
      <CrisisResourcesPanel resources={signpost.resources} compact />
      {signpost.level !== 'none' && <DetectorNotice />}
      <button type="button" className="button button-secondary button-small" onClick={close}>
        Close
      </button>
    </section>
  );
}
