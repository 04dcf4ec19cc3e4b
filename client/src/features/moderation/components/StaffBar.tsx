import type { Role } from '@hearth/contract';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import { useActiveAlerts } from '../alertsStore';
import { DutyToggle } from './DutyToggle';

/**
 * The staff row of the header, on every page for staff: the on-duty switch, the
 * staff pages, and how many crisis alerts nobody has acknowledged yet. `extra`:
 * other features' staff entries, composed by the app (after Alerts).
 */
export function StaffBar({ role, extra }: { role: Role; extra?: ReactNode }) {
  const { alerts } = useActiveAlerts();
  const open = alerts?.filter((a) => a.status === 'open').length ?? 0;
  const words = open === 1 ? '1 open alert' : `${open} open alerts`;
  return (
    <div className="staff-bar">
      <DutyToggle />
      <nav aria-label="Staff">
        <NavLink to="/staff/alerts" className={open ? 'alerts-link has-open' : 'alerts-link'}>
          Alerts
          {open > 0 && (
            <>
              <span className="count-pill" aria-hidden="true">
                {open}
              </span>
              <span className="visually-hidden">, {words}</span>
            </>
          )}
        </NavLink>
        {extra}
        <NavLink to="/staff/queue">Queue</NavLink>
        <NavLink to="/staff/dashboard">Dashboard</NavLink>
        <NavLink to="/staff/appeals">Appeals</NavLink>
        <NavLink to="/staff/log">Log</NavLink>
        <NavLink to="/staff/cohorts">Cohorts</NavLink>
        {role === 'admin' && <NavLink to="/admin/watched-words">Watched words</NavLink>}
        {role === 'admin' && <NavLink to="/admin/people">People</NavLink>}
        {role === 'admin' && <NavLink to="/admin/settings">Settings</NavLink>}
      </nav>
      <p className="visually-hidden" role="status">
        {open > 0 ? `${words}.` : ''}
      </p>
    </div>
  );
}

/** The open-alert count beside another control (the phone's Menu button): nothing when there are none. */
export function OpenAlertsCount() {
  const { alerts } = useActiveAlerts();
  const open = alerts?.filter((a) => a.status === 'open').length ?? 0;
  if (open === 0) {
    return null;
  }
  return (
    <>
      <span className="count-pill" aria-hidden="true">
        {open}
      </span>
      <span className="visually-hidden">, {open === 1 ? '1 open alert' : `${open} open alerts`}</span>
    </>
  );
}
