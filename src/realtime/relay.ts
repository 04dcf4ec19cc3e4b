import type { ServerEvent, ServerPayload } from '../contract';

/**
 * A domain event any feature may emit to reach specific people's sockets on
 * every node, without importing a gateway: `events.emit(TO_USERS, { ... } satisfies ToUsersEvent)`.
 */
export const TO_USERS = 'socket.to_users';

/** One of the contract's server→client events, with its own payload. */
export type ToUsersEvent = {
  [E in ServerEvent]: { userIds: string[]; event: E; payload: ServerPayload<E> };
}[ServerEvent];
