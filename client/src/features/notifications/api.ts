import type { NotificationList } from '@hearth/contract';
import { request } from '../../lib/api';

export const listNotifications = (signal?: AbortSignal) => request<NotificationList>('/notifications', { signal });

export const markRead = (ids?: string[]) =>
  request<{ unreadCount: number }>('/notifications/read', { method: 'POST', body: ids ? { ids } : {} });
