import { ROLES } from '@hearth/contract';
import type { PersonView, Role, UserRoleView } from '@hearth/contract';
import { useId, useState } from 'react';
import { ConfirmDialog } from '../../../lib/ConfirmDialog';
import { isStaff } from '../../../lib/auth';
import { describeError } from '../../../lib/errors';
import { changeRole } from '../api';

export const ROLE_WORDS: Record<Role, string> = {
  member: 'Member',
  alumni: 'Alumni',
  peer_mentor: 'Peer mentor',
  clinician: 'Clinician',
  moderator: 'Moderator',
  admin: 'Admin',
};

/** What the person loses with the change, in words; null when they lose nothing. */
export function accessLost(from: Role, to: Role): string | null {
  if (to === 'admin') {
    return null;
  }
  if (from === 'admin') {
    return 'They lose admin rights: people, roles, settings and bans.';
  }
  if (isStaff(from)) {
    return isStaff(to)
      ? 'Their staff access changes: what they can see and moderate follows the new role.'
      : 'They lose staff access: the review queue, alerts, the audit log and members’ private details.';
  }
  if (from === 'member' && to === 'peer_mentor') {
    return 'They leave every cohort they are a member of, with its rooms and boards.';
  }
  if (from === 'peer_mentor' && to === 'alumni') {
    return 'They can no longer hide content pending review.';
  }
  return null;
}

interface RoleControlProps {
  person: PersonView;
  onChanged: (change: UserRoleView) => void;
  onError: (message: string) => void;
}

/**
 * A person's role: chosen, then saved with a button (never on a keypress), with a
 * confirmation when the change takes access away. Members become alumni by
 * stepping down from their cohort, not here.
 */
export function RoleControl({ person, onChanged, onError }: RoleControlProps) {
  const id = useId();
  const [role, setRole] = useState<Role>(person.role);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const choices = ROLES.filter((r) => r === person.role || !(person.role === 'member' && r === 'alumni'));
  const lost = accessLost(person.role, role);

  async function save() {
    setBusy(true);
    try {
      onChanged(await changeRole(person.id, role));
    } catch (error) {
      onError(describeError(error));
      setRole(person.role);
    }
    setBusy(false);
    setConfirming(false);
  }

  return (
    <div className="role-control">
      <label htmlFor={`${id}-role`} className="visually-hidden">
        Role of {person.displayName}
      </label>
      <select
        id={`${id}-role`}
        value={role}
        aria-describedby={person.role === 'member' ? `${id}-hint` : undefined}
        onChange={(e) => setRole(e.target.value as Role)}
      >
        {choices.map((r) => (
          <option key={r} value={r}>
            {ROLE_WORDS[r]}
          </option>
        ))}
      </select>
      {role !== person.role && (
        <>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => (lost ? setConfirming(true) : void save())}
          >
            Change role
          </button>
          <button type="button" className="button button-secondary" onClick={() => setRole(person.role)}>
            Keep {ROLE_WORDS[person.role].toLowerCase()}
          </button>
        </>
      )}
      {person.role === 'member' && (
        <p id={`${id}-hint`} className="field-hint">
          To move a member to alumni, step them down from their cohort’s page.
        </p>
      )}
      {confirming && lost && (
        <ConfirmDialog
          title={`Make ${person.displayName} ${ROLE_WORDS[role].toLowerCase()}?`}
          confirmLabel="Change role"
          busy={busy}
          onConfirm={() => void save()}
          onCancel={() => {
            setConfirming(false);
          }}
        >
          <p>
            {ROLE_WORDS[person.role]} → {ROLE_WORDS[role]}. {lost}
          </p>
          <p>You can undo this right after.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
