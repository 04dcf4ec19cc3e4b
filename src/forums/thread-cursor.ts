import { DomainError } from '../common/domain-error';

/**
 * Where a reader is in a board's thread list. Threads are ordered as they stood
 * at the snapshot (the moment the first page was read): threads started later
 * wait for a refresh, and a thread bumped since is placed by its activity as of
 * the snapshot. So pages never repeat or skip a thread while people keep posting.
 * Times are microseconds since the epoch (PostgreSQL's precision), as strings.
 */
export interface ThreadCursor {
  boardId: string;
  snapshot: string;
  pinned: boolean;
  activity: string;
  id: string;
}

const MICROS = /^\d{1,17}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(cursor: ThreadCursor): string {
  const parts = [cursor.boardId, cursor.snapshot, cursor.pinned ? '1' : '0', cursor.activity, cursor.id];
  return Buffer.from(parts.join('.'), 'utf8').toString('base64url');
}

/** The cursor, or a 400 when it is not one this board handed out. */
export function decodeCursor(raw: string, boardId: string): ThreadCursor {
  const parts = Buffer.from(raw, 'base64url').toString('utf8').split('.');
  const [board, snapshot, pinned, activity, id] = parts;
  if (
    parts.length !== 5 ||
    board !== boardId ||
    !MICROS.test(snapshot) ||
    (pinned !== '0' && pinned !== '1') ||
    !MICROS.test(activity) ||
    !UUID.test(id)
  ) {
    throw new DomainError('invalid', 'cursor is not valid for this board; load the list again', 'invalid_cursor');
  }
  return { boardId, snapshot, pinned: pinned === '1', activity, id };
}
