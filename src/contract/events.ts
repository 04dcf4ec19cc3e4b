/**
 * The Socket.IO contract (API.md): what the client may emit, with its payload and
 * the acknowledgement it gets, and what the server pushes. The server's
 * `Server<ClientToServerEvents, ServerToClientEvents>` and the client's socket
 * are typed by these maps, so a renamed event or field fails both builds.
 */
import type { ErrorCode } from './errors';
import type { ConcernView } from './views/care';
import type { Role } from './views/people';
import type { PersonRef } from './views/common';
import type { PostView, ThreadView } from './views/forums';
import type { ModerationNotice, ReviewItemView, SanctionNotice } from './views/moderation';
import type { NotificationView } from './views/notifications';
import type { MessageView, RoomPublicView } from './views/rooms';
import type { AlertView, CrisisResourcesEvent, Signpost } from './views/safety';

/** Why an event failed; `code` is what clients match. */
export interface AckError {
  /** The specific reason (`muted`, `slow_mode` …) or the kind (`invalid`, `not_found` …); `http_<status>` from the framework itself. */
  code: ErrorCode | `http_${number}`;
  message: string;
  /** Field-level messages for `invalid`. */
  details?: string[];
  retryAfterSeconds?: number;
}

/** Every client→server event is answered `{ ok: true, ... }` or `{ ok: false, error }`. */
export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: AckError };

type Answer<T extends object = object> = (answer: Ack<T>) => void;

export interface RoomRef {
  roomId: string;
}

export interface MessageRef {
  messageId: string;
}

export interface ThreadRef {
  threadId: string;
}

export interface SendMessage {
  roomId: string;
  /** Chosen by the client; the same one again returns the first message, never a second one. */
  clientMsgId: string;
  body: string;
  contentWarning?: string | null;
}

/** `contentWarning: null` takes the warning off. */
export interface EditMessage {
  messageId: string;
  body?: string;
  contentWarning?: string | null;
}

export interface ReadMarker {
  roomId: string;
  seq: number;
}

/** Each room's last seen seq, after any reconnect. */
export interface SyncRequest {
  rooms: { roomId: string; afterSeq: number }[];
}

export interface RenewToken {
  token: string;
}

export interface JoinedRoom {
  lastSeq: number;
  /** Once per person, by display name. */
  online: PersonRef[];
}

/** A message just written, with crisis resources for its author when its words read as a crisis. */
export interface WrittenMessage {
  message: MessageView;
  signpost?: Signpost;
}

/** One room's catch-up after a reconnect (`sync`), 100 messages a page. */
export interface SyncedRoom {
  roomId: string;
  messages: MessageView[];
  hasMore: boolean;
  /** This room could not be read (e.g. access ended); the others still are. */
  error?: { code: ErrorCode; message: string };
}

export interface ClientToServerEvents {
  'room:join': (payload: RoomRef, ack: Answer<JoinedRoom>) => void;
  'room:leave': (payload: RoomRef, ack: Answer) => void;
  'message:send': (payload: SendMessage, ack: Answer<WrittenMessage>) => void;
  'message:edit': (payload: EditMessage, ack: Answer<WrittenMessage>) => void;
  'message:delete': (payload: MessageRef, ack: Answer<{ message: MessageView }>) => void;
  sync: (payload: SyncRequest, ack: Answer<{ rooms: SyncedRoom[] }>) => void;
  /** Passed on to the room, throttled, never stored; the answer is optional. */
  typing: (payload: RoomRef, ack?: Answer) => void;
  read: (payload: ReadMarker, ack: Answer) => void;
  /** Live updates of a forum thread the caller may read. */
  'thread:watch': (payload: ThreadRef, ack: Answer) => void;
  'thread:unwatch': (payload: ThreadRef, ack: Answer) => void;
  /** A fresh access token keeps the socket open past the old one's expiry. */
  'auth:renew': (payload: RenewToken, ack: Answer<{ expiresAt: string }>) => void;
}

export type ClientEvent = keyof ClientToServerEvents;
export type ClientPayload<E extends ClientEvent> = Parameters<ClientToServerEvents[E]>[0];
/** The acknowledgement of `E`, success or failure. */
export type ClientAck<E extends ClientEvent> = Parameters<NonNullable<Parameters<ClientToServerEvents[E]>[1]>>[0];

export interface ServerToClientEvents {
  /** A stored message, once, to the room (a held one only to its author). */
  'message:new': (message: MessageView) => void;
  /** Edited, hidden, removed, approved, given a content warning. */
  'message:updated': (message: MessageView) => void;
  presence: (payload: { roomId: string; online: PersonRef[] }) => void;
  typing: (payload: { roomId: string; user: PersonRef }) => void;
  /** Slow mode changed. */
  'room:updated': (room: RoomPublicView) => void;
  /** The caller's rooms changed: fetch the list again. */
  'rooms:changed': (payload: Record<string, never>) => void;
  /** The caller may no longer read this room (e.g. step-down). */
  'room:removed': (payload: { roomId: string }) => void;
  /** The read marker moved, in another tab or device. */
  'room:read': (payload: { roomId: string; lastReadSeq: number }) => void;
  /** To watchers of the post's thread. */
  'post:new': (post: PostView) => void;
  'post:updated': (post: PostView) => void;
  /** Pinned, locked, edited, hidden or removed. */
  'thread:updated': (thread: ThreadView) => void;
  'notification:new': (notification: NotificationView) => void;
  /** To the author of words that read as a risk (urgent or concern) or as someone else's: the level's help. */
  'crisis:resources': (payload: CrisisResourcesEvent) => void;
  /** To on-duty staff of the cohort (everyone with the care of it on escalation). */
  'alert:new': (alert: AlertView) => void;
  'alert:updated': (alert: AlertView) => void;
  /** To the moderators who can act on the item. */
  'review:new': (item: ReviewItemView) => void;
  'review:updated': (item: ReviewItemView) => void;
  /** To the person's care team: a wellbeing concern, raised or changed (taken, resolved). */
  'concern:new': (concern: ConcernView) => void;
  'concern:updated': (concern: ConcernView) => void;
  'moderation:notice': (notice: ModerationNotice) => void;
  /** To the sanctioned person; suspend and ban then close their sockets. */
  sanction: (notice: SanctionNotice) => void;
  /** The person's access changed (role, step-down, terms, second factor) and this socket follows it. */
  'session:refreshed': (payload: { role: Role }) => void;
  /** The access token ran out; the socket closes next. */
  'session:expired': (payload: { reason: string }) => void;
}

export type ServerEvent = keyof ServerToClientEvents;
export type ServerPayload<E extends ServerEvent> = Parameters<ServerToClientEvents[E]>[0];
