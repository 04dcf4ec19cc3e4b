import type { DefaultEventsMap, Socket } from 'socket.io';
import type { AuthUser } from '../access/auth-user';

export interface SocketData {
  user: AuthUser;
  /** Access-token expiry (ms since epoch); the socket is closed then unless renewed. */
  expiresAt: number;
}

export type HearthSocket = Socket<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, SocketData>;

/** Socket.IO rooms Hearth uses to address people: every socket of a user, or of one sign-in session. */
export const userRoom = (userId: string): string => `user:${userId}`;
export const sessionRoom = (sessionId: string): string => `session:${sessionId}`;

export function socketUser(client: Socket): AuthUser {
  const user = (client.data as Partial<SocketData>).user;
  if (!user) {
    throw new Error('socket is not authenticated');
  }
  return user;
}
