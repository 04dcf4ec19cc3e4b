import type { AuthUser } from '../access/auth-user';
import { DomainError } from '../common/domain-error';
import { refuseIfMuted, refuseIfSanctioned } from '../sanctions/sanctions.service';
import type { RoomAccess } from './room-access';
import type { RoomRecord, SendContext } from './rooms.repository';

/**
 * The rules a chat send must pass. Each has one form per route: CLEAR_WHEN in
 * messages.repository.ts (SQL, the one-statement route) and `checkSend` below
 * (TypeScript, the checked route); messages.service.ts sets them side by side.
 */
export type SendRule = 'account' | 'access' | 'resend' | 'mute' | 'slowMode';

/** What is left once the checked route's rules pass: answer a resend with the first message, or store under the limits. */
export type CheckedSend = { room: RoomRecord; moderates: boolean } & (
  { resendOf: string } | { resendOf: null; slowModeSeconds: number }
);

/** The checked route's form of every send rule, refusing with the reason the person sees, in this order. */
export function checkSend(user: AuthUser, context: SendContext, access: RoomAccess): CheckedSend {
  // account: suspension and ban also close the person's sockets on every node; this holds even if that word never arrives.
  if (context.account.status === 'deleted') {
    throw new DomainError('unauthorized', 'Your session has ended; sign in again', 'session_ended');
  }
  refuseIfSanctioned(context.account.status, context.account.until, 'unauthorized');
  // access
  const room = access.requireLoaded(user, context.room, 'write');
  const moderates = access.moderates(user, room);
  // resend: before mute and limits, so a retry of a stored message always gets it back.
  if (context.existingId) {
    return { room, moderates, resendOf: context.existingId };
  }
  // mute: a muted person may still write to their care team (their care line).
  if (room.kind !== 'care') {
    refuseIfMuted(context.mute);
  }
  // slow mode: counted per person and room by SendLimits; staff who moderate the room are exempt.
  return { room, moderates, resendOf: null, slowModeSeconds: moderates ? 0 : room.slowModeSeconds };
}
