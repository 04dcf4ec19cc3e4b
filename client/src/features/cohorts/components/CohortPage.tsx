import { Link, useParams } from 'react-router-dom';
import { useAuth } from '../../../lib/auth';
import { formatDay } from '../../../lib/dates';
import { useLoad } from '../../../lib/useLoad';
import { useTitle } from '../../../lib/title';
import { listCohorts, listMembers } from '../api';
import { InviteForm } from './InviteForm';
import { MemberList, MemberActions } from './MemberList';

export function CohortPage({ memberActions }: { memberActions?: MemberActions }) {
  useTitle('Staff');
  const { id = '' } = useParams();
  const { user } = useAuth();
  const [cohorts] = useLoad(listCohorts, 'cohorts');
  const [members, reloadMembers] = useLoad((signal) => listMembers(id, signal), id);

  if (cohorts.kind !== 'ready') {
    return (
      <section className="card">
        {cohorts.kind === 'loading' ? <p aria-live="polite">Loading…</p> : <p role="alert">{cohorts.message}</p>}
      </section>
    );
  }
  const cohort = cohorts.data.find((c) => c.id === id);
  if (!cohort) {
    return (
      <section className="card">
        <h1>Cohort not found</h1>
        <p>
          It does not exist or is not yours to see. <Link to="/staff/cohorts">All cohorts</Link>
        </p>
      </section>
    );
  }
  // Inviting and stepping down: admins, and the clinicians who facilitate this cohort.
  const canManage = user?.role === 'admin' || (user?.role === 'clinician' && cohort.membership === 'facilitator');
  const dates = [formatDay(cohort.startsOn), formatDay(cohort.endsOn)].filter(Boolean).join(' – ');

  return (
    <>
      <section className="card" aria-labelledby="cohort-title">
        <p className="breadcrumb">
          <Link to="/staff/cohorts">Cohorts</Link>
        </p>
        <h1 id="cohort-title">{cohort.name}</h1>
        {(cohort.program || dates) && (
          <p className="item-meta">{[cohort.program, dates].filter(Boolean).join(' · ')}</p>
        )}
      </section>
      <section className="card" aria-labelledby="members-title">
        <h2 id="members-title">Members</h2>
        {members.kind === 'loading' && <p aria-live="polite">Loading…</p>}
        {members.kind === 'failed' && <p role="alert">{members.message}</p>}
        {members.kind === 'ready' && (
          <MemberList
            cohortId={cohort.id}
            members={members.data}
            canStepDown={canManage}
            onChange={reloadMembers}
            actions={memberActions}
          />
        )}
      </section>
      {canManage && user && <InviteForm cohortId={cohort.id} callerRole={user.role} />}
    </>
  );
}
