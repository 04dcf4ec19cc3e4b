import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { CheckboxField } from '../../../lib/forms';
import { deleteMyAccount } from '../api';
import { DeleteAccountDialog } from './DeleteAccountDialog';

/** Deleting my own account: what goes, what stays, then my password in a dialog. */
export function DeleteAccountSection() {
  const navigate = useNavigate();
  const [purge, setPurge] = useState(false);
  const [confirming, setConfirming] = useState(false);

  async function confirm(password: string) {
    await deleteMyAccount(password, purge);
    // The goodbye page forgets the session here (the server has ended all of them): signing
    // out first would send this private page to the sign-in page before it could leave.
    await navigate('/goodbye', { replace: true, state: { deleted: true } });
  }

  return (
    <section className="card" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete my account</h2>
      <p>This can’t be undone. When you delete your account:</p>
      <ul>
        <li>
          Your email, display name, password, second factor, notifications, blocks and reactions are erased, and you are
          signed out everywhere at once.
        </li>
        <li>
          What you wrote stays in the conversations it belongs to, shown as written by “Former member”, so that others’
          replies still make sense. Tick the box below to remove it too.
        </li>
        <li>
          Safety records the program must keep (moderation decisions and the audit log) stay, without your name or
          email.
        </li>
      </ul>
      <p>To use Hearth again later, you would need a new invite from your care team.</p>
      <div className="delete-controls">
        <CheckboxField
          label="Also remove everything I wrote"
          name="purgeContent"
          checked={purge}
          onChange={(e) => setPurge(e.target.checked)}
        />
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          Delete my account…
        </button>
      </div>
      {confirming && <DeleteAccountDialog purge={purge} onConfirm={confirm} onCancel={() => setConfirming(false)} />}
    </section>
  );
}
