/** Route guards: who may see a page, decided in one place. */
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';
import { isStaff, MFA_SETUP_PATH, SANCTIONED_PATH, useAuth } from '../lib/auth';
import { useTitle } from '../lib/title';
import { StepDownMoment } from '../features/auth/components/StepDownMoment';

export function SessionPending() {
  const { status, refreshMe } = useAuth();
  if (status === 'unreachable') {
    return (
      <section className="card" role="alert">
        <h1>Cannot reach Hearth</h1>
        <p>Check your connection, then try again.</p>
        <button type="button" className="button" onClick={() => void refreshMe().catch(() => undefined)}>
          Try again
        </button>
      </section>
    );
  }
  return (
    <p className="card" aria-live="polite">
      Loading…
    </p>
  );
}

/**
 * Signed-in pages. Signed-out visitors go to /login and come back after; people who
 * must accept new terms go to /terms first (unless this is /terms itself), then staff
 * who must set up a second factor go to the security page (unless this is it).
 */
export function RequireAuth({
  termsPending = false,
  mfaPending = false,
}: {
  termsPending?: boolean;
  mfaPending?: boolean;
}) {
  const { status, me, sessionEnded, sessionIdle, sanctioned, steppedDown } = useAuth();
  const location = useLocation();
  if (status === 'loading' || status === 'unreachable') {
    return <SessionPending />;
  }
  if (sanctioned) {
    return <Navigate to={SANCTIONED_PATH} replace />;
  }
  if (status === 'signed-out' || !me) {
    return <Navigate to="/login" replace state={{ from: location, expired: sessionEnded, idle: sessionIdle }} />;
  }
  // A step-down is a moment: said in place, before the alumni terms or anything else.
  if (steppedDown && location.pathname !== '/me/posts') {
    return <StepDownMoment />;
  }
  if (me.termsRequired && !termsPending) {
    return <Navigate to="/terms" replace state={{ from: location }} />;
  }
  if (me.mfa.setupRequired && !me.termsRequired && !mfaPending) {
    return <Navigate to={MFA_SETUP_PATH} replace state={{ from: location }} />;
  }
  return <Outlet />;
}

/** Staff pages: anyone else sees a plain notice instead of the page. */
export function RequireStaff() {
  const { user } = useAuth();
  if (!isStaff(user?.role)) {
    return <StaffOnly />;
  }
  return <Outlet />;
}

function StaffOnly() {
  useTitle();
  return (
    <section className="card" aria-labelledby="staff-only-title">
      <h1 id="staff-only-title">This page is for staff</h1>
      <p>
        It is not part of your space on Hearth. <Link to="/">Go home</Link>
      </p>
    </section>
  );
}

/** Admin pages (watched words): anyone else sees a plain notice. */
export function RequireAdmin() {
  const { user } = useAuth();
  if (user?.role !== 'admin') {
    return <AdminOnly />;
  }
  return <Outlet />;
}

function AdminOnly() {
  useTitle();
  return (
    <section className="card" aria-labelledby="admin-only-title">
      <h1 id="admin-only-title">This page is for administrators</h1>
      <p>
        <Link to="/">Go home</Link>
      </p>
    </section>
  );
}
