import type { AuthUser } from './auth-user';

/** What a socket carries once its handshake has authenticated it (HearthIoAdapter sets it). */
export interface SocketData {
  user: AuthUser;
  /** Access-token expiry (ms since epoch); the socket is closed then unless renewed. */
  expiresAt: number;
}

/** The signed-in user of a socket, as the access guard and the gateways read it. */
export function socketUser(client: { data: Partial<SocketData> }): AuthUser {
  const user = client.data.user;
  if (!user) {
    throw new Error('socket is not authenticated');
  }
  return user;
}
