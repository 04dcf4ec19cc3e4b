import { NavLink } from 'react-router-dom';
import { useAuth } from '../../../lib/auth';
import { useUnreadCount } from '../unread';

/** The header link to notifications, with the unread count when there is one. */
export function NotificationBadge() {
  const { status, me } = useAuth();
  const count = useUnreadCount(status === 'signed-in' && me !== null && !me.termsRequired && !me.mfa.setupRequired);
  if (status !== 'signed-in') {
    return null;
  }
  return (
    // Named by its content (no aria-label), so the visible word starts the name: "Notifications, 3 unread".
    <NavLink to="/notifications">
      Notifications
      {count > 0 && (
        <>
          <span className="count-badge" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
          <span className="visually-hidden">, {count} unread</span>
        </>
      )}
    </NavLink>
  );
}
