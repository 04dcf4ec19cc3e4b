/**
 * A domain event any feature may emit to reach specific people's sockets on
 * every node, without importing a gateway: `events.emit(TO_USERS, { ... })`.
 */
export const TO_USERS = 'socket.to_users';

export interface ToUsersEvent {
  userIds: string[];
  event: string;
  payload: unknown;
}
