import type { ContentStatus, MessageView, Role } from '../contract';

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
  author_role: Role;
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
    author: shown ? author(row) : null,
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

/** The author as readers see them; staff with their role (a care line shows who answered, and as what). */
function author(row: MessageRow): NonNullable<MessageView['author']> {
  const displayName = row.author_status === 'deleted' ? FORMER_MEMBER : row.display_name;
  switch (row.author_role) {
    case 'clinician':
    case 'moderator':
    case 'admin':
      return { id: row.author_id, displayName, role: row.author_role };
    case 'member':
    case 'alumni':
    case 'peer_mentor':
      return { id: row.author_id, displayName };
  }
}
