import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Interval } from '@nestjs/schedule';
import type { AuthUser } from '../access/auth-user';
import { decideSanction, sanctionRefusal } from '../access/policy';
import type { Decision, PersonRelation } from '../access/policy';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import type { Tx } from '../database/transactions';
import type { User } from '../users/user.entity';
import type { Sanction } from './sanction.entity';
import { SanctionsRepository } from './sanctions.repository';
import type { ActiveMute } from './sanctions.repository';
import type { SanctionKind, SanctionNotice, SanctionView } from '../contract';

/** Who decides: their role and their relation to the person (SanctionsRepository.relation) settle what they may do. */
export type SanctionActor = Pick<AuthUser, 'id' | 'role'>;

export interface SanctionInput {
  userId: string;
  kind: SanctionKind;
  reason: string;
  /** Required for mute and suspend. */
  durationMinutes?: number;
  reviewItemId?: string | null;
}

/** Sent to the sanctioned person's sockets (API.md `sanction`), then suspend and ban disconnect them. */
export interface UserSanctionedEvent extends SanctionNotice {
  userId: string;
  sanctionId: string;
}

const MAX_MINUTES = 60 * 24 * 365;

/** Throws `muted` (403) with the reason and the time left, when there is a mute in force. */
export function refuseIfMuted(mute: ActiveMute | null | undefined): void {
  if (!mute) {
    return;
  }
  const minutes = Math.max(1, Math.ceil((mute.ends_at.getTime() - Date.now()) / 60_000));
  throw new DomainError(
    'forbidden',
    `You are muted for ${minutes} more minute${minutes === 1 ? '' : 's'} — ${mute.reason}`,
    'muted',
    minutes * 60,
  );
}

/** Suspended and banned accounts cannot sign in or use a token (a suspension past its end no longer counts). */
export function refuseIfSanctioned(
  status: string,
  until: Date | null,
  kind: 'forbidden' | 'unauthorized' = 'forbidden',
): void {
  if (status === 'banned') {
    throw new DomainError(kind, 'This account has been banned from the community', 'account_banned');
  }
  if (status === 'suspended' && (!until || until.getTime() > Date.now())) {
    const when = until ? ` until ${until.toISOString()}` : '';
    throw new DomainError(kind, `This account is suspended${when}`, 'account_suspended');
  }
}

/**
 * Warn, mute, suspend and ban. They bite at once: suspensions and bans change the
 * account status every request and handshake reads, mutes are checked on every
 * send, and listeners close open sockets on every node.
 */
@Injectable()
export class SanctionsService {
  private readonly logger = new Logger('Sanctions');

