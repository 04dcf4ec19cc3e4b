import type { INestApplication } from '@nestjs/common';
import type { Server } from 'socket.io';
import { io, Socket } from 'socket.io-client';
import { RealtimeGateway } from '../../src/realtime/realtime.gateway';
import { userRoom } from '../../src/realtime/socket-user';

/** A real socket.io-client connected to the test app with the user's access token. */
export async function connectSocket(baseUrl: string, token: string | undefined): Promise<Socket> {
  const socket = io(baseUrl, {
    transports: ['websocket'],
    auth: token === undefined ? {} : { token },
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
  return socket;
}

/** The connect_error a refused handshake gets. */
export async function refusedConnection(
  baseUrl: string,
  token: string | undefined,
): Promise<Error & { data?: { code?: string } }> {
  try {
    const socket = await connectSocket(baseUrl, token);
    socket.close();
  } catch (error) {
    return error as Error & { data?: { code?: string } };
  }
  throw new Error('the connection was accepted');
}

/** Emits an event and waits for its acknowledgement. */
export function ack<T = any>(socket: Socket, event: string, payload?: unknown, timeoutMs = 5000): Promise<T> {
  return socket.timeout(timeoutMs).emitWithAck(event, payload) as Promise<T>;
}

/** The next `event` the socket receives (optionally matching), or a timeout error. */
export function next<T = any>(
  socket: Socket,
  event: string,
  match: (payload: T) => boolean = () => true,
  timeoutMs = 5000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const handler = (payload: T) => {
      if (match(payload)) {
        clearTimeout(timer);
        socket.off(event, handler);
        resolve(payload);
      }
    };
    socket.on(event, handler);
  });
}

/** Collects every `event` payload the socket receives from now on. */
export function collect<T = any>(socket: Socket, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (payload: T) => seen.push(payload));
  return seen;
}

export function disconnected(socket: Socket, timeoutMs = 5000): Promise<string> {
  if (socket.disconnected) {
    return Promise.resolve('already');
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('still connected')), timeoutMs);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}

/**
 * The sockets the in-process app holds for a user, with the channels each is in:
 * the server's side of a close or of access taken away, which no event tells the client.
 */
export async function serverSockets(app: INestApplication, userId: string): Promise<{ rooms: Set<string> }[]> {
  // The gateway keeps its server private; tests read it to see the server's side.
  const { server } = app.get<RealtimeGateway, { server: Server }>(RealtimeGateway);
  return server.in(userRoom(userId)).fetchSockets();
}
