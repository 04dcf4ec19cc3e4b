import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { openApiDocument } from '../app.factory';
import { AppModule } from '../app.module';
import { validateEnv } from '../config/env';

/**
 * The OpenAPI document, built from the app's controllers without starting it:
 * Nest's preview mode resolves the modules but instantiates nothing, so no
 * database, Redis or port is needed.
 */
export async function buildOpenApi(): Promise<OpenAPIObject> {
  const env = validateEnv({ NODE_ENV: 'test', JWT_SECRET: 'documentation-only-secret-never-used-for-tokens' });
  const app = await NestFactory.create(
    AppModule.register({ ...env, DATABASE_URL: 'postgres://docs@127.0.0.1:1/docs' }),
    {
      preview: true,
      logger: false,
      abortOnError: false,
    },
  );
  app.setGlobalPrefix('api');
  try {
    return openApiDocument(app);
  } finally {
    await app.close();
  }
}
