import { Client } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations';
import { preparedName } from './prepared';
import { QueryLogger } from './query-logger';

/** A statement running longer is cancelled by PostgreSQL (error 57014); 2 s already logs as slow. */
export const STATEMENT_TIMEOUT_MS = 4_000;
/** No answer at all from the server for this long: the connection is given up (see below). */
export const QUERY_TIMEOUT_MS = 5_000;
/** Getting a connection (a new one, or a free one from a full pool) for longer: fail. */
export const CONNECTION_TIMEOUT_MS = 3_000;

/** A pooled connection unused this long is closed. */
export const POOL_IDLE_MS = 10 * 60_000;

const READ_TIMEOUT = 'Query read timeout';

/**
 * pg's `query_timeout` answers the caller when the server does not, but leaves
 * the query on the connection, which then goes back to the pool: the next user
 * would queue behind it, or, once the server wakes, run inside whatever the
 * abandoned query left open (a BEGIN whose ROLLBACK never went out). A
 * connection whose query timed out is therefore closed: the pool drops it,
 * and the server rolls back whatever it had open. It also runs the statements
 * marked `prepared` as named prepared statements.
 */
class AbandoningClient extends Client {
  override query(...args: unknown[]): never {
    const [text, values] = args;
    const name = typeof text === 'string' && (values === undefined || Array.isArray(values)) && preparedName(text);
    if (name) {
      // A statement marked `prepared` (./prepared.ts): planned once per connection.
      args = [{ name, text, values }, ...args.slice(2)];
    }
    const result: unknown = (super.query as (...a: unknown[]) => unknown).apply(this, args);
    if (result instanceof Promise) {
      result.catch((error: unknown) => {
        if (error instanceof Error && error.message === READ_TIMEOUT) {
          this.connection.stream.destroy();
        }
      });
    }
    return result as never;
  }
}

/**
 * The one description of Hearth's database connection, used by the app, the
 * migration command and the test harness. Schema comes from migrations only.
 */
export function dataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logger: new QueryLogger(),
    logging: ['error', 'warn'],
    maxQueryExecutionTime: 2000,
    extra: {
      max: 20,
      // Keep connections through quiet spells: a burst after pg's default 10 s idle would wait
      // while 20 new backends fork, authenticate and plan the prepared statements again (the
      // chat bench measured a 1.5 s stall at the start of every run until this was set).
      idleTimeoutMillis: POOL_IDLE_MS,
      // Fail fast when the database is down, hangs, or the pool is exhausted,
      // rather than queueing forever: callers answer `unavailable` / 503.
      connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
      statement_timeout: STATEMENT_TIMEOUT_MS,
      query_timeout: QUERY_TIMEOUT_MS,
      Client: AbandoningClient,
      application_name: 'hearth',
    },
    ...overrides,
  } as DataSourceOptions;
}
