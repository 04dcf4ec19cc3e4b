import type { PersonRef } from '@hearth/contract';
import { useParams } from 'react-router-dom';
import { useAuth } from '../lib/auth';
import { CohortCheckinGrid, MemberCheckinsAction } from '../features/checkins';

/** On the staff cohort page: the check-in grid (the care team sees every field; moderators only the count). */
export function CohortCheckins() {
  const { id = '' } = useParams();
  return <CohortCheckinGrid key={id} cohortId={id} />;
}

/** Beside a member on the staff cohort page: their trend, for their care team (clinicians, admins) only. */
export function CheckinsBeside({ person }: { person: PersonRef }) {
  const { user } = useAuth();
  return user?.role === 'clinician' || user?.role === 'admin' ? <MemberCheckinsAction person={person} /> : null;
}
