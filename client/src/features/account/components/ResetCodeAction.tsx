import type { IssuedResetCode, Role } from '@hearth/contract';
import { useState } from 'react';
import { useAuth } from '../../../lib/auth';
import { formatMoment } from '../../../lib/dates';
import { describeError } from '../../../lib/errors';
import { Modal } from '../../../lib/Modal';
import { issueResetCode } from '../api';

const STAFF: readonly Role[] = ['clinician', 'moderator', 'admin'];

/**
 * Staff, beside a person who forgot their password: a single-use code, valid a
 * day, to hand over in person or by phone. Admins for anyone; a member's
 * clinicians for that member (the server decides; this only hides the obvious).
 */
export function ResetCodeAction({ person }: { person: { id: string; displayName: string; role: Role } }) {
  const { user } = useAuth();
  const [open, setOpen] = useState(false);
  const mayIssue =
    user !== null &&
    user.id !== person.id &&
    (user.role === 'admin' || (user.role === 'clinician' && !STAFF.includes(person.role)));
  if (!mayIssue) {
    return null;
  }
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        aria-label={`Password reset code for ${person.displayName}`}
        onClick={() => setOpen(true)}
      >
        Reset code…
      </button>
      {open && (
        <Modal title={`Password reset code: ${person.displayName}`} onClose={() => setOpen(false)}>
          <ResetCodePanel person={person} onClose={() => setOpen(false)} />
        </Modal>
      )}
    </>
  );
}

function ResetCodePanel({ person, onClose }: { person: { id: string; displayName: string }; onClose: () => void }) {
  const [issued, setIssued] = useState<IssuedResetCode | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function issue() {
    setBusy(true);
    setError(null);
    try {
      setIssued(await issueResetCode(person.id));
    } catch (e) {
      setError(describeError(e));
    }
    setBusy(false);
  }

  return (
    <>
      {issued ? (
        <div role="status">
          <p>Give this code to {person.displayName} in person or by phone. It works once.</p>
          <p className="reset-code">
            <strong>{issued.code}</strong>
          </p>
          <p className="item-meta">
            Valid until {formatMoment(issued.expiresAt)}. They enter it on the sign-in page under “Forgot your
            password?”. Using it signs them out everywhere; a second factor stays on.
          </p>
        </div>
      ) : (
        <>
          <p>
            If {person.displayName} forgot their password, make sure it is really them, then create a code they can use
            once, within 24 hours, to choose a new password. Creating it is recorded in the audit log, and any earlier
            code stops working.
          </p>
          {error && <p role="alert">{error}</p>}
        </>
      )}
      <div className="actions">
        {!issued && (
          <button type="button" className="button" disabled={busy} onClick={() => void issue()}>
            {busy ? 'Creating…' : 'Create reset code'}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={onClose}>
          {issued ? 'Done' : 'Cancel'}
        </button>
      </div>
    </>
  );
}
