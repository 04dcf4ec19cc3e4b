import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { AuthUser } from '../access/auth-user';
import { isStaff } from '../access/policy';
import { AuditService } from '../audit/audit.service';
import { RateLimiter } from '../common/rate-limiter';
import { DomainError } from '../common/domain-error';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { ConsentService } from '../consent/consent.service';
import { termsAudienceOf } from '../consent/terms';
import { Transactions } from '../database/transactions';
import { InvitesService } from '../invites/invites.service';
import { UsersRepository } from '../users/users.repository';
import type { RedeemResult, Role } from '../contract';

const REDEEMS_PER_USER_PER_HOUR = 10;

/**
 * Readmission is common: a returning person already has an account and redeems a
 * new cohort's invite while signed in. Alumni (and peer mentors) become members
 * again; a member joins one more group. Staff accounts and staff invites are not
 * for this. The invite use is spent only when the person joins.
 */
@Injectable()
export class ReturningService {
  constructor(
    private readonly transactions: Transactions,
    private readonly invites: InvitesService,
    private readonly cohorts: CohortsRepository,
    private readonly users: UsersRepository,
    private readonly consent: ConsentService,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
    private readonly events: EventEmitter2,
  ) {}

  async redeem(user: AuthUser, code: string): Promise<RedeemResult> {
    await this.limiter.require(
      `invite-redeem:${user.id}`,
      REDEEMS_PER_USER_PER_HOUR,
      3600_000,
      'Too many invite codes tried; try again later',
    );
    if (isStaff(user)) {
      throw new DomainError(
        'forbidden',
        'Staff accounts join groups through an admin, not an invite code',
        'invite_not_redeemable',
      );
    }
    const outcome = await this.transactions.run(async (tx) => {
      const invite = await this.invites.claim(code, tx).catch((error: unknown) => {
        if (error instanceof DomainError && error.kind === 'invalid') {
          throw new DomainError('invalid', 'code: this is not a valid invite code');
        }
        throw error;
      });
      if (!invite.cohortId || invite.role !== 'member') {
        throw new DomainError(
          'forbidden',
          'This invite is not for joining a group as a member; ask your care team for a group invite',
          'invite_not_redeemable',
        );
      }
      const person = await this.users.lockById(user.id, tx);
      if (!person || person.status !== 'active') {
        throw new DomainError('unauthorized', 'Your session has ended; sign in again', 'session_ended');
      }
      if ((await this.cohorts.lockActiveMembership(invite.cohortId, user.id, tx)) !== null) {
        throw new DomainError('conflict', 'You are already in this group', 'already_in_cohort');
      }
      const cohort = await this.cohorts.find(invite.cohortId, tx);
      if (!cohort) {
        throw new DomainError('invalid', 'code: this is not a valid invite code');
      }
      const from: Role = person.role;
      const to: Role = 'member';
      await this.cohorts.addMember(invite.cohortId, user.id, 'member', tx);
      if (from !== to) {
        await this.users.setRole(user.id, to, tx);
      }
      await this.audit.record(
        {
          actorId: user.id,
          action: 'member.rejoined',
          targetType: 'user',
          targetId: user.id,
          cohortId: invite.cohortId,
          details: { inviteId: invite.id, from, to },
        },
        tx,
      );
      const termsRequired = !(await this.consent.hasAcceptedCurrent(user.id, termsAudienceOf(to), tx));
      return { cohort, from, to, termsRequired };
    });
    this.events.emit(
      outcome.from !== outcome.to ? 'user.role_changed' : 'member.rejoined',
      outcome.from !== outcome.to ? { userId: user.id, from: outcome.from, to: outcome.to } : { userId: user.id },
    );
    this.events.emit('notification.requested', {
      userId: user.id,
      kind: 'rejoined',
      text: `Welcome back. You have joined ${outcome.cohort.name}: its rooms and boards are open to you now.`,
      link: '/',
    });
    return { cohort: outcome.cohort, role: outcome.to, termsRequired: outcome.termsRequired };
  }
}
