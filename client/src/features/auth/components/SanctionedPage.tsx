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
      {sanctioned.reason && <p>Reason: {sanctioned.reason}</p>}
      {!banned && <p>You can sign in again once the suspension ends.</p>}
      <h2>What you can still do</h2>
      <ul>
        <li>
          Reach <Link to="/crisis">crisis lines</Link>: free, open all day, every day.
        </li>
        <li>Talk with your care team at your next session, or call the program as usual: your care continues.</li>
        <li>
          Ask staff to look at this again: <Link to="/login">sign in</Link> with your email and password to see the
          details and appeal. No session is started.
        </li>
      </ul>
    </section>
  );
}
