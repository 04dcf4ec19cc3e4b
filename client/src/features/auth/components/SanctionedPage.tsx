import { Link, Navigate } from 'react-router-dom';
import { useAuth } from '../../../lib/auth';
import { formatMoment } from '../../../lib/dates';
import { useTitle } from '../../../lib/title';

/** Where a suspension or ban signs the person out to: what happened, until when and why. */
export function SanctionedPage() {
  useTitle('Signed out');
  const { sanctioned } = useAuth();
  if (!sanctioned) {
    return <Navigate to="/login" replace />;
  }
  const banned = sanctioned.kind === 'ban';
  return (
    <section className="card narrow" aria-labelledby="sanctioned-title">
      <h1 id="sanctioned-title">You have been signed out</h1>
      <p role="alert">
        {banned
          ? 'Your account has been banned from the community.'
          : sanctioned.until
            ? `Your account is suspended until ${formatMoment(sanctioned.until)}.`
            : 'Your account is suspended.'}
      </p>
      <p>Reason: {sanctioned.reason}</p>
      {!banned && (
        <p>
          You can <Link to="/login">sign in</Link> again once the suspension ends.
        </p>
      )}
      <p>
        If you need to talk to someone now, <Link to="/crisis">crisis lines</Link> are free and open all day, every day.
      </p>
    </section>
  );
}
