import { request } from '../../lib/api';

export interface Notification {
  id: string;
  kind: 'mention';
  actor: { id: string; displayName: string } | null;
  threadId: string | null;
  postId: string | null;
  threadTitle: string | null;
  excerpt: string | null;
  createdAt: string;
  read: boolean;
}

export interface NotificationList {
  notifications: Notification[];
  unreadCount: number;
}

export const listNotifications = (signal?: AbortSignal) => request<NotificationList>('/notifications', { signal });

export const markRead = (ids?: string[]) =>
  request<{ unreadCount: number }>('/notifications/read', { method: 'POST', body: ids ? { ids } : {} });
