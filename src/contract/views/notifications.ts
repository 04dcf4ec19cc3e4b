import type { PersonRef } from './common';

export type NotificationKind = 'mention' | 'moderation' | 'care';

/**
 * What the app shows: who and where, never the program or a diagnosis. `excerpt`
 * and `threadTitle` are for the in-app list only, and null once the content is
 * no longer visible.
 */
export interface NotificationView {
  id: string;
  kind: NotificationKind;
  actor: PersonRef | null;
  threadId: string | null;
  postId: string | null;
  threadTitle: string | null;
  excerpt: string | null;
  /** For moderation notices: what happened and why, in plain words. */
  text: string | null;
  /** Where in the app to read more (e.g. /moderation/mine). */
  link: string | null;
  createdAt: string;
  read: boolean;
}

export interface NotificationList {
  notifications: NotificationView[];
  unreadCount: number;
}
