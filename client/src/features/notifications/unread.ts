import { useEffect, useState } from 'react';
import { io } from 'socket.io-client';
import { accessToken } from '../../lib/session';
import { listNotifications, Notification } from './api';

/** The unread count, shared by the header badge and the notifications page. */
let unread = 0;
const countListeners = new Set<(n: number) => void>();
const arrivalListeners = new Set<(n: Notification) => void>();

export function setUnread(count: number): void {
  unread = count;
  countListeners.forEach((listener) => listener(count));
}

export function onNotification(listener: (n: Notification) => void): () => void {
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
    // TODO(merge): use lib/socket.ts once rooms lands
    const socket = io({
      transports: ['websocket'],
      auth: (cb) => {
        void accessToken().then((token) => cb({ token: token ?? '' }));
      },
    });
    socket.on('disconnect', (reason) => {
      if (reason === 'io server disconnect') {
        setTimeout(() => socket.connect(), 1000);
      }
    });
    socket.on('notification:new', (notification: Notification) => {
      setUnread(unread + 1);
      arrivalListeners.forEach((listener) => listener(notification));
    });
    return () => {
      controller.abort();
      socket.close();
    };
  }, [signedIn]);
  return count;
}
