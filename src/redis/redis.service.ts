import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createClient } from 'redis';
import type { Env } from '../config/env';

export type RedisConnection = ReturnType<typeof createClient>;

/**
 * Redis is optional: with REDIS_URL set, several Hearth nodes share Socket.IO
 * rooms, rate limits and sanctions through it; without it, one node needs none.
 */
@Injectable()
export class RedisService implements OnModuleDestroy {
  private readonly logger = new Logger('Redis');
  private readonly url?: string;
  private readonly clients: RedisConnection[] = [];

  constructor(config: ConfigService<Env, true>) {
    this.url = config.get('REDIS_URL', { infer: true });
  }

  get enabled(): boolean {
    return this.url !== undefined;
  }

  /**
   * A new client (pub/sub needs its own), closed with the app. It waits up to
   * 2 s for the first connection, then hands the client over anyway: commands
   * queue and run once Redis is reachable, so a Redis outage at start does not
   * stop this node from serving its own users (health says `redis: down`).
   */
  async connect(name: string): Promise<RedisConnection> {
    if (!this.url) {
      throw new Error('REDIS_URL is not set');
    }
    const client = createClient({
      url: this.url,
      name: `hearth-${name}`,
      socket: { reconnectStrategy: (retries) => Math.min(retries * 200, 3000), connectTimeout: 3000 },
    });
    // Without a listener an 'error' event would crash the process; reconnects are automatic.
    let lastError = '';
    client.on('error', (error: Error) => {
      if (error.message !== lastError) {
        lastError = error.message;
        this.logger.warn(`${name}: ${error.message}`);
      }
    });
    client.on('ready', () => {
      lastError = '';
    });
    this.clients.push(client);
    const connecting = client.connect().catch(() => undefined);
    await Promise.race([connecting, new Promise((r) => setTimeout(r, 2000).unref())]);
    return client;
  }

  private pinger?: Promise<RedisConnection>;

  async ping(): Promise<'up' | 'down'> {
    const pinger = (this.pinger ??= this.connect('health').catch((error: unknown) => {
      this.pinger = undefined;
      throw error;
    }));
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000).unref());
    try {
      const ping = pinger.then((client) => client.ping());
      ping.catch(() => undefined); // the loser of the race must not become an unhandled rejection
      const answer = await Promise.race([ping, timeout]);
      return answer === 'PONG' ? 'up' : 'down';
    } catch {
      return 'down';
    }
  }

  async onModuleDestroy(): Promise<void> {
    // close() waits for queued commands, which never run while Redis is unreachable.
    await Promise.all(
      this.clients.map(async (c) => {
        if (c.isReady) {
          await c.close().catch(() => c.destroy());
        } else {
          c.destroy();
        }
      }),
    );
  }
}
