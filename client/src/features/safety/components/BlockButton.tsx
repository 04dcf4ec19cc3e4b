import { useState } from 'react';
import { ConfirmDialog } from '../../../lib/ConfirmDialog';
import { describeError } from '../../../lib/errors';
import { block } from '../api';

interface BlockButtonProps {
  userId: string;
  displayName: string;
  onBlocked?: () => void;
}

/** Block a peer, after saying plainly what that does and does not do. */
export function BlockButton({ userId, displayName, onBlocked }: BlockButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function confirm() {
    setBusy(true);
    try {
      await block(userId);
      setOutcome({ ok: true, text: `You blocked ${displayName}.` });
      onBlocked?.();
    } catch (error) {
      setOutcome({ ok: false, text: describeError(error) });
    }
    setBusy(false);
    setConfirming(false);
  }

  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        aria-label={`Block ${displayName}`}
        onClick={() => setConfirming(true)}
      >
        Block
      </button>
      <span role="status" className="inline-status">
        {outcome?.ok && outcome.text}
      </span>
      {outcome && !outcome.ok && (
        <span role="alert" className="field-error">
          {outcome.text}
        </span>
      )}
      {confirming && (
        <ConfirmDialog
          title={`Block ${displayName}?`}
          confirmLabel="Block"
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            You won’t see each other’s messages or posts. They aren’t told, and you can unblock them any time from
            Blocked people.
          </p>
          <p>Blocking doesn’t tell staff. If {displayName} broke the guidelines or worries you, use Report as well.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
