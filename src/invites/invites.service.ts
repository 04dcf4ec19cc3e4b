import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import type { AuthUser } from '../access/auth-user';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { sha256 } from '../common/crypto';
import { DomainError } from '../common/domain-error';
import { termsAudienceOf } from '../consent/terms';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';
import type { Invite } from './invite.entity';
import { InvitesRepository } from './invites.repository';
import type { InvitePreview, InviteRole, IssuedInvite } from '../contract';

export interface IssueInviteInput {
  role?: InviteRole;
  maxUses?: number;
  expiresInHours?: number;
}

const STAFF_INVITE_ROLES: readonly InviteRole[] = ['clinician', 'moderator', 'admin'];

/** Invite codes: 128 random bits, shown once, stored as SHA-256 only. */
export function newInviteCode(): string {
  // Crockford base32 without padding: easy to read aloud and type on a phone.
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let code = '';
  for (let i = 0; i < 26; i++) {
    code += alphabet[randomInt(32)]; // 26 symbols × 5 bits = 130 bits
  }
  return code.replace(/(.{5})(?=.)/g, '$1-');
}

/** Users type codes with or without dashes, in any case. */
export function normaliseInviteCode(code: string): string {
  const bare = code
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return bare.replace(/(.{5})(?=.)/g, '$1-');
}

@Injectable()
export class InvitesService {
  constructor(
    private readonly invites: InvitesRepository,
    private readonly cohorts: CohortsRepository,
    private readonly transactions: Transactions,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async issue(user: AuthUser, cohortId: string | null, input: IssueInviteInput): Promise<IssuedInvite> {
    const role = input.role ?? 'member';
    if (cohortId) {
      await this.access.requireCohort(user, cohortId, 'cohort.invite');
      if (!(await this.cohorts.exists(cohortId))) {
        throw new DomainError('not_found', 'Cohort not found');
      }
    } else if (!STAFF_INVITE_ROLES.includes(role) || role === 'clinician') {
      throw new DomainError('invalid', 'role: invites without a cohort are for moderator or admin accounts only');
    }
    if (STAFF_INVITE_ROLES.includes(role) && user.role !== 'admin') {
      throw new DomainError('forbidden', 'Only an admin can invite staff');
    }
    const code = newInviteCode();
    const expiresAt = new Date(Date.now() + (input.expiresInHours ?? 72) * 3600_000);
    const maxUses = input.maxUses ?? 1;
    const invite = await this.transactions.run(async (tx) => {
      const created = await this.invites.insert(
        { codeHash: sha256(code), cohortId, role, maxUses, expiresAt, createdBy: user.id },
        tx,
      );
      await this.audit.record(
        {
          actorId: user.id,
          action: 'invite.issued',
          targetType: 'invite',
          targetId: created.id,
          cohortId,
          details: { role, maxUses, expiresAt },
        },
        tx,
      );
      return created;
    });
    return { code, expiresAt: invite.expiresAt.toISOString(), role, maxUses, cohortId };
  }

  /** Checks a code without using it, so the sign-up page shows the terms for the invite's role. */
  async preview(code: string): Promise<InvitePreview> {
    const usable = this.usable(await this.invites.findByCodeHash(sha256(normaliseInviteCode(code))));
    const cohort = usable.cohortId ? await this.cohorts.find(usable.cohortId) : null;
    return {
      role: usable.role,
      termsAudience: termsAudienceOf(usable.role),
      cohortName: cohort?.name ?? null,
      expiresAt: usable.expiresAt.toISOString(),
    };
  }

  /**
   * Consumes one use of a code inside the registration transaction. The row lock
   * serialises concurrent registrations: on a single-use code one wins, the other
   * sees it used (409).
   */
  async claim(code: string, tx: Tx): Promise<Invite> {
    const usable = this.usable(await this.invites.lockByCodeHash(sha256(normaliseInviteCode(code)), tx));
    await this.invites.spendOne(usable.id, tx);
    return usable;
  }

  private usable(invite: Invite | null): Invite {
    if (!invite || invite.revokedAt) {
      throw new DomainError('invalid', 'inviteCode is not a valid invite code');
    }
    if (invite.expiresAt.getTime() <= Date.now()) {
      throw new DomainError(
        'conflict',
        'This invite code has expired; ask your care team for a new one',
        'invite_expired',
      );
    }
    if (invite.uses >= invite.maxUses) {
      throw new DomainError('conflict', 'This invite code has already been used', 'invite_used');
    }
    return invite;
  }
}
