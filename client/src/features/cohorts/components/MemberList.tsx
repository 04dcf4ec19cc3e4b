import type { CohortMemberView } from '@hearth/contract';
import { ReactNode, useState } from 'react';
import { ConfirmDialog } from '../../../lib/ConfirmDialog';
import { formatDay } from '../../../lib/dates';
import { describeError } from '../../../lib/errors';
import { stepDown } from '../api';

const ROLE_NAMES: Record<CohortMemberView['role'], string> = {
  member: 'Member',
  alumni: 'Alumni',
  peer_mentor: 'Peer mentor',
  clinician: 'Clinician',
  moderator: 'Moderator',
  admin: 'Admin',
};

/** More actions beside each person, composed by the app (e.g. an admin's account requests). */
export type MemberActions = (member: CohortMemberView, onChange: () => void) => ReactNode;

interface MemberListProps {
  cohortId: string;
  members: CohortMemberView[];
  canStepDown: boolean;
  onChange: () => void;
  actions?: MemberActions;
}

export function MemberList({ cohortId, members, canStepDown, onChange, actions }: MemberListProps) {
  const [confirming, setConfirming] = useState<CohortMemberView | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function confirmStepDown(member: CohortMemberView) {
    setBusy(true);
    try {
      await stepDown(cohortId, member.id);
      setOutcome({ ok: true, text: `${member.displayName} has moved to the alumni community.` });
      onChange();
    } catch (error) {
      setOutcome({ ok: false, text: describeError(error) });
    }
    setBusy(false);
    setConfirming(null);
  }

  return (
    <>
      <div role="status">{outcome?.ok && <p className="notice">{outcome.text}</p>}</div>
      {outcome && !outcome.ok && (
        <p role="alert" className="form-alert">
          {outcome.text}
        </p>
      )}
      {members.length === 0 ? (
        <p>Nobody has joined yet. Issue an invite below.</p>
      ) : (
        <ul className="item-list">
          {members.map((member) => (
            <li key={member.id} className="member">
              <div>
                <span className="item-title">{member.displayName}</span>{' '}
                <span className="badge">
                  {member.membership === 'facilitator' ? 'Facilitator' : ROLE_NAMES[member.role]}
                </span>
                <p className="item-meta">
                  {[member.legalName, member.email, `joined ${formatDay(member.joinedAt)}`].filter(Boolean).join(' · ')}
                </p>
              </div>
              {canStepDown && member.membership === 'member' && member.role === 'member' && (
                <button
                  type="button"
                  className="button button-secondary"
                  aria-label={`Step down ${member.displayName}`}
                  onClick={() => setConfirming(member)}
                >
                  Step down
                </button>
              )}
              {actions?.(member, onChange)}
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <ConfirmDialog
          title={`Step down ${confirming.displayName}?`}
          confirmLabel="Step down"
          busy={busy}
          onConfirm={() => void confirmStepDown(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>
            {confirming.displayName} will move to the alumni community. They will no longer see this group’s rooms and
            boards; what they wrote stays, under their display name.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
