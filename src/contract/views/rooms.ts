import type { ContentStatus, PersonRef } from './common';
import type { Signpost } from './safety';

/** A cohort's room, the alumni lounge, the staff room, a member's care-team line. */
export type RoomKind = 'cohort' | 'alumni' | 'staff' | 'care';

/** A room as the caller sees it (`GET /api/rooms`). */
export interface RoomView {
  id: string;
  kind: RoomKind;
  name: string;
  /** The group a cohort room belongs to (null for the alumni lounge and staff room). */
  cohortName: string | null;
  cohortId: string | null;
  lastSeq: number;
  /** Others' visible messages after the caller's read marker, counted up to 100. */
  unread: number;
  lastReadSeq: number;
  slowModeSeconds: number;
  /** The caller may hide and remove messages and set slow mode here. */
  canModerate: boolean;
}

/** The fields every member shares (`room:updated`): none that differ per reader. */
export type RoomPublicView = Omit<RoomView, 'unread' | 'lastReadSeq' | 'canModerate'>;

/**
 * A chat message as one reader sees it. `author`, `body` and `contentWarning`
 * are null when the words are not for this reader (see ContentStatus), and for
 * a blocked author's words on either side of the block (`hiddenReason`).
 */
export interface MessageView {
  id: string;
  roomId: string;
  seq: number;
  /** The author's own idempotency key, on their own messages only. */
  clientMsgId: string | null;
  /** `role` only for staff authors (a care line shows who answered and as what). */
  author: (PersonRef & { role?: 'clinician' | 'moderator' | 'admin' }) | null;
  body: string | null;
  contentWarning: string | null;
  status: ContentStatus;
  createdAt: string;
  editedAt: string | null;
  hiddenReason?: 'blocked';
}

/** A message just written by the caller, with crisis resources when its words read as a crisis. */
export type MessageWithSignpost = MessageView & { signpost?: Signpost };

/** One earlier version of an edited message (staff). */
export interface MessageEditView {
  editedAt: string;
  editor: PersonRef;
  previousBody: string;
  previousContentWarning: string | null;
}
