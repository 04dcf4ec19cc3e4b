import { Link, NavLink, Outlet, useNavigate } from 'react-router-dom';
import { isStaff, useAuth } from '../lib/auth';
import { CrisisLink } from '../features/crisis/components/CrisisLink';
import { StaffBar } from '../features/moderation';
import { NotificationBadge } from '../features/notifications/components/NotificationBadge';
import { ReminderBanner } from '../features/checkins';

export function Layout() {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <Link to="/" className="brand" aria-label="Hearth home">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>Hearth</span>
        </Link>
        <MainNav />
        <StaffRow />
      </header>
      <main id="main" className="shell-main" tabIndex={-1}>
        <CheckinReminder />
        <Outlet />
      </main>
      <footer className="shell-footer">
        <CrisisLink />
      </footer>
    </div>
  );
}

function MainNav() {
  const { status, user, signOut } = useAuth();
  const navigate = useNavigate();
  return (
    <nav aria-label="Main">
      {status === 'signed-in' && <NavLink to="/rooms">Chat</NavLink>}
      {status === 'signed-in' && <NavLink to="/boards">Boards</NavLink>}
      {status === 'signed-in' && <NavLink to="/search">Search</NavLink>}
      <NotificationBadge />
      {isStaff(user?.role) && <NavLink to="/staff/cohorts">Staff</NavLink>}
      <NavLink to="/status">Status</NavLink>
      {status === 'signed-in' && (
        <button
          type="button"
          className="nav-button"
          onClick={() => void signOut().then(() => navigate('/login', { replace: true }))}
        >
          Sign out
        </button>
      )}
      {status === 'signed-out' && <NavLink to="/login">Sign in</NavLink>}
    </nav>
  );
}

/** The member's daily check-in reminder, when they chose one (members, alumni, peer mentors). */
function CheckinReminder() {
  const { status, user } = useAuth();
  if (status !== 'signed-in' || !user || isStaff(user.role) || user.termsRequired) {
    return null;
  }
  return <ReminderBanner />;
}

/** Staff only: the on-duty switch, staff pages and the open-alert count, on every page. */
function StaffRow() {
  const { status, user } = useAuth();
  if (status !== 'signed-in' || !user || !isStaff(user.role) || user.termsRequired || user.mfaSetupRequired) {
    return null;
  }
  return <StaffBar key={user.id} role={user.role} />;
}
