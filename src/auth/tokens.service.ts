import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes, randomUUID } from 'node:crypto';
import { sha256 } from '../common/crypto';
import { DomainError } from '../common/domain-error';
import { EntityManager, IsNull, Repository } from 'typeorm';
import type { Role } from '../access/access.decorator';
import { RefreshToken } from './refresh-token.entity';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const REFRESH_TOKEN_TTL_MS = 30 * 24 * 3600 * 1000;

export interface AccessPayload {
  sub: string;
  /** Session (refresh-token family) id. */
  sid: string;
  role: Role;
  /** Expiry, seconds since epoch (set by the signer). */
  exp?: number;
}

/**
 * What every verified access token must carry, on HTTP and in the socket handshake:
 * jsonwebtoken checks `exp` only when present, and a token without it would never end.
 */
export function requireAccessClaims(payload: Partial<AccessPayload>): AccessPayload {
  if (typeof payload.exp !== 'number' || typeof payload.sub !== 'string' || typeof payload.sid !== 'string') {
    throw new DomainError('unauthorized', 'Your sign-in is not valid; sign in again', 'token_invalid');
  }
  return payload as AccessPayload;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

export type RotateOutcome =
  | { kind: 'rotated'; userId: string; sessionId: string; refreshToken: string; lastUsedAt: Date }
  | { kind: 'reused'; userId: string; sessionId: string }
  | { kind: 'invalid' };

/** Access tokens (JWT, 15 min) and refresh tokens (opaque, stored hashed, rotated on use). */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    @InjectRepository(RefreshToken) private readonly refreshTokens: Repository<RefreshToken>,
  ) {}

  accessToken(userId: string, role: Role, sessionId: string): string {
    const payload: AccessPayload = { sub: userId, sid: sessionId, role };
    return this.jwt.sign(payload, { expiresIn: ACCESS_TOKEN_TTL_SECONDS });
  }

  /** Checks signature, expiry and claims; throws the jsonwebtoken error or a DomainError otherwise. */
  verifyAccessToken(token: string): AccessPayload {
    return requireAccessClaims(this.jwt.verify<Partial<AccessPayload>>(token, { algorithms: ['HS256'] }));
  }

  /** Starts a new session (token family) and returns its first refresh token. */
  async startSession(
    userId: string,
    userAgent: string | undefined,
    manager?: EntityManager,
  ): Promise<{ sessionId: string; refreshToken: string }> {
    const sessionId = randomUUID();
    const refreshToken = await this.insert(userId, sessionId, userAgent, manager);
    return { sessionId, refreshToken };
  }

  /**
   * Uses a refresh token once. The claim is a single conditional UPDATE, so two
   * concurrent uses of one token cannot both succeed; presenting an already-used
   * token means it was copied, and the whole family is revoked.
   */
  async rotate(refreshToken: string, userAgent: string | undefined): Promise<RotateOutcome> {
    const tokenHash = sha256(refreshToken);
    const claimed: { userId: string; familyId: string; lastUsedAt: Date }[] = await this.refreshTokens.query(
      `WITH claimed AS (
         UPDATE refresh_tokens SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          RETURNING user_id, family_id, created_at)
       SELECT user_id AS "userId", family_id AS "familyId", created_at AS "lastUsedAt" FROM claimed`,
      [tokenHash],
    );
    if (claimed.length === 1) {
      const { userId, familyId, lastUsedAt } = claimed[0];
      const next = await this.insert(userId, familyId, userAgent);
      return { kind: 'rotated', userId, sessionId: familyId, refreshToken: next, lastUsedAt };
    }
    const known = await this.refreshTokens.findOneBy({ tokenHash });
    if (known?.usedAt && !known.revokedAt) {
      await this.revokeSession(known.familyId);
      return { kind: 'reused', userId: known.userId, sessionId: known.familyId };
    }
    return { kind: 'invalid' };
  }

  async sessionOf(refreshToken: string): Promise<string | undefined> {
    const known = await this.refreshTokens.findOneBy({ tokenHash: sha256(refreshToken) });
    return known?.familyId;
  }

  async revokeSession(sessionId: string): Promise<void> {
    await this.refreshTokens.update({ familyId: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** The user's live sessions: started, last used (each refresh), and the device they were last used from. */
  async sessions(
    userId: string,
  ): Promise<{ id: string; startedAt: Date; lastUsedAt: Date; userAgent: string | null }[]> {
    return this.refreshTokens.query(
      `SELECT family_id AS id, min(created_at) AS "startedAt", max(created_at) AS "lastUsedAt",
              (array_agg(user_agent ORDER BY created_at DESC))[1] AS "userAgent"
         FROM refresh_tokens
        WHERE user_id = $1 AND revoked_at IS NULL
        GROUP BY family_id
       HAVING bool_or(used_at IS NULL AND expires_at > now())
        ORDER BY max(created_at) DESC`,
      [userId],
    );
  }

  async revokeUserSession(userId: string, sessionId: string): Promise<boolean> {
    const result = await this.refreshTokens.update(
      { userId, familyId: sessionId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return (result.affected ?? 0) > 0;
  }

  async revokeAllSessions(userId: string, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(RefreshToken) : this.refreshTokens;
    await repo.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async insert(
    userId: string,
    familyId: string,
    userAgent: string | undefined,
    manager?: EntityManager,
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const repo = manager ? manager.getRepository(RefreshToken) : this.refreshTokens;
    await repo.insert({
      userId,
      familyId,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
      userAgent: userAgent?.slice(0, 200) ?? null,
    });
    return token;
  }
}
