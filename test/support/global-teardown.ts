import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.HEARTH_TEST_SERVER_URL;
  const template = process.env.HEARTH_TEST_TEMPLATE;
  if (globalThis.hearthTestDatabase) {
    await globalThis.hearthTestDatabase.stop();
    return;
  }
  if (serverUrl && template) {
    // On a shared server, leave nothing behind: the template and any clone a crashed file left.
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
        [template, `${template.replace('template', 'file')}%`],
      );
      for (const { datname } of rows) {
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    } finally {
      await admin.end();
    }
  }
}
