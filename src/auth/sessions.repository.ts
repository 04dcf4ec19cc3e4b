import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import type { Tx } from '../database/transactions';
import { RefreshToken } from './refresh-token.entity';

export type NewRefreshToken = Pick<RefreshToken, 'userId' | 'familyId' | 'tokenHash' | 'expiresAt' | 'userAgent'>;

export interface LiveSession {
  id: string;
  startedAt: Date;
  lastUsedAt: Date;
  userAgent: string | null;
}

/** Sign-in sessions: each a family of refresh tokens, stored as hashes. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectRepository(RefreshToken) private readonly tokens: Repository<RefreshToken>) {}

  async insert(token: NewRefreshToken, tx?: Tx): Promise<void> {
    await this.repo(tx).insert(token);
  }

  /**
   * Marks a usable token used, in one conditional UPDATE, so that two concurrent
   * uses of one token cannot both succeed; null when it was not usable.
   */
  async claim(tokenHash: string): Promise<{ userId: string; familyId: string; lastUsedAt: Date } | null> {
    const [claimed]: { userId: string; familyId: string; lastUsedAt: Date }[] = await this.tokens.query(
      `WITH claimed AS (
         UPDATE refresh_tokens SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          RETURNING user_id, family_id, created_at)
       SELECT user_id AS "userId", family_id AS "familyId", created_at AS "lastUsedAt" FROM claimed`,
      [tokenHash],
    );
    return claimed ?? null;
  }

  findByTokenHash(tokenHash: string): Promise<RefreshToken | null> {
    return this.tokens.findOneBy({ tokenHash });
  }

  async revoke(familyId: string): Promise<void> {
    await this.tokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Revokes the user's session; false when they have no such session live. */
  async revokeOwn(userId: string, familyId: string): Promise<boolean> {
    const result = await this.tokens.update({ userId, familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  /** Ends every session of the user (but the one kept, if any); answers the sessions ended. */
  async revokeAllOf(userId: string, keep: string | null, tx?: Tx): Promise<string[]> {
    // An UPDATE answers [rows, count] through TypeORM's PostgreSQL driver.
    const [rows]: [{ family_id: string }[], number] = await (tx ?? this.tokens.manager).query(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR family_id <> $2::uuid)
        RETURNING family_id`,
      [userId, keep],
    );
    return [...new Set(rows.map((r) => r.family_id))];
  }

  /** The user's live sessions: started, last used (each refresh), and the device they were last used from. */
  live(userId: string): Promise<LiveSession[]> {
    return this.tokens.query(
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

  async exportFor(userId: string, tx?: Tx): Promise<Record<string, unknown[]>> {
    return {
      sessions: await this.repo(tx).query(
        `SELECT family_id AS session, min(created_at) AS started_at, max(created_at) AS last_used_at,
                (array_agg(user_agent ORDER BY created_at DESC))[1] AS device
           FROM refresh_tokens WHERE user_id = $1 GROUP BY family_id ORDER BY 2`,
        [userId],
      ),
    };
  }

  /** Ends every session at once (an access token's session must be live: UsersRepository.authState). */
  async eraseFor(userId: string, tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM refresh_tokens WHERE user_id = $1`, [userId]);
  }

  private repo(tx?: Tx): Repository<RefreshToken> {
    return tx ? tx.getRepository(RefreshToken) : this.tokens;
  }
}
