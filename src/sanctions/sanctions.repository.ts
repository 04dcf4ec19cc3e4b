import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonRelation } from '../access/policy';
import { User } from '../users/user.entity';
import { Sanction } from './sanction.entity';

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

/** The queries a sanction decision needs, inside the caller's transaction. */
@Injectable()
export class SanctionsRepository {
  /** The person; `lock` for a decision (a role change or a second sanction waits for it). */
  person(manager: EntityManager, userId: string, lock: boolean): Promise<User | null> {
    return manager
      .getRepository(User)
      .findOne({ where: { id: userId }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
  }

  sanction(manager: EntityManager, sanctionId: string, lock: boolean): Promise<Sanction | null> {
    return manager
      .getRepository(Sanction)
      .findOne({ where: { id: sanctionId }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
  }

  /** How the actor stands to the person: a clinician's reach is the people (now or once) in the cohorts they facilitate. */
  async relation(manager: EntityManager, actorId: string, personId: string): Promise<PersonRelation> {
    if (actorId === personId) {
      return 'self';
    }
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM cohort_memberships f
         JOIN cohort_memberships p ON p.cohort_id = f.cohort_id AND p.user_id = $2 AND p.kind = 'member'
        WHERE f.user_id = $1 AND f.kind = 'facilitator' AND f.left_at IS NULL
        LIMIT 1`,
      [actorId, personId],
    );
    return rows.length > 0 ? 'facilitator' : 'none';
  }
}
