import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { RedisAdapter } from '@socket.io/redis-adapter';
import { isObservable } from 'rxjs';
import type { ServerOptions, Socket } from 'socket.io';
import { AuthService } from '../auth/auth.service';
import { ackError } from '../common/ack';
import { DomainError } from '../common/domain-error';
import { nestedDeeperThan, tooDeep } from '../common/json-depth';
import { RedisService } from '../redis/redis.service';
import type { HearthServer, HearthSocket } from './socket-user';
import type { ConnectRefusal } from '../contract';

/**
 * The Socket.IO server: authenticated in the handshake (a bad token is refused
 * with a connect_error saying why), bounded payloads, and, with REDIS_URL, the
 * Redis adapter so that rooms, broadcasts and disconnects span every node.
 */
export class HearthIoAdapter extends IoAdapter {
  private readonly logger = new Logger('Socket.IO');
  private redisAdapter?: (nsp: unknown) => RedisAdapter;

  constructor(private readonly app: INestApplicationContext) {
    super(app);
  }

  /** Connects the Redis pub/sub pair when REDIS_URL is set; call before the app listens. */
  async connectRedis(): Promise<void> {
    const redis = this.app.get(RedisService);
    if (!redis.enabled) {
      return;
    }
    const [pub, sub] = await Promise.all([redis.connect('io-pub'), redis.connect('io-sub')]);
    const publisher = withHandledPromises(pub, ['publish', 'sPublish']);
    const subscriber = withHandledPromises(sub, SUBSCRIPTIONS);
    // Socket.IO calls it with `new`: a function, not an arrow.
    this.redisAdapter = function (nsp: unknown) {
      return new ResilientRedisAdapter(nsp, publisher, subscriber, { key: 'hearth' });
    };
    this.logger.log('using the Redis adapter: events reach sockets on every node');
  }

  override createIOServer(port: number, options?: ServerOptions): HearthServer {
    const server = super.createIOServer(port, {
      ...options,
      transports: ['websocket', 'polling'],
      maxHttpBufferSize: 64 * 1024,
      pingInterval: 25_000,
      pingTimeout: 20_000,
      serveClient: false,
      cors: undefined,
    }) as HearthServer;
    if (this.redisAdapter) {
      server.adapter(this.redisAdapter);
    }
    const auth = this.app.get(AuthService);
    server.use((socket: HearthSocket, next: (error?: Error) => void) => {
      const token: unknown = (socket.handshake.auth as Record<string, unknown> | undefined)?.token;
      if (typeof token !== 'string' || token.length === 0 || token.length > 4096) {
        next(
          refusal(
            new DomainError('unauthorized', 'Sign in to continue: no access token in auth.token', 'token_missing'),
          ),
        );
        return;
      }
      auth.authenticateToken(token).then(
        ({ user, expiresAt }) => {
          socket.data.user = user;
          socket.data.expiresAt = expiresAt;
          // Read once: kept, the token would cost every open socket its length in memory, and the
          // Redis adapter would send it to other nodes with the handshake on every fetchSockets.
          socket.handshake.auth = SPENT_AUTH;
          next();
        },
        (error: unknown) => next(refusal(error)),
      );
    });
    return server;
  }

  /**
   * Nest's own version passes every incoming event through a chain of RxJS
   * observables, a measurable share of the event loop on the chat hot path. The
   * same contract without them: the handler's result, once settled, is the ack
   * (a `{ event, data }` result is emitted instead; nothing null is sent, nor
   * anything once the socket has gone); an observable result is followed as
   * Nest would. Errors are answered inside `callback` by the exception filter.
   * A payload nested deeper than MAX_JSON_DEPTH is answered `invalid` at once.
   *
   * Memory: Nest calls this once per gateway for every socket. Rather than a
   * listener (a closure and its context) per event per socket, each socket gets
   * one table of its handlers, indexed by a slot shared by all sockets, and one
   * `onAny` listener shared by all sockets that looks the event's slot up.
   */
  override bindMessageHandlers(socket: Socket, handlers: MessageMappingProperties[]): void {
    const bound = socket as SocketWithHandlers;
    let table = bound[HANDLERS];
    if (!table) {
      // Sized to the slots known (all, after the first socket): a growing array would keep spare capacity.
      table = new Array<Handler>(this.slotCount);
      bound[HANDLERS] = table;
      socket.onAny(this.dispatch);
    }
    for (const { message, callback, isAckHandledManually } of handlers) {
      const name = String(message);
      let slots = this.slots.get(name);
      if (!slots) {
        slots = [];
        this.slots.set(name, slots);
      }
      // An event has one slot per gateway that subscribes to it (one, unless two gateways share an event name).
      let slot = slots.find((s) => table[s.index] === undefined && s.isAckHandledManually === isAckHandledManually);
      if (!slot) {
        slot = { index: this.slotCount++, isAckHandledManually };
        slots.push(slot);
      }
      table[slot.index] = callback as Handler;
    }
  }

  /** Event name → its handlers' slots (more than one when several gateways subscribe to it, as Nest allows). */
  private readonly slots = new Map<string, Slot[]>();
  private slotCount = 0;

