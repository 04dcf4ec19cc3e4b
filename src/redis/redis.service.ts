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

  /** A new connected client (pub/sub needs its own); closed with the app. */
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
    await client.connect();
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
      const answer = await Promise.race([pinger.then((client) => client.ping()), timeout]);
      return answer === 'PONG' ? 'up' : 'down';
    } catch {
      return 'down';
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.clients.map((c) => c.close().catch(() => undefined)));
  }
}
