import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Server, ServerOptions } from 'socket.io';
import { AuthService } from '../auth/auth.service';
import { DomainError } from '../common/domain-error';
import { RedisService } from '../redis/redis.service';
import type { HearthSocket } from './socket-user';

/**
 * The Socket.IO server: authenticated in the handshake (a bad token is refused
 * with a connect_error saying why), bounded payloads, and, with REDIS_URL, the
 * Redis adapter so that rooms, broadcasts and disconnects span every node.
 */
export class HearthIoAdapter extends IoAdapter {
  private readonly logger = new Logger('Socket.IO');
  private redisAdapter?: ReturnType<typeof createAdapter>;

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
    this.redisAdapter = createAdapter(pub, withHandledSubscriptions(sub), { key: 'hearth' });
    this.logger.log('using the Redis adapter: events reach sockets on every node');
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...options,
      transports: ['websocket', 'polling'],
      maxHttpBufferSize: 64 * 1024,
      pingInterval: 25_000,
      pingTimeout: 20_000,
      serveClient: false,
      cors: undefined,
    }) as Server;
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
          next();
        },
        (error: unknown) => next(refusal(error)),
      );
    });
    return server;
  }
}

/** A connect_error whose message says why, with a machine-readable code in `data`. */
function refusal(error: unknown): Error {
  const known = error instanceof DomainError;
  const refused = new Error(known ? error.message : 'The service is briefly unavailable; please retry') as Error & {
    data?: { code: string };
  };
  refused.data = { code: known ? (error.code ?? error.kind) : 'unavailable' };
  return refused;
}

/**
 * The Redis adapter fires (p)subscribe without handling the promise. While Redis
 * is unreachable those commands wait in the client's queue, and closing the
 * client then rejects them: unhandled, that would crash the process on shutdown.
 */
function withHandledSubscriptions<T extends object>(client: T): T {
  const guarded = new Set<PropertyKey>([
    'subscribe',
    'pSubscribe',
    'unsubscribe',
    'pUnsubscribe',
    'sSubscribe',
    'sUnsubscribe',
  ]);
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
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
