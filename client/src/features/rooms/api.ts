import type { CrisisResource } from '../../lib/crisis';
import { request, requestWithHeaders } from '../../lib/api';

export type RoomKind = 'cohort' | 'alumni' | 'staff';
export type MessageStatus = 'visible' | 'pending' | 'hidden' | 'removed';

export interface Room {
  id: string;
  kind: RoomKind;
  name: string;
  cohortId: string | null;
  /** The group a cohort room belongs to (the server adds it; null for the lounge and staff room). */
  cohortName?: string | null;
  lastSeq: number;
  /** Capped at 100 by the server. */
  unread: number;
  lastReadSeq: number;
  slowModeSeconds: number;
  /** Staff who moderate this room: slow mode, and removing anyone's message. */
  canModerate: boolean;
}

export interface Person {
  id: string;
  displayName: string;
}

export type { CrisisResource };

export interface Signpost {
  crisis: boolean;
  resources: CrisisResource[];
}

export interface Message {
  id: string;
  roomId: string;
  seq: number;
  /** Only on the reader's own messages. */
  clientMsgId: string | null;
  /** null with the words: when they are not for this reader, neither is who wrote them. */
  author: Person | null;
  /** null when this reader may not see the words (hidden, removed, someone else's pending, a blocked author). */
  body: string | null;
  contentWarning: string | null;
  status: MessageStatus;
  createdAt: string;
  editedAt: string | null;
  /** From someone this reader blocked (or who blocked them): never shown. */
  blocked?: boolean;
  /** The same, as the server also says it. */
  hiddenReason?: 'blocked';
  signpost?: Signpost;
}

const id = encodeURIComponent;

export const listRooms = (signal?: AbortSignal) => request<Room[]>('/rooms', { signal });

export const getRoom = (roomId: string, signal?: AbortSignal) => request<Room>(`/rooms/${id(roomId)}`, { signal });

export const setSlowMode = (roomId: string, slowModeSeconds: number) =>
  request<Room>(`/rooms/${id(roomId)}`, { method: 'PATCH', body: { slowModeSeconds } });

export const PAGE_SIZE = 50;

/** The newest messages (or the newest below `before`), oldest first, and whether there are older ones. */
export async function listMessages(
  roomId: string,
  before?: number,
  signal?: AbortSignal,
): Promise<{ messages: Message[]; hasMore: boolean }> {
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (before !== undefined) {
    query.set('before', String(before));
  }
  const { data, headers } = await requestWithHeaders<Message[]>(`/rooms/${id(roomId)}/messages?${query}`, { signal });
  return { messages: data, hasMore: headers.get('X-Has-More') === 'true' };
}
