import type { ContentStatus } from '../moderation/targets';
import type { Signpost } from '../safety/content-safety.service';
import type { RoomKind } from './room.entity';

export interface UserRef {
  id: string;
  displayName: string;
}

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

/**
 * A chat message as one reader sees it. Words of hidden and removed messages
 * reach only staff who moderate the room; a pending message only its author and
 * those staff; a blocked author's words nobody on the other side of the block.
 */
export interface MessageView {
  id: string;
  roomId: string;
  seq: number;
  /** The author's own idempotency key, on their own messages only. */
  clientMsgId: string | null;
  author: UserRef | null;
  body: string | null;
  contentWarning: string | null;
  status: ContentStatus;
  createdAt: string;
  editedAt: string | null;
  hiddenReason?: 'blocked';
}

export type MessageWithSignpost = MessageView & { signpost?: Signpost };

export interface MessageEditView {
  editedAt: string;
  editor: UserRef;
  previousBody: string;
  previousContentWarning: string | null;
}

/** Who is reading: their id, whether they moderate the room, and who they are separated from by a block. */
export interface MessageReader {
  id: string;
  seesAll: boolean;
  separated?: ReadonlySet<string>;
}

export const FORMER_MEMBER = 'Former member';

export interface MessageRow {
  id: string;
  room_id: string;
  seq: string;
  author_id: string;
  display_name: string;
  author_status: string;
  client_msg_id: string;
  body: string;
  content_warning: string | null;
  status: ContentStatus;
  created_at: Date;
  edited_at: Date | null;
}

export function showsWords(status: ContentStatus, reader: MessageReader | null, authorId: string): boolean {
  switch (status) {
    case 'visible':
      return true;
    case 'pending':
      return reader !== null && (reader.seesAll || reader.id === authorId);
    case 'hidden':
    case 'removed':
      return reader?.seesAll === true;
  }
}

/** `reader` null: the one payload broadcast to a room (public fields only). */
export function messageView(row: MessageRow, reader: MessageReader | null): MessageView {
  const blocked = reader?.separated?.has(row.author_id) === true;
  const shown = showsWords(row.status, reader, row.author_id) && !blocked;
  const view: MessageView = {
    id: row.id,
    roomId: row.room_id,
    seq: Number(row.seq),
    clientMsgId: reader?.id === row.author_id ? row.client_msg_id : null,
    author: shown
      ? { id: row.author_id, displayName: row.author_status === 'deleted' ? FORMER_MEMBER : row.display_name }
      : null,
    body: shown ? row.body : null,
    contentWarning: shown ? row.content_warning : null,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    editedAt: row.edited_at ? row.edited_at.toISOString() : null,
  };
  if (blocked) {
    view.hiddenReason = 'blocked';
  }
  return view;
}
