import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomBytes, randomUUID } from 'node:crypto';
import { sha256 } from '../common/crypto';
import { DomainError } from '../common/domain-error';
import type { Tx } from '../database/transactions';
import { LiveSession, SessionsRepository } from './sessions.repository';
import type { Role } from '../contract';

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

export type RotateOutcome =
  | { kind: 'rotated'; userId: string; sessionId: string; refreshToken: string; lastUsedAt: Date }
  | { kind: 'reused'; userId: string; sessionId: string }
  | { kind: 'invalid' };

/** Access tokens (JWT, 15 min) and refresh tokens (opaque, stored hashed, rotated on use). */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly refreshTokens: SessionsRepository,
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
    tx?: Tx,
  ): Promise<{ sessionId: string; refreshToken: string }> {
    const sessionId = randomUUID();
    const refreshToken = await this.insert(userId, sessionId, userAgent, tx);
    return { sessionId, refreshToken };
  }

  /**
   * Uses a refresh token once (SessionsRepository.claim: two concurrent uses
   * cannot both succeed); presenting an already-used token means it was copied,
   * and the whole family is revoked.
   */
  async rotate(refreshToken: string, userAgent: string | undefined): Promise<RotateOutcome> {
    const tokenHash = sha256(refreshToken);
    const claimed = await this.refreshTokens.claim(tokenHash);
    if (claimed) {
      const { userId, familyId, lastUsedAt } = claimed;
      const next = await this.insert(userId, familyId, userAgent);
      return { kind: 'rotated', userId, sessionId: familyId, refreshToken: next, lastUsedAt };
    }
    const known = await this.refreshTokens.findByTokenHash(tokenHash);
    if (known?.usedAt && !known.revokedAt) {
      await this.revokeSession(known.familyId);
      return { kind: 'reused', userId: known.userId, sessionId: known.familyId };
    }
    return { kind: 'invalid' };
  }

  async sessionOf(refreshToken: string): Promise<string | undefined> {
    const known = await this.refreshTokens.findByTokenHash(sha256(refreshToken));
    return known?.familyId;
  }

  async revokeSession(sessionId: string): Promise<void> {
    await this.refreshTokens.revoke(sessionId);
  }

  /** The user's live sessions: started, last used (each refresh), and the device they were last used from. */
  sessions(userId: string): Promise<LiveSession[]> {
    return this.refreshTokens.live(userId);
  }

  /** Ends all the user's sessions but `keep` (null: every one); answers the ones ended. */
  revokeAllSessions(userId: string, keep: string | null, tx?: Tx): Promise<string[]> {
    return this.refreshTokens.revokeAllOf(userId, keep, tx);
  }

  /** Ends one of the user's own sessions; false when they have no such session live. */
  revokeUserSession(userId: string, sessionId: string): Promise<boolean> {
    return this.refreshTokens.revokeOwn(userId, sessionId);
  }

  private async insert(userId: string, familyId: string, userAgent: string | undefined, tx?: Tx): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.refreshTokens.insert(
      {
        userId,
        familyId,
        tokenHash: sha256(token),
        expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
        userAgent: userAgent?.slice(0, 200) ?? null,
      },
      tx,
    );
    return token;
  }
}
