/** The rooms' Socket.IO events (API.md, notes on the rooms contract), typed by the contract, on the one shared socket. */
import type { EditMessage, SendMessage } from '@hearth/contract';
import { emitVolatile, emitWithAck, LiveError } from '../../lib/socket';

export const joinRoom = (roomId: string) => emitWithAck('room:join', { roomId });

export const leaveRoom = (roomId: string) => emitWithAck('room:leave', { roomId });

export const sendMessage = (draft: SendMessage) => emitWithAck('message:send', draft);

export const editMessage = (messageId: string, change: Omit<EditMessage, 'messageId'>) =>
  emitWithAck('message:edit', { messageId, ...change });

export const deleteMessage = (messageId: string) => emitWithAck('message:delete', { messageId });

export const syncRoom = (roomId: string, afterSeq: number) =>
  emitWithAck('sync', { rooms: [{ roomId, afterSeq }] }, 15_000);

export const markRead = (roomId: string, seq: number) => emitWithAck('read', { roomId, seq });

export const sendTyping = (roomId: string) => emitVolatile('typing', { roomId });

/** What went wrong, in words a member can act on. */
export function describeAckError(error: LiveError): string {
  const wait = error.retryAfterSeconds ? waitWords(error.retryAfterSeconds) : 'a little while';
  // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- every other code has the server's own words
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