  constructor(
    private readonly sanctions: SanctionsRepository,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  /** Applies a sanction inside the caller's transaction, if the policy allows it; call `announce` after it commits. */
  async apply(actor: SanctionActor, input: SanctionInput, tx: Tx): Promise<UserSanctionedEvent> {
    const { kind } = input;
    const timed = kind === 'mute' || kind === 'suspend';
    if (timed && (!input.durationMinutes || input.durationMinutes < 1 || input.durationMinutes > MAX_MINUTES)) {
      throw new DomainError('invalid', `durationMinutes is required for ${kind} (1 to ${MAX_MINUTES})`);
    }
    const target = await this.sanctions.person(input.userId, true, tx);
    if (!target || target.status === 'deleted') {
      throw new DomainError('not_found', 'User not found');
    }
    await this.requireAllowed(actor, target, kind, tx);
    const actorId = actor.id;
    const endsAt = timed ? new Date(Date.now() + input.durationMinutes! * 60_000) : null;
    const sanction = await this.sanctions.insert(
      {
        userId: target.id,
        kind,
        reason: input.reason,
        reviewItemId: input.reviewItemId ?? null,
        createdBy: actorId,
        endsAt,
      },
      tx,
    );
    if (kind === 'suspend' && target.status !== 'banned') {
      await this.sanctions.suspendAccount(target.id, endsAt, tx);
    } else if (kind === 'ban') {
      await this.sanctions.banAccount(target.id, tx);
    }
    await this.audit.record(
      {
        actorId,
        action: `sanction.${kind}`,
        targetType: 'user',
        targetId: target.id,
        details: {
          sanctionId: sanction.id,
          until: endsAt?.toISOString() ?? null,
          reviewItemId: input.reviewItemId ?? null,
          reason: input.reason,
        },
      },
      tx,
    );
    return {
      userId: target.id,
      sanctionId: sanction.id,
      kind,
      until: endsAt?.toISOString() ?? null,
      reason: input.reason,
    };
  }

  /** After commit: tells the person's sockets, and closes them for suspend and ban. */
  announce(event: UserSanctionedEvent): void {
    this.events.emit('user.sanctioned', event);
  }

  /**
   * Throws unless the actor may impose the sanction's kind on its person: lifting
   * it, or upholding it on appeal, takes the same power as imposing it.
   */
  async requireMayDecide(actor: SanctionActor, sanctionId: string, tx: Tx): Promise<Sanction> {
    const sanction = await this.sanctions.sanction(sanctionId, true, tx);
    const person = sanction && (await this.sanctions.person(sanction.userId, true, tx));
    if (!sanction || !person) {
      throw new DomainError('not_found', 'Sanction not found');
    }
    await this.requireAllowed(actor, person, sanction.kind, tx);
    return sanction;
  }

  /** Whether the actor may decide about this sanction (appeals list only what the caller may decide). */
  async mayDecide(actor: SanctionActor, sanctionId: string): Promise<boolean> {
    const sanction = await this.sanctions.sanction(sanctionId, false);
    const person = sanction && (await this.sanctions.person(sanction.userId, false));
    if (!sanction || !person) {
      return false;
    }
    return (await this.decide(actor, person, sanction.kind)).decision === 'allow';
  }

  /** Lifts a sanction (an appeal overturned it); restores the account if nothing else holds it. */
  async lift(actor: SanctionActor, sanctionId: string, tx: Tx): Promise<void> {
    const sanction = await this.requireMayDecide(actor, sanctionId, tx);
    if (sanction.liftedAt) {
      return;
    }
    const actorId = actor.id;
    await this.sanctions.markLifted(sanctionId, actorId, tx);
    if (
      (sanction.kind === 'suspend' || sanction.kind === 'ban') &&
      !(await this.sanctions.otherHold(sanction.userId, sanctionId, tx))
    ) {
      await this.sanctions.restoreAccount(sanction.userId, sanction.kind === 'ban' ? 'banned' : 'suspended', tx);
    }
    await this.audit.record(
      { actorId, action: 'sanction.lifted', targetType: 'user', targetId: sanction.userId, details: { sanctionId } },
      tx,
    );
  }

  /** Every sanction decision asks the one policy (access/policy.ts, decideSanction). */
  private async decide(
    actor: SanctionActor,
    person: Pick<User, 'id' | 'role'>,
    kind: SanctionKind,
    tx?: Tx,
  ): Promise<{ decision: Decision; relation: PersonRelation }> {
    const relation = await this.sanctions.relation(actor.id, person.id, tx);
    return { decision: decideSanction(actor.role, person.role, kind, relation), relation };
  }

  private async requireAllowed(
    actor: SanctionActor,
    person: Pick<User, 'id' | 'role'>,
    kind: SanctionKind,
    tx: Tx,
  ): Promise<void> {
    const { decision, relation } = await this.decide(actor, person, kind, tx);
    switch (decision) {
      case 'allow':
        return;
      case 'hide':
        throw new DomainError('not_found', 'User not found');
      case 'forbid':
        throw new DomainError(
          'forbidden',
          sanctionRefusal(actor.role, person.role, kind, relation),
          'sanction_not_allowed',
        );
    }
  }

  /** Refuses a post or message from a muted author, saying why and for how long. */
  async assertCanPost(userId: string): Promise<void> {
    refuseIfMuted(await this.sanctions.activeMute(userId));
  }

  async forUser(userId: string): Promise<SanctionView[]> {
    const rows = await this.sanctions.forUser(userId);
    const now = Date.now();
    return rows.map((s) => ({
      id: s.id,
      reviewItemId: s.reviewItemId,
      kind: s.kind,
      reason: s.reason,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt?.toISOString() ?? null,
      liftedAt: s.liftedAt?.toISOString() ?? null,
      active: !s.liftedAt && (s.kind === 'ban' || (s.endsAt !== null && s.endsAt.getTime() > now)),
    }));
  }

  findById(id: string): Promise<Sanction | null> {
    return this.sanctions.sanction(id, false);
  }

  /** Ends suspensions whose time is up (idempotent, so every node may run it). */
  @Interval(30_000)
  async expireSuspensions(): Promise<void> {
    try {
      await this.sanctions.endExpiredSuspensions();
    } catch (error) {
      this.logger.warn(`could not expire suspensions: ${(error as Error).message}`);
    }
  }
}
