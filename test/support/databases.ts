import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function testServer(): { serverUrl: string; template: string } {
  const serverUrl = process.env.HEARTH_TEST_SERVER_URL;
  const template = process.env.HEARTH_TEST_TEMPLATE;
  if (!serverUrl || !template) {
    throw new Error('integration tests need the jest globalSetup (run them with `npm test`)');
  }
  return { serverUrl, template };
}

async function withAdmin<T>(fn: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: testServer().serverUrl });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

/** A fresh database cloned from the migrated template; returns its URL. */
export async function cloneTemplateDatabase(): Promise<{ name: string; url: string }> {
  const { serverUrl, template } = testServer();
  const name = `${template.replace('template', 'file')}_${randomBytes(4).toString('hex')}`;
  await withAdmin(async (admin) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        return;
      } catch (error) {
        // Two clones starting at the same instant can see each other on the template.
        if (attempt < 20 && /being accessed by other users/.test(String(error))) {
          await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
          continue;
        }
        throw error;
      }
    }
  });
  return { name, url: databaseUrl(serverUrl, name) };
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
