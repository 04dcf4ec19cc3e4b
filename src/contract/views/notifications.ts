import type { PersonRef } from './common';

/**
 * What a notification is about; each kind has its own wording in the app:
 *  - `mention`: someone named the person in a forum thread (link: the thread);
 *  - `moderation`: a decision about the person or their content, with the reason (link: their moderation history, to appeal);
 *  - `report_handled`: a report the person made was reviewed (link: where the reported content was);
 *  - `appeal_decided`: the outcome of the person's appeal (link: their moderation history);
 *  - `stepped_down`: the person moved on from a group to alumni (link: alumni home);
 *  - `rejoined`: a returning person joined a new group with an invite (link: home);
 *  - `care`: the person's care team answered in their care line (link: /care).
 */
export const NOTIFICATION_KINDS = [
  'mention',
  'moderation',
  'report_handled',
  'appeal_decided',
  'stepped_down',
  'rejoined',
  'care',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

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
  /** When a sanction told of here ends (shown in the reader's local time), if it does. */
  until: string | null;
  createdAt: string;
  read: boolean;
}

export interface NotificationList {
  notifications: NotificationView[];
  unreadCount: number;
}
