import type { CohortMemberView } from '@hearth/contract';
import { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '../../../lib/auth';
import { useLoad } from '../../../lib/useLoad';
import { useTitle } from '../../../lib/title';
import { listMembers } from '../api';

const ROLE_WORDS: Partial<Record<CohortMemberView['role'], string>> = {
  peer_mentor: 'Peer mentor',
  clinician: 'Care team',
  moderator: 'Care team',
  admin: 'Care team',
};

interface GroupPageProps {
  /** What a reader can do about each person (report, block): composed in app/, not known here. */
  personActions?: (person: CohortMemberView) => ReactNode;
}

/** The people in one of my groups, by display name. */
export function GroupPage({ personActions }: GroupPageProps) {
  useTitle('Group');
  const { id = '' } = useParams();
  const { me } = useAuth();
  const [members] = useLoad((signal) => listMembers(id, signal), id);
  const name = me?.cohorts.find((c) => c.id === id)?.name ?? 'Group';

  return (
    <section className="card" aria-labelledby="group-title">
      <p className="breadcrumb">
        <Link to="/">Home</Link>
      </p>
      <h1 id="group-title">{name}</h1>
      <h2>People</h2>
      {members.kind === 'loading' && <p aria-live="polite">Loading…</p>}
      {members.kind === 'failed' && <p role="alert">{members.message}</p>}
      {members.kind === 'ready' && (
        <ul className="item-list">
          {members.data.map((person) => (
            <li key={person.id} className="member">
              <div>
                <span className="item-title">{person.displayName}</span>
                {person.id === me?.id && <span className="badge">You</span>}
                {(person.membership === 'facilitator' || ROLE_WORDS[person.role]) && (
                  <span className="badge">
                    {person.membership === 'facilitator' ? 'Facilitator' : ROLE_WORDS[person.role]}
                  </span>
                )}
              </div>
              {personActions?.(person)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
