import type { TargetType } from '@hearth/contract';
import { useState } from 'react';
import { useAuth } from '../../../lib/auth';
import { Modal } from '../../../lib/Modal';
import { actOn } from '../api';
import { duration, resolutionWords } from '../words';
import { ActionForm } from './ActionForm';

interface StaffActButtonProps {
  targetType: TargetType;
  targetId: string;
  /** Whose message (or which person), by display name. */
  authorName: string | null;
  /** What the button is about, for its accessible name: "message from Sam". */
  subject: string;
  className?: string;
  onDone?: () => void;
}

/**
 * Staff act where they see the problem: from a message (hide, remove, mute its
 * author for…, several at once) or from a person (warn, mute, suspend), in one
 * dialog with one reason. Recorded as a resolved review item.
 */
export function StaffActButton({ targetType, targetId, authorName, subject, className, onDone }: StaffActButtonProps) {
  const { user } = useAuth();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState('');
  return (
    <>
      <button
        type="button"
        className={className ?? 'button button-secondary'}
        aria-label={`Moderate ${subject}`}
        onClick={() => {
          setNotice('');
          setOpen(true);
        }}
      >
        Moderate
      </button>
      <span role="status" className="inline-status">
        {notice}
      </span>
      {open && (
        <Modal title={`Moderate ${subject}`} onClose={() => setOpen(false)}>
          <ActionForm
            targetType={targetType}
            authorName={authorName}
            canBan={user?.role === 'admin'}
            initialContent={targetType === 'user' ? '' : 'hide'}
            onCancel={() => setOpen(false)}
            submit={async (decision) => {
              const done = await actOn({ targetType, targetId }, decision);
              const minutes = decision.durationMinutes;
              setOpen(false);
              setNotice(`Done: ${resolutionWords(done.actions)}${minutes ? ` for ${duration(minutes)}` : ''}.`);
              onDone?.();
            }}
          />
        </Modal>
      )}
    </>
  );
}
