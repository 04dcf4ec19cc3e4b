import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, EmbeddedDatabase } from '../../src/database/embedded-postgres';
import { runMigrations } from '../../src/database/migrate';
import { databaseUrl } from './databases';

declare global {
  var hearthTestDatabase: EmbeddedDatabase | undefined;
}

/**
 * Once per run: a PostgreSQL server (DATABASE_URL's, or an embedded one in a
 * temporary directory) and a template database migrated once, which every test
 * file clones (CREATE DATABASE … TEMPLATE) for an isolated, ready schema.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'hearth-test-pg-'));
    globalThis.hearthTestDatabase = await startEmbeddedPostgres({ dataDir, ephemeral: true });
    serverUrl = globalThis.hearthTestDatabase.url;
  }
  const template = `hearth_test_template_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
  } finally {
    await admin.end();
  }
  await runMigrations(databaseUrl(serverUrl, template));
  process.env.HEARTH_TEST_SERVER_URL = serverUrl;
  process.env.HEARTH_TEST_TEMPLATE = template;
}
