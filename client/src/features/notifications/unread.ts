import type { NotificationView } from '@hearth/contract';
import { useEffect, useState } from 'react';
import { onLive } from '../../lib/socket';
import { listNotifications } from './api';

/** The unread count, shared by the header badge and the notifications page. */
let unread = 0;
const countListeners = new Set<(n: number) => void>();
const arrivalListeners = new Set<(n: NotificationView) => void>();

export function setUnread(count: number): void {
  unread = count;
  countListeners.forEach((listener) => listener(count));
}

export function onNotification(listener: (n: NotificationView) => void): () => void {
  arrivalListeners.add(listener);
  return () => arrivalListeners.delete(listener);
}

/** Counts unread notifications for a signed-in user and follows `notification:new` live. */
export function useUnreadCount(signedIn: boolean): number {
  const [count, setCount] = useState(unread);
  useEffect(() => {
    countListeners.add(setCount);
    return () => {
      countListeners.delete(setCount);
    };
  }, []);
  useEffect(() => {
    if (!signedIn) {
      setUnread(0);
      return;
    }
    const controller = new AbortController();
    listNotifications(controller.signal)
      .then((list) => setUnread(list.unreadCount))
      .catch(() => undefined);
    const stop = onLive('notification:new', (notification) => {
      setUnread(unread + 1);
      arrivalListeners.forEach((listener) => listener(notification));
    });
    return () => {
      controller.abort();
      stop();
    };
  }, [signedIn]);
  return count;
}
