import { useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import type { Role } from '@hearth/contract';
import { isStaff, useAuth } from '../lib/auth';
import { HelpButton } from '../features/crisis/components/HelpButton';
import { OpenAlertsCount, StaffBar } from '../features/moderation';
import { NotificationBadge } from '../features/notifications/components/NotificationBadge';
import { ReminderBanner } from '../features/checkins';
import { ConcernsNavLink } from '../features/care';

/**
 * The main menu's entries, in order. A feature's page gets a place in the menu
 * by adding a line here (`show` says who sees it).
 */
export const MAIN_NAV: { to: string; label: string; show: (role: Role | null) => boolean }[] = [
  { to: '/rooms', label: 'Chat', show: (role) => role !== null },
  { to: '/boards', label: 'Boards', show: (role) => role !== null },
  { to: '/search', label: 'Search', show: (role) => role !== null },
];

/**
 * Every page: a compact bar (home, Help, and on a phone the menu button), the
 * menu (main pages, notifications, staff pages), the page. Help is one tap away
 * everywhere without taking the screen from the conversation.
 */
export function Layout() {
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setMenuOpen(false), [pathname]);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <div className="shell-bar">
          <Link to="/" className="brand" aria-label="Hearth home">
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <span>Hearth</span>
          </Link>
          <HelpButton />
          <MenuButton open={menuOpen} onToggle={() => setMenuOpen(!menuOpen)} />
        </div>
        <div id="site-menu" className={menuOpen ? 'site-menu is-open' : 'site-menu'}>
          <MainNav />
          <StaffRow />
        </div>
      </header>
      <main id="main" className="shell-main" tabIndex={-1}>
        <CheckinReminder />
        <Outlet />
      </main>
    </div>
  );
}

/** On a phone the menu folds behind one button (staff see the open-alert count on it). */
function MenuButton({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const { status, user } = useAuth();
  const staff = status === 'signed-in' && user !== null && isStaff(user.role) && !user.termsRequired;
  return (
    <button type="button" className="menu-button" aria-expanded={open} aria-controls="site-menu" onClick={onToggle}>
      Menu
      {staff && <OpenAlertsCount />}
    </button>
  );
}

function MainNav() {
  const { status, user, signOut } = useAuth();
  const navigate = useNavigate();
  const role = status === 'signed-in' ? (user?.role ?? null) : null;
  return (
    <nav aria-label="Main">
      {MAIN_NAV.filter((entry) => entry.show(role)).map((entry) => (
        <NavLink key={entry.to} to={entry.to}>
          {entry.label}
        </NavLink>
      ))}
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
  // Concerns go to the care team (clinicians, admins), never to moderators.
  const careTeam = user.role === 'clinician' || user.role === 'admin';
  return <StaffBar key={user.id} role={user.role} extra={careTeam ? <ConcernsNavLink /> : null} />;
}
