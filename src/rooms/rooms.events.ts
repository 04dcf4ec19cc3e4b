import type { MessageRow } from './rooms.views';

/** Domain events of the rooms feature; the gateway turns them into Socket.IO broadcasts on every node. */
export const RoomEvents = {
  messageCreated: 'rooms.message_created',
  messageUpdated: 'rooms.message_updated',
  roomUpdated: 'rooms.room_updated',
  /** Who may read the room changed (a care line's member stepped down, an escalation ended): open sockets are checked again. */
  accessChanged: 'rooms.access_changed',
} as const;

export interface MessageEvent {
  message: MessageRow;
  /** Who is separated from the author by a block, when the sender already knows (saves a lookup per message). */
  separated?: string[];
}

export interface RoomUpdatedEvent {
  roomId: string;
}

/** The Socket.IO room of a chat room's open sockets. */
export const roomChannel = (roomId: string): string => `room:${roomId}`;
export const ROOM_CHANNEL_PREFIX = roomChannel('');
