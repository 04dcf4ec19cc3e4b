import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { describeAccess } from './access/access-docs';
import { AppModule, AppOptions } from './app.module';
import { serveClient } from './common/client-assets';
import { refuseDeepBodies } from './common/json-depth';
import { QuietFrameworkLogger } from './common/logger';
import { trustNamedProxies } from './common/proxies';
import { applySecurity, applyTimeouts } from './common/security';
import { createValidationPipe } from './common/validation';
import { HearthIoAdapter } from './realtime/hearth-io.adapter';
import type { Env } from './config/env';

/** Builds the configured application (not yet listening); used by main.ts and the tests. */
export async function createApp(
  env: Env & { DATABASE_URL: string },
  options: AppOptions = {},
): Promise<INestApplication> {
  // Bodies are JSON only (no url-encoded forms), each checked for depth before anything reads it.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(env, options), {
    bufferLogs: true,
    bodyParser: false,
  });
  const logger = app.get(Logger);
  app.useLogger(env.LOG_FORMAT === 'pretty' && !options.logDestination ? new QuietFrameworkLogger(logger) : logger);
  app.useBodyParser('json', { limit: '64kb' });
  app.use(refuseDeepBodies);
  trustNamedProxies(app, env.TRUST_PROXY);
  app.disable('x-powered-by');
  applySecurity(app, env);
  applyTimeouts(app.getHttpServer());
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  serveClient(app);

  const io = new HearthIoAdapter(app);
  await io.connectRedis();
  app.useWebSocketAdapter(io);

  // Off in production unless API_DOCS turns it on (validateEnv resolves the default).
  if (env.API_DOCS) {
    serveDocs(app);
  }
  return app;
}

function serveDocs(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, openApiDocument(app), { jsonDocumentUrl: 'api/docs/json' });
}

/** The OpenAPI document of the app's HTTP API: served at /api/docs, and written to docs/ by `npm run docs`. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Hearth API')
      .setDescription(
        'HTTP contract of Hearth. Real-time events (Socket.IO) are in docs/socket-events.md, generated from src/contract.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  return describeAccess(app, document);
}
