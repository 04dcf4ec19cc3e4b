import type { NotificationView } from '@hearth/contract';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatMoment } from '../../../lib/dates';
import { describeError } from '../../../lib/errors';
import { useLoad } from '../../../lib/useLoad';
import { useTitle } from '../../../lib/title';
import { listNotifications, markRead } from '../api';
import { describeNotification } from '../describe';
import { onNotification, setUnread } from '../unread';

/** Mentions, decisions, reports handled, appeals, step-downs: newest first, each in its own words. Shown here only, never in anything that leaves the app. */
export function NotificationsPage() {
  useTitle('Notifications');
  const [loaded] = useLoad(listNotifications, 'notifications');
  const [items, setItems] = useState<NotificationView[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (loaded.kind === 'ready') {
      setItems(loaded.data.notifications);
      setUnread(loaded.data.unreadCount);
    }
  }, [loaded]);
  useEffect(() => onNotification((n) => setItems((current) => [n, ...current.filter((c) => c.id !== n.id)])), []);

  async function read(ids?: string[]) {
    try {
      const { unreadCount } = await markRead(ids);
      setUnread(unreadCount);
      setItems((current) => current.map((n) => (!ids || ids.includes(n.id) ? { ...n, read: true } : n)));
    } catch (e) {
      setError(describeError(e));
    }
  }

  const unread = items.filter((n) => !n.read).length;
  return (
    <section className="card" aria-labelledby="notifications-title">
      <h1 id="notifications-title">Notifications</h1>
      {loaded.kind === 'loading' && <p aria-live="polite">Loading…</p>}
      {loaded.kind === 'failed' && <p role="alert">{loaded.message}</p>}
      {error && <p role="alert">{error}</p>}
      {unread > 0 && (
        <button type="button" className="button button-secondary" onClick={() => void read()}>
          Mark all as read
        </button>
      )}
      {loaded.kind === 'ready' && items.length === 0 && (
        <p>Nothing yet. When someone mentions you, or staff tell you something, it shows here.</p>
      )}
      <ul className="item-list notification-list">
        {items.map((n) => {
          const told = describeNotification(n);
          return (
            <li key={n.id} className={n.read ? undefined : 'unread'} data-kind={n.kind}>
              <p>
                {!n.read && <span className="visually-hidden">Unread: </span>}
                <strong>{told.title}</strong>
              </p>
              {told.detail && <p className="item-meta">{told.detail}</p>}
              <p className="item-meta">
                <time dateTime={n.createdAt}>{formatMoment(n.createdAt)}</time>
                {told.link && (
                  <>
                    {' · '}
                    <Link to={told.link.to} onClick={() => void read([n.id])}>
                      {told.link.label}
                    </Link>
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
