import { Injectable } from '@nestjs/common';
import type { PersonRelation } from '../access/policy';
import { Transactions } from '../database/transactions';
import type { Tx } from '../database/transactions';
import { User } from '../users/user.entity';
import { Sanction } from './sanction.entity';
import type { SanctionKind } from '../contract';

/**
 * The sanctions table's SQL. Chat's send statement embeds `activeMuteSql` among
 * its other checks (rooms/messages.repository.ts, rooms/rooms.repository.ts), so a
 * send stays one round trip; what counts as a mute in force is decided here only.
 */

/** The mute in force for the user id in `userParam` (the one ending last), as a row of `ActiveMute`. */
export const activeMuteSql = (userParam: string): string => `SELECT reason, ends_at FROM sanctions
  WHERE user_id = ${userParam} AND kind = 'mute' AND lifted_at IS NULL AND ends_at > now()
  ORDER BY ends_at DESC LIMIT 1`;

export interface ActiveMute {
  reason: string;
  ends_at: Date;
}

export interface NewSanction {
  userId: string;
  kind: SanctionKind;
  reason: string;
  reviewItemId: string | null;
  createdBy: string;
  endsAt: Date | null;
}

/**
 * Sanctions, and the account status a suspension or ban sets on the person
 * (users.status, status_until): only sanctions write those two states, and every
 * request and handshake reads them (UsersRepository.authState).
 */
@Injectable()
export class SanctionsRepository {
  constructor(private readonly transactions: Transactions) {}

  /** The person; `lock` for a decision (a role change or a second sanction waits for it). */
  person(userId: string, lock: boolean, tx?: Tx): Promise<User | null> {
    return this.on(tx)
      .getRepository(User)
      .findOne({ where: { id: userId }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
  }

  sanction(sanctionId: string, lock: boolean, tx?: Tx): Promise<Sanction | null> {
    return this.on(tx)
      .getRepository(Sanction)
      .findOne({ where: { id: sanctionId }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
  }

  /** How the actor stands to the person: a clinician's reach is the people (now or once) in the cohorts they facilitate. */
  async relation(actorId: string, personId: string, tx?: Tx): Promise<PersonRelation> {
    if (actorId === personId) {
      return 'self';
    }
    const rows: unknown[] = await this.on(tx).query(
      `SELECT 1 FROM cohort_memberships f
         JOIN cohort_memberships p ON p.cohort_id = f.cohort_id AND p.user_id = $2 AND p.kind = 'member'
        WHERE f.user_id = $1 AND f.kind = 'facilitator' AND f.left_at IS NULL
        LIMIT 1`,
      [actorId, personId],
    );
    return rows.length > 0 ? 'facilitator' : 'none';
  }

  insert(sanction: NewSanction, tx: Tx): Promise<Sanction> {
    const repo = tx.getRepository(Sanction);
    return repo.save(repo.create(sanction));
  }

  async markLifted(sanctionId: string, liftedBy: string, tx: Tx): Promise<void> {
    await tx.getRepository(Sanction).update({ id: sanctionId }, { liftedAt: new Date(), liftedBy });
  }

  /** Whether another suspension in force or a ban, not lifted, still holds the account. */
  async otherHold(userId: string, exceptSanctionId: string, tx: Tx): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM sanctions WHERE user_id = $1 AND id <> $2 AND lifted_at IS NULL
          AND (kind = 'ban' OR (kind = 'suspend' AND ends_at > now()))`,
      [userId, exceptSanctionId],
    );
    return rows.length > 0;
  }

  async suspendAccount(userId: string, until: Date | null, tx: Tx): Promise<void> {
    await tx.getRepository(User).update({ id: userId }, { status: 'suspended', statusUntil: until });
  }

  async banAccount(userId: string, tx: Tx): Promise<void> {
    await tx.getRepository(User).update({ id: userId }, { status: 'banned', statusUntil: null });
  }

  /** Makes the account active again if it is still in `status` (a later ban is never undone by lifting a suspension). */
  async restoreAccount(userId: string, status: 'suspended' | 'banned', tx: Tx): Promise<void> {
    await tx.getRepository(User).update({ id: userId, status }, { status: 'active', statusUntil: null });
  }

  /** Ends suspensions whose time is up (idempotent, so every node may run it). */
  async endExpiredSuspensions(tx?: Tx): Promise<void> {
    await this.on(tx).query(
      `UPDATE users SET status = 'active', status_until = NULL, updated_at = now()
        WHERE status = 'suspended' AND status_until IS NOT NULL AND status_until <= now()`,
    );
  }

  async activeMute(userId: string, tx?: Tx): Promise<ActiveMute | null> {
    const [mute]: ActiveMute[] = await this.on(tx).query(activeMuteSql('$1'), [userId]);
    return mute ?? null;
  }

  /** The person's sanctions, newest first. */
  forUser(userId: string, tx?: Tx): Promise<Sanction[]> {
    return this.on(tx)
      .getRepository(Sanction)
      .find({ where: { userId }, order: { startsAt: 'DESC' } });
  }

  private on(tx: Tx | undefined): Tx {
    return tx ?? this.transactions.outside;
  }
}