  /**
   * The one `onAny` listener of every socket (`this` is the socket). Socket.IO
   * calls any-listeners as the packet arrives, and its own listeners on the next
   * tick if the socket is still connected: so do the handlers here.
   */
  private readonly dispatch = ((adapter: HearthIoAdapter) =>
    function (this: Socket, event: unknown, ...args: unknown[]): void {
      const slots = adapter.slots.get(String(event));
      if (!slots) {
        return;
      }
      process.nextTick(() => adapter.handleAll(this, String(event), slots, args));
    })(this);

  private handleAll(socket: Socket, event: string, slots: Slot[], args: unknown[]): void {
    if (!socket.connected) {
      return;
    }
    const table = (socket as SocketWithHandlers)[HANDLERS] ?? [];
    for (const slot of slots) {
      const handler = table[slot.index];
      if (handler) {
        this.handle(socket, event, handler, slot, args);
      }
    }
  }

  private handle(socket: Socket, message: string, callback: Handler, slot: Slot, args: unknown[]): void {
    const { isAckHandledManually } = slot;
    const payload: { data: unknown; ack?: unknown } = this.mapPayload(args.length > 1 ? args : args[0]);
    const { data, ack } = payload;
    if (nestedDeeperThan(data)) {
      // Refused before the guard and pipes: validation walks payloads recursively.
      if (typeof ack === 'function' && !isAckHandledManually) {
        (ack as (reply: unknown) => void)(ackError(tooDeep()));
      }
      return;
    }
    const reply = (response: unknown): void => {
      if (response === null || response === undefined || socket.disconnected) {
        return;
      }
      const { event, data: eventData } = response as { event?: string; data?: unknown };
      if (event) {
        socket.emit(event, eventData);
      } else if (!isAckHandledManually && typeof ack === 'function') {
        (ack as (reply: unknown) => void)(response);
      }
    };
    Promise.resolve(callback(data, ack)).then(
      // An observable result: each value it emits is answered, as Nest's own transform would.
      (result) => (isObservable(result) ? result.subscribe(reply) : reply(result)),
      (error: unknown) => this.logger.error({ type: (error as Error)?.name }, `"${message}" failed`),
    );
  }
}

/** A handler as Nest hands it over, bound to its gateway and socket. */
type Handler = (data: unknown, ack: unknown) => unknown;

/** Where one gateway's handler of an event sits in every socket's table. */
interface Slot {
  index: number;
  isAckHandledManually: boolean;
}

const HANDLERS = Symbol('hearth handlers');
type SocketWithHandlers = Socket & { [HANDLERS]?: Handler[] };

/** What a socket's handshake `auth` becomes once its token has been verified. */
const SPENT_AUTH: Readonly<Record<string, never>> = Object.freeze({});

/** A connect_error whose message says why, with a machine-readable code in `data`. */
function refusal(error: unknown): Error {
  const known = error instanceof DomainError;
  const refused = new Error(known ? error.message : 'The service is briefly unavailable; please retry') as Error & {
    data?: ConnectRefusal;
  };
  refused.data = { code: known ? (error.code ?? error.kind) : 'unavailable' };
  return refused;
}

/** How long to wait for Redis to say how many nodes there are before counting this one only. */
const SERVER_COUNT_WAIT_MS = 1_000;

/**
 * The Redis adapter asks Redis how many nodes there are (PUBSUB NUMSUB) before
 * every cross-node request (fetchSockets, serverSideEmitWithAck). While Redis
 * is unreachable that command waits in the client's offline queue until Redis
 * returns, and so would everything awaiting it, `room:join` included. Then this
 * node counts itself only: its own sockets are still answered for at once.
 */
class ResilientRedisAdapter extends RedisAdapter {
  override serverCount(): Promise<number> {
    if (!(this.pubClient as { isReady?: boolean }).isReady) {
      return Promise.resolve(1);
    }
    const counted = super.serverCount();
    counted.catch(() => undefined); // the loser of the race must not become an unhandled rejection
    return Promise.race([
      counted,
      new Promise<number>((resolve) => setTimeout(() => resolve(1), SERVER_COUNT_WAIT_MS).unref()),
    ]);
  }
}

const SUBSCRIPTIONS = ['subscribe', 'pSubscribe', 'unsubscribe', 'pUnsubscribe', 'sSubscribe', 'sUnsubscribe'];

/**
 * The Redis adapter fires (p)subscribe and publish without handling the promise.
 * When the connection to Redis drops, commands awaiting a reply are rejected, and
 * closing the client rejects those still queued: unhandled, either would crash
 * the process (a broadcast at the moment Redis goes away, or shutdown during an
 * outage). Local delivery does not depend on them, so they are let go.
 */
function withHandledPromises<T extends object>(client: T, methods: string[]): T {
  const guarded = new Set<PropertyKey>(methods);
  return new Proxy(client, {
    get(target, prop) {
      // The client itself as `this`: its getters (isReady) read private state.
      const value: unknown = Reflect.get(target, prop);
      if (!guarded.has(prop) || typeof value !== 'function') {
        return value;
      }
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (result instanceof Promise) {
          result.catch(() => undefined);
        }
        return result;
      };
    },
  });
}
