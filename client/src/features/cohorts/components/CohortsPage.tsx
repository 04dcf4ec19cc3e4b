import type { CohortView } from '@hearth/contract';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../../../lib/auth';
import { formatDay } from '../../../lib/dates';
import { useLoad } from '../../../lib/useLoad';
import { useTitle } from '../../../lib/title';
import { listCohorts } from '../api';
import { CreateCohortForm } from './CreateCohortForm';

export function CohortsPage() {
  useTitle('Staff');
  const { user } = useAuth();
  const [cohorts, reload] = useLoad(listCohorts, 'cohorts');
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const canCreate = user?.role === 'admin' || user?.role === 'clinician';

  return (
    <>
      <section className="card" aria-labelledby="cohorts-title">
        <h1 id="cohorts-title">Cohorts</h1>
        <div role="status">
          {created && (
            <p className="notice">
              Created <Link to={`/staff/cohorts/${created.id}`}>{created.name}</Link>. Open it to invite people.
            </p>
          )}
        </div>
        {cohorts.kind === 'loading' && <p aria-live="polite">Loading…</p>}
        {cohorts.kind === 'failed' && <p role="alert">{cohorts.message}</p>}
        {cohorts.kind === 'ready' && cohorts.data.length === 0 && <p>No cohorts yet.</p>}
        {cohorts.kind === 'ready' && cohorts.data.length > 0 && (
          <ul className="item-list">
            {cohorts.data.map((cohort) => (
              <CohortItem key={cohort.id} cohort={cohort} />
            ))}
          </ul>
        )}
      </section>
      {canCreate && (
        <CreateCohortForm
          onCreated={(cohort) => {
            setCreated(cohort);
            reload();
          }}
        />
      )}
    </>
  );
}

function CohortItem({ cohort }: { cohort: CohortView }) {
  const dates = [formatDay(cohort.startsOn), formatDay(cohort.endsOn)].filter(Boolean).join(' – ');
  return (
    <li>
      <Link to={`/staff/cohorts/${cohort.id}`} className="item-title">
        {cohort.name}
      </Link>
      <p className="item-meta">
        {[
          cohort.program,
          dates,
          `${cohort.memberCount} ${cohort.memberCount === 1 ? 'person' : 'people'}`,
          cohort.membership === 'facilitator' ? 'you facilitate' : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </li>
  );
}
