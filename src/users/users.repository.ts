import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { TERMS } from '../consent/terms';
import { prepared } from '../database/prepared';
import type { Tx } from '../database/transactions';
import { User, UserStatus } from './user.entity';
import type { Role } from '../contract';

export interface AuthState {
  id: string;
  displayName: string;
  role: Role;
  status: UserStatus;
  statusUntil: Date | null;
  /** Whether the user accepted the current terms version for their role's audience. */
  termsAccepted: boolean;
  sessionLive: boolean;
  mfaEnabled: boolean;
}

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  legalName?: string | null;
}

/** The second factor's columns (TotpService): secrets encrypted, the last accepted time step. */
export interface SecondFactorState {
  displayName: string;
  secret: string | null;
  pendingSecret: string | null;
  enabledAt: Date | null;
  lastStep: number | null;
}

/** The person's own account, as their export shows it. */
export interface Profile {
  id: string;
  email: string;
  displayName: string;
  legalName: string | null;
  role: string;
  status: string;
  createdAt: Date;
  secondFactor: boolean;
}

/** Every authenticated request runs it: planned once per connection (database/prepared.ts). */
const AUTH_STATE = prepared(
  `SELECT u.id, u.display_name, u.role, u.status, u.status_until, u.totp_enabled_at IS NOT NULL AS mfa_enabled,
          EXISTS (
            SELECT 1 FROM consents c
            WHERE c.user_id = u.id
              AND (c.audience, c.version) = (
                CASE WHEN u.role IN ('alumni', 'peer_mentor') THEN 'alumni'
                     WHEN u.role IN ('clinician', 'moderator', 'admin') THEN 'staff'
                     ELSE 'member' END,
                CASE WHEN u.role IN ('alumni', 'peer_mentor') THEN $2
                     WHEN u.role IN ('clinician', 'moderator', 'admin') THEN $3
                     ELSE $4 END)
          ) AS terms_accepted,
          EXISTS (
            SELECT 1 FROM refresh_tokens r WHERE r.family_id = $5 AND r.user_id = u.id AND r.revoked_at IS NULL
          ) AS session_live
     FROM users u WHERE u.id = $1`,
);

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /**
   * Everything a request needs to know about its caller, in one query: who they
   * are now (role and status are read fresh, so changes bite at once), whether
   * their session is still live (sign-out and deletion end access tokens too) and
   * whether they accepted the current terms.
   */
  async authState(id: string, sessionId: string): Promise<AuthState | undefined> {
    const rows: Record<string, unknown>[] = await this.users.query(AUTH_STATE, [
      id,
      TERMS.alumni.version,
      TERMS.staff.version,
      TERMS.member.version,
      sessionId,
    ]);
    const row = rows[0];
    if (!row) {
      return undefined;
    }
    return {
      id: row.id as string,
      displayName: row.display_name as string,
      role: row.role as Role,
      status: row.status as UserStatus,
      statusUntil: row.status_until as Date | null,
      termsAccepted: row.terms_accepted as boolean,
      sessionLive: row.session_live as boolean,
      mfaEnabled: row.mfa_enabled as boolean,
    };
  }

  /**
   * The person, if the viewer can see them (PeopleAccess): the viewer sees every
   * cohort (`cohortIds` null), or it is themself, or they meet by role (`metRoles`),
   * or the person is in one of the viewer's cohorts now, or wrote something visible
   * in a room or on a board the viewer reads (`kinds`: the non-cohort spaces).
   */
  async visibleTo(
    personId: string,
    viewer: { id: string; cohortIds: string[] | null; kinds: string[]; metRoles: Role[] },
  ): Promise<Pick<User, 'id' | 'displayName' | 'role'> | null> {
    const rows: { id: string; display_name: string; role: Role }[] = await this.users.query(
      `SELECT u.id, u.display_name, u.role FROM users u
        WHERE u.id = $1 AND u.status <> 'deleted'
          AND ($3::uuid[] IS NULL OR u.id = $2 OR u.role = ANY($5::text[])
            OR EXISTS (SELECT 1 FROM cohort_memberships m
                        WHERE m.user_id = u.id AND m.left_at IS NULL AND m.cohort_id = ANY($3::uuid[]))
            OR EXISTS (SELECT 1 FROM messages msg JOIN rooms r ON r.id = msg.room_id
                        WHERE msg.author_id = u.id AND msg.status = 'visible'
                          AND ((r.kind = 'cohort' AND r.cohort_id = ANY($3::uuid[])) OR r.kind = ANY($4::text[])))
            OR EXISTS (SELECT 1 FROM threads t JOIN boards b ON b.id = t.board_id
                        WHERE t.status = 'visible'
                          AND ((b.scope = 'cohort' AND b.cohort_id = ANY($3::uuid[])) OR b.scope = ANY($4::text[]))
                          AND (t.author_id = u.id
                            OR EXISTS (SELECT 1 FROM posts p
                                        WHERE p.thread_id = t.id AND p.author_id = u.id AND p.status = 'visible'))))`,
      [personId, viewer.id, viewer.cohortIds, viewer.kinds, viewer.metRoles],
    );
    const row = rows[0];
    return row ? { id: row.id, displayName: row.display_name, role: row.role } : null;
  }

  findById(id: string, tx?: Tx): Promise<User | null> {
    return this.repo(tx).findOneBy({ id });
  }

  /** The account, locked for the rest of the transaction. */
  lockById(id: string, tx: Tx): Promise<User | null> {
    return this.repo(tx).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The account for a sign-in attempt, with its password hash. */
  findForSignIn(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  findByEmail(email: string, tx?: Tx): Promise<User | null> {
    return this.repo(tx).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getOne();
  }

  async passwordHash(id: string): Promise<string | null> {
    const user = await this.users.findOne({ where: { id }, select: { id: true, passwordHash: true } });
    return user?.passwordHash ?? null;
  }

  /** Whether an account (any case) has this email, inside a registration's transaction. */
  emailTaken(email: string, tx: Tx): Promise<boolean> {
    return this.repo(tx).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getExists();
  }

  /** Every account, deleted ones included. */
  count(tx?: Tx): Promise<number> {
    return this.repo(tx).count();
  }

  async create(user: NewUser, tx: Tx): Promise<User> {
    const repo = this.repo(tx);
    return repo.save(repo.create({ ...user, status: 'active', onDuty: false, legalName: user.legalName ?? null }));
  }

  async setPasswordHash(id: string, passwordHash: string, tx: Tx): Promise<void> {
    await this.repo(tx).update({ id }, { passwordHash });
  }

  async setDisplayName(id: string, displayName: string, tx: Tx): Promise<void> {
    await this.repo(tx).update({ id }, { displayName });
  }

  async setRole(id: string, role: Role, tx: Tx): Promise<void> {
    await this.repo(tx).update({ id }, { role });
  }

  async countAdmins(tx: Tx): Promise<number> {
    return this.repo(tx).countBy({ role: 'admin', status: 'active' });
  }

  /** The admin's directory of people (deleted accounts left out). */
  async directory(q: string | undefined, role: Role | undefined, limit: number): Promise<User[]> {
    const qb = this.users.createQueryBuilder('u').where(`u.status <> 'deleted'`);
    if (q) {
      const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(u.display_name ILIKE :like OR u.email ILIKE :like)', { like });
    }
    if (role) {
      qb.andWhere('u.role = :role', { role });
    }
    return qb.orderBy('lower(u.display_name)').limit(limit).getMany();
  }

  /** Active people, other than `exceptId`, whose display name in lower case is one of `names` (who a mention may name). */
  byLowerDisplayNames(names: string[], exceptId: string): Promise<{ id: string; role: Role; name: string }[]> {
    return this.users.query(
      `SELECT id, role, lower(display_name) AS name FROM users
        WHERE lower(display_name) = ANY($1::text[]) AND status = 'active' AND id <> $2`,
      [names, exceptId],
    );
  }

  async secondFactor(id: string): Promise<SecondFactorState | null> {
    const [row]: {
      display_name: string;
      totp_secret: string | null;
      totp_pending_secret: string | null;
      totp_enabled_at: Date | null;
      totp_last_step: string | null;
    }[] = await this.users.query(
      `SELECT display_name, totp_secret, totp_pending_secret, totp_enabled_at, totp_last_step::text FROM users WHERE id = $1`,
      [id],
    );
    return row
      ? {
          displayName: row.display_name,
          secret: row.totp_secret,
          pendingSecret: row.totp_pending_secret,
          enabledAt: row.totp_enabled_at,
          lastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
        }
      : null;
  }

  async setPendingSecondFactor(id: string, encryptedSecret: string): Promise<void> {
    await this.users.query(`UPDATE users SET totp_pending_secret = $2 WHERE id = $1`, [id, encryptedSecret]);
  }

  /** The pending secret becomes the second factor; `step` (the code just shown) may not be used again. */
  async enableSecondFactor(id: string, step: number, tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_enabled_at = now(), totp_last_step = $2
        WHERE id = $1`,
      [id, step],
    );
  }

  /** Accepts time step `step` once: false when it (or a later one) was used already. */
  async useSecondFactorStep(id: string, step: number): Promise<boolean> {
    // Conditional, so two concurrent uses of one code cannot both pass.
    const [, updated]: [unknown[], number] = await this.users.query(
      `UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`,
      [id, step],
    );
    return updated === 1;
  }

  async clearSecondFactor(id: string, tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL
        WHERE id = $1`,
      [id],
    );
  }

  async profile(id: string, tx?: Tx): Promise<Profile | null> {
    const [row]: {
      id: string;
      email: string;
      display_name: string;
      legal_name: string | null;
      role: string;
      status: string;
      created_at: Date;
      second_factor: boolean;
    }[] = await this.repo(tx).query(
      `SELECT id, email, display_name, legal_name, role, status, created_at, totp_enabled_at IS NOT NULL AS second_factor
         FROM users WHERE id = $1`,
      [id],
    );
    return row
      ? {
          id: row.id,
          email: row.email,
          displayName: row.display_name,
          legalName: row.legal_name,
          role: row.role,
          status: row.status,
          createdAt: row.created_at,
          secondFactor: row.second_factor,
        }
      : null;
  }

  /** A deleted account: no email, name, credentials or second factor left; the row stays for what points at it. */
  async erase(id: string, tx: Tx): Promise<void> {
    const tag = randomUUID().slice(0, 12);
    await tx.query(
      `UPDATE users SET email = $2, display_name = $3, legal_name = NULL, password_hash = '!', status = 'deleted', status_until = NULL,
              on_duty = false, on_duty_since = NULL, totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL,
              updated_at = now()
        WHERE id = $1`,
      [id, `deleted-${tag}@deleted.invalid`, `deleted-${tag}`],
    );
  }

  private repo(tx?: Tx): Repository<User> {
    return tx ? tx.getRepository(User) : this.users;
  }
}
