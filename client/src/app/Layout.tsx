import { Link, NavLink, Outlet } from 'react-router-dom';
import { CrisisLink } from '../features/crisis/components/CrisisLink';

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
        <nav aria-label="Main">
          <NavLink to="/status">Status</NavLink>
        </nav>
      </header>
      <main id="main" className="shell-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="shell-footer">
        <CrisisLink />
      </footer>
    </div>
  );
}
