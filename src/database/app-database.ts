import { join } from 'node:path';
import { Client } from 'pg';
import type { Env } from '../config/env';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';

const DATABASE_NAME = 'hearth';

export interface AppDatabase {
  url: string;
  /** Set when Hearth started the embedded server and must stop it. */
  embedded?: EmbeddedDatabase;
}

/**
 * DATABASE_URL when set; otherwise the embedded server with its data in
 * HEARTH_DATA_DIR/postgres and a `hearth` database created on first start.
 */
export async function openAppDatabase(env: Env, log: (line: string) => void): Promise<AppDatabase> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: join(env.HEARTH_DATA_DIR, 'postgres'), log });
  try {
    return { url: await ensureDatabase(embedded.url, DATABASE_NAME), embedded };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    }
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
