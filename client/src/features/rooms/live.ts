/** The rooms' Socket.IO events (API.md, notes on the rooms contract), typed, on the one shared socket. */
import { Ack, AckError, emitVolatile, emitWithAck } from '../../lib/socket';
import type { Message, Person, Room, Signpost } from './api';

export interface RoomSync {
  roomId: string;
  messages: Message[];
  hasMore: boolean;
  error?: AckError;
}

export interface ServerEvents {
  'message:new': Message;
  'message:updated': Message;
  presence: { roomId: string; online: Person[] };
  typing: { roomId: string; user: Person };
  /** The shared fields only: no unread, lastReadSeq or canModerate (those differ per reader). */
  'room:updated': Omit<Room, 'unread' | 'lastReadSeq' | 'canModerate'>;
  'rooms:changed': Record<string, never>;
  'room:removed': { roomId: string };
  'crisis:resources': { resources: Signpost['resources'] };
}

export const joinRoom = (roomId: string) => emitWithAck<{ lastSeq: number; online: Person[] }>('room:join', { roomId });

export const leaveRoom = (roomId: string) => emitWithAck('room:leave', { roomId });

export const sendMessage = (draft: { roomId: string; clientMsgId: string; body: string; contentWarning?: string }) =>
  emitWithAck<{ message: Message; signpost?: Signpost }>('message:send', draft);

export const editMessage = (messageId: string, change: { body?: string; contentWarning?: string | null }) =>
  emitWithAck<{ message: Message; signpost?: Signpost }>('message:edit', { messageId, ...change });

export const deleteMessage = (messageId: string) => emitWithAck<{ message: Message }>('message:delete', { messageId });

export const syncRoom = (roomId: string, afterSeq: number): Promise<Ack<{ rooms: RoomSync[] }>> =>
  emitWithAck<{ rooms: RoomSync[] }>('sync', { rooms: [{ roomId, afterSeq }] }, 15_000);

export const markRead = (roomId: string, seq: number) => emitWithAck('read', { roomId, seq });

export const sendTyping = (roomId: string) => emitVolatile('typing', { roomId });

/** What went wrong, in words a member can act on. */
export function describeAckError(error: AckError): string {
  const wait = error.retryAfterSeconds ? waitWords(error.retryAfterSeconds) : 'a little while';
  switch (error.code) {
    case 'rate_limited':
      return `You’re sending messages quickly. You can send again in ${wait}.`;
    case 'slow_mode':
      return `Slow mode is on in this room. You can send again in ${wait}.`;
    case 'muted':
      return error.message || 'You can’t send messages right now.';
    case 'blocked':
      return error.message || 'This message can’t be sent as it is.';
    case 'invalid':
      return (error.details?.length ? error.details : [error.message]).map(sentence).join(' ');
    case 'not_found':
      return 'This room or message is no longer available.';
    case 'offline':
      return 'You’re offline.';
    case 'timeout':
    case 'unavailable':
      return 'Hearth couldn’t be reached. Check your connection and try again.';
    case 'edit_window_closed':
      return 'Messages can only be edited for 15 minutes after sending.';
    default:
      return error.message ? sentence(error.message) : 'Something went wrong. Please try again.';
  }
}

function waitWords(seconds: number): string {
  if (seconds < 60) {
    return seconds === 1 ? '1 second' : `${seconds} seconds`;
  }
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
