import { createSecretKey, randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, Env } from '../config/env';

/**
 * JWT_SECRET when set. In production it is required; elsewhere one is generated
 * once into HEARTH_DATA_DIR/jwt-secret (mode 600) so sessions survive restarts.
 */
export function resolveJwtSecret(env: Env): string {
  if (env.JWT_SECRET) {
    return env.JWT_SECRET;
  }
  if (env.NODE_ENV === 'production') {
    throw new ConfigError('Invalid configuration: JWT_SECRET is required when NODE_ENV=production');
  }
  const file = join(env.HEARTH_DATA_DIR, 'jwt-secret');
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) {
      return stored;
    }
  }
  mkdirSync(env.HEARTH_DATA_DIR, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * The secret as a KeyObject, for signing and verifying. Given a string, jsonwebtoken first
 * tries it as a PEM key (createPublicKey, which throws) on every call before making a secret
 * key of it: about a tenth of a small authenticated request's CPU. Same bytes, same tokens.
 */
export function jwtKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}
