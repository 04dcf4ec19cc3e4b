import type { INestApplication } from '@nestjs/common';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { createApp } from '../../src/app.factory';
import { Env, validateEnv } from '../../src/config/env';
import { cloneTemplateDatabase, dropDatabase } from './databases';

export interface HttpResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The real app on its own database, listening on a free port, spoken to over HTTP. */
export class TestApp {
  private constructor(
    readonly app: INestApplication,
    readonly baseUrl: string,
    readonly databaseName: string,
    readonly databaseUrl: string,
    private readonly logLines: string[],
  ) {}

  static async start(
    overrides: Partial<Record<keyof Env, string>> = {},
    database?: { name: string; url: string },
  ): Promise<TestApp> {
    const db = database ?? (await cloneTemplateDatabase());
    const env = validateEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      HEARTH_DEMO: 'false',
      JWT_SECRET: 'integration-test-secret-that-is-long-enough',
      ...overrides,
    });
    const logLines: string[] = [];
    const echo = process.env.TEST_LOGS === '1';
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString('utf8'));
        if (echo) {
          process.stdout.write(chunk);
        }
        done();
      },
    });
    const app = await createApp({ ...env, DATABASE_URL: db.url }, { logDestination: destination });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    return new TestApp(app, `http://127.0.0.1:${port}`, db.name, db.url, logLines);
  }

  /** Everything the app logged so far (JSON lines). */
  logs(): string {
    return this.logLines.join('');
  }

  async request<T = any>(method: Method, path: string, body?: unknown, token?: string): Promise<HttpResult<T>> {
    const headers: Record<string, string> = {};
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
    }
    if (token) {
      headers.authorization = `Bearer ${token}`;
    }
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = any>(path: string, token?: string): Promise<HttpResult<T>> {
    return this.request<T>('GET', path, undefined, token);
  }
  post<T = any>(path: string, body?: unknown, token?: string): Promise<HttpResult<T>> {
    return this.request<T>('POST', path, body ?? {}, token);
  }
  put<T = any>(path: string, body?: unknown, token?: string): Promise<HttpResult<T>> {
    return this.request<T>('PUT', path, body ?? {}, token);
  }
  patch<T = any>(path: string, body?: unknown, token?: string): Promise<HttpResult<T>> {
    return this.request<T>('PATCH', path, body ?? {}, token);
  }
  delete<T = any>(path: string, body?: unknown, token?: string): Promise<HttpResult<T>> {
    return this.request<T>('DELETE', path, body, token);
  }

  /** Direct SQL on this app's database, for arranging and checking rows. */
  async query<R extends Record<string, any> = Record<string, any>>(sql: string, params: unknown[] = []): Promise<R[]> {
    const client = new Client({ connectionString: this.databaseUrl });
    await client.connect();
    try {
      return (await client.query<R>(sql, params)).rows;
    } finally {
      await client.end();
    }
  }

  async close(options: { keepDatabase?: boolean } = {}): Promise<void> {
    await this.app.close();
    if (!options.keepDatabase) {
      await dropDatabase(this.databaseName);
    }
  }
}
