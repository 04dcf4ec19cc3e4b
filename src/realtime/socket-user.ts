import type { RemoteSocket, Server, Socket } from 'socket.io';
import type { AuthUser } from '../access/auth-user';
import type { SocketData } from '../access/socket-auth';
import type { ClientToServerEvents, Role, ServerToClientEvents } from '../contract';

/** Between Hearth's own nodes (Redis adapter): re-read a user's sockets after their access changed. */
export interface InterServerEvents {
  'hearth:refresh-user': (userId: string) => void;
}

/** The Socket.IO server and sockets, typed by the wire contract. */
export type HearthServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type HearthSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type HearthRemoteSocket = RemoteSocket<ServerToClientEvents, SocketData>;

/** Socket.IO rooms Hearth uses to address people: every socket of a user, or of one sign-in session. */
export const userRoom = (userId: string): string => `user:${userId}`;
export const sessionRoom = (sessionId: string): string => `session:${sessionId}`;

/**
 * After someone's access changed (step-down, role change): every socket of theirs,
 * on any node, leaves the Socket.IO rooms under `prefix` whose space they may no
 * longer read; `dropped` is told of each (to tell the socket, update presence).
 */
export async function dropUnreadableChannels(
  server: HearthServer,
  userId: string,
  role: Role,
  prefix: string,
  canRead: (user: AuthUser, id: string) => Promise<boolean>,
  dropped: (socket: HearthRemoteSocket, id: string) => void = () => undefined,
): Promise<void> {
  const sockets = await server.in(userRoom(userId)).fetchSockets();
  for (const socket of sockets) {
    const current = (socket.data as Partial<SocketData>).user;
    if (!current) {
      continue;
    }
    const user = { ...current, role };
    for (const channel of socket.rooms) {
      if (!channel.startsWith(prefix)) {
        continue;
      }
      const id = channel.slice(prefix.length);
      if (!(await canRead(user, id))) {
        socket.leave(channel);
        dropped(socket, id);
      }
    }
  }
}
