import { useEffect, useId, useRef, useState } from 'react';
import { formatMoment } from '../../../lib/dates';
import type { IssuedInvite } from '@hearth/contract';

const ROLE_WORDS: Record<string, string> = {
  member: 'a member',
  alumni: 'alumni',
  clinician: 'a clinician',
  moderator: 'a moderator',
  admin: 'an admin',
};

/** The new code and its ready-to-share link, each with a Copy button. */
export function InviteResult({ invite }: { invite: IssuedInvite }) {
  const link = `${window.location.origin}/register?code=${encodeURIComponent(invite.code)}`;
  const uses = invite.maxUses === 1 ? 'one person' : `up to ${invite.maxUses} people`;
  const role = ROLE_WORDS[invite.role] ?? invite.role;
  return (
    <div className="invite-result" aria-live="polite">
      <h3>Invite ready</h3>
      <p>
        For {uses} to join as {role}, until {formatMoment(invite.expiresAt)}. Share it privately (in person or by the
        program’s usual channel); anyone with it can join this group.
      </p>
      <CopyField label="Invite code" value={invite.code} />
      <CopyField label="Invite link" value={link} />
    </div>
  );
}

function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState('');

  useEffect(() => {
    if (!note) {
      return;
    }
    const timer = setTimeout(() => setNote(''), 4000);
    return () => clearTimeout(timer);
  }, [note]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setNote('Copied');
    } catch {
      input.current?.select();
      setNote('Selected: copy it with your device’s copy command');
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} ref={input} readOnly value={value} onFocus={(e) => e.target.select()} />
        <button
          type="button"
          className="button button-secondary"
          aria-label={`Copy ${label.toLowerCase()}`}
          onClick={() => void copy()}
        >
          Copy
        </button>
      </div>
      <p role="status" className="copy-note">
        {note}
      </p>
    </div>
  );
}
