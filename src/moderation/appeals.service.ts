import { Injectable } from '@nestjs/common';
import { AccessService, withinCohorts } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import { AuditService } from '../audit/audit.service';
import { isUniqueViolation } from '../common/database-errors';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { SanctionsService } from '../sanctions/sanctions.service';
import { UsersRepository } from '../users/users.repository';
import type { Appeal } from './appeal.entity';
import { AppealsRepository } from './appeals.repository';
import type { CreateAppealDto, DecideAppealDto } from './appeals.dto';
import { ModerationNotices } from './moderation-notices';
import type { ReviewItem } from './review-item.entity';
import { ReviewRepository } from './review.repository';
import { ModerationTargets, TargetChange } from './targets';
import type { User } from '../users/user.entity';
import type { AppealStatus, AppealView, MyModerationHistory, SanctionStanding, StaffAppealView } from '../contract';

/**
 * A member sees their own moderation history and may appeal a removal or a
 * sanction once; a staff member other than the one who acted decides.
 */
@Injectable()
export class AppealsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly appeals: AppealsRepository,
    private readonly items: ReviewRepository,
    private readonly access: AccessService,
    private readonly sanctions: SanctionsService,
    private readonly users: UsersRepository,
    private readonly targets: ModerationTargets,
    private readonly notices: ModerationNotices,
    private readonly audit: AuditService,
  ) {}

  async mine(user: AuthUser): Promise<MyModerationHistory> {
    const [sanctions, decisions, appeals] = await Promise.all([
      this.sanctions.forUser(user.id),
      this.items.aboutAuthor(user.id),
      this.appeals.byUser(user.id),
    ]);
    const appealOf = (match: (a: Appeal) => boolean) => {
      const a = appeals.find(match);
      return a ? { id: a.id, status: a.status, decisionReason: a.decisionReason } : null;
    };
    return {
      sanctions: sanctions.map((s) => ({ ...s, appeal: appealOf((a) => a.sanctionId === s.id) })),
      decisions: decisions.map((d) => ({
        reviewItemId: d.id,
        targetType: d.targetType,
        action: d.resolution ?? 'unknown',
        reason: d.resolutionReason,
        at: d.resolvedAt?.toISOString() ?? null,
        appeal: appealOf((a) => a.reviewItemId === d.id),
      })),
    };
  }

  /**
   * Where a suspended or banned person stands, for the sign-in screen: the sanction
   * in force, its reason and end, and their appeal of it. Their credentials
   * identified them (AuthService.checkCredentials); no session exists.
   */
  async standing(user: Pick<User, 'id' | 'status' | 'statusUntil'>): Promise<SanctionStanding> {
    const suspended = user.status === 'suspended' && (!user.statusUntil || user.statusUntil.getTime() > Date.now());
    if (user.status !== 'banned' && !suspended) {
      throw new DomainError('conflict', 'This account is not suspended: sign in as usual', 'conflict');
    }
    const status = user.status === 'banned' ? 'banned' : 'suspended';
    const [sanctions, appeals] = await Promise.all([this.sanctions.forUser(user.id), this.appeals.byUser(user.id)]);
    const inForce = sanctions
      .filter((s) => s.active && (status === 'banned' ? s.kind === 'ban' : s.kind === 'suspend'))
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0];
    const appeal = inForce ? appeals.find((a) => a.sanctionId === inForce.id) : undefined;
    return {
      status,
      until: status === 'suspended' ? (user.statusUntil?.toISOString() ?? null) : null,
      sanction: inForce
        ? {
            ...inForce,
            appeal: appeal ? { id: appeal.id, status: appeal.status, decisionReason: appeal.decisionReason } : null,
          }
        : null,
    };
  }

  /** A suspended or banned person appeals the sanction in force, from the sign-in screen. */
  async createFromSignIn(user: Pick<User, 'id' | 'status' | 'statusUntil'>, text: string): Promise<AppealView> {
    const standing = await this.standing(user);
    if (!standing.sanction) {
      throw new DomainError('not_found', 'No sanction on record to appeal; contact your care team');
    }
    return this.create({ id: user.id }, { sanctionId: standing.sanction.id, text });
  }

  async create(user: Pick<AuthUser, 'id'>, dto: CreateAppealDto): Promise<AppealView> {
    if (!dto.reviewItemId === !dto.sanctionId) {
      throw new DomainError('invalid', 'Give either reviewItemId or sanctionId');
    }
    if (dto.reviewItemId) {
      const item = await this.items.findById(dto.reviewItemId);
      if (
        !item ||
        item.authorId !== user.id ||
        item.status !== 'resolved' ||
        !['hide', 'remove', 'content_warning'].includes(item.resolution ?? '')
      ) {
        throw new DomainError('not_found', 'No decision about you with that id');
      }
    } else {
      const sanction = await this.sanctions.findById(dto.sanctionId!);
      if (!sanction || sanction.userId !== user.id) {
        throw new DomainError('not_found', 'No sanction on you with that id');
      }
    }
    try {
      const appeal = await this.transactions.run(async (tx) => {
        const saved = await this.appeals.insert(
          {
            userId: user.id,
            reviewItemId: dto.reviewItemId ?? null,
            sanctionId: dto.sanctionId ?? null,
            text: dto.text.trim(),
          },
          tx,
        );
        await this.audit.record(
          {
            actorId: user.id,
            action: 'appeal.created',
            targetType: 'appeal',
            targetId: saved.id,
            details: { reviewItemId: saved.reviewItemId, sanctionId: saved.sanctionId },
          },
          tx,
        );
        return saved;
      });
      return this.view(appeal);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('conflict', 'You have already appealed this decision', 'already_appealed');
      }
      throw error;
    }
  }

  async list(user: AuthUser, status: AppealStatus = 'open'): Promise<StaffAppealView[]> {
    const rows = await this.appeals.withStatus(status, 200);
    const moderated = await this.access.moderatedCohortIds(user);
    const visible: StaffAppealView[] = [];
    for (const appeal of rows) {
      const original = await this.original(appeal);
      if (
        withinCohorts(moderated, original.cohortId) &&
        (!appeal.sanctionId || (await this.sanctions.mayDecide(user, appeal.sanctionId)))
      ) {
        visible.push(await this.staffView(appeal));
      }
    }
    return visible;
  }

  async decide(user: AuthUser, id: string, dto: DecideAppealDto): Promise<StaffAppealView> {
    const changes: TargetChange[] = [];
    const appeal = await this.transactions.run(async (tx) => {
      const found = await this.appeals.lock(id, tx);
      if (!found) {
        throw new DomainError('not_found', 'Appeal not found');
      }
      const original = await this.original(found);
      if (!withinCohorts(await this.access.moderatedCohortIds(user), original.cohortId)) {
        throw new DomainError('not_found', 'Appeal not found');
      }
      if (found.status !== 'open') {
        throw new DomainError('conflict', 'This appeal has already been decided');
      }
      // A fresh pair of eyes: never the person who made the original decision.
      if (original.decidedBy === user.id) {
        throw new DomainError(
          'forbidden',
          'Another staff member must decide an appeal of your own decision',
          'own_decision',
        );
      }
      if (found.sanctionId) {
        // Deciding about a sanction, either way, takes the power to impose it (a moderator does not judge a ban).
        await this.sanctions.requireMayDecide(user, found.sanctionId, tx);
      }
      if (dto.outcome === 'overturned') {
        if (found.sanctionId) {
          await this.sanctions.lift(user, found.sanctionId, tx);
        }
        if (original.item && original.item.targetType !== 'user') {
          const target = await this.targets.load(original.item.targetType, original.item.targetId, tx);
          if (target && target.status !== 'visible') {
            await this.targets.setStatus(
              changes,
              original.item.targetType,
              original.item.targetId,
              target.status,
              'visible',
              tx,
            );
          }
        }
      }
      const decided = await this.appeals.decide(found, { status: dto.outcome, by: user.id, reason: dto.reason }, tx);
      await this.audit.record(
        {
          actorId: user.id,
          action: `appeal.${dto.outcome}`,
          targetType: 'appeal',
          targetId: found.id,
          details: { reason: dto.reason },
        },
        tx,
      );
      return decided;
    });
    await this.targets.announce(changes);
    this.notices.appealDecided(
      { userId: appeal.userId, reviewItemId: appeal.reviewItemId, status: dto.outcome },
      dto.reason,
    );
    return this.staffView(appeal);
  }

  private async original(appeal: Appeal): Promise<{
    cohortId: string | null;
    decidedBy: string | null;
    item: ReviewItem | null;
    action: string;
    reason: string | null;
  }> {
    if (appeal.reviewItemId) {
      const item = await this.items.findById(appeal.reviewItemId);
      return {
        cohortId: item?.cohortId ?? null,
        decidedBy: item?.resolvedBy ?? null,
        item,
        action: item?.resolution ?? 'unknown',
        reason: item?.resolutionReason ?? null,
      };
    }
    const sanction = await this.sanctions.findById(appeal.sanctionId!);
    const item = sanction?.reviewItemId ? await this.items.findById(sanction.reviewItemId) : null;
    return {
      cohortId: item?.cohortId ?? null,
      decidedBy: sanction?.createdBy ?? null,
      item,
      action: sanction?.kind ?? 'unknown',
      reason: sanction?.reason ?? null,
    };
  }

  private view(appeal: Appeal): AppealView {
    return {
      id: appeal.id,
      status: appeal.status,
      text: appeal.text,
      reviewItemId: appeal.reviewItemId,
      sanctionId: appeal.sanctionId,
      createdAt: appeal.createdAt.toISOString(),
      decidedAt: appeal.decidedAt?.toISOString() ?? null,
      decisionReason: appeal.decisionReason,
    };
  }

  private async staffView(appeal: Appeal): Promise<StaffAppealView> {
    const original = await this.original(appeal);
    const people = await Promise.all(
      [appeal.userId, original.decidedBy].filter((x): x is string => !!x).map((id) => this.users.findById(id)),
    );
    const name = (id: string | null) => people.find((p) => p?.id === id)?.displayName ?? 'former member';
    return {
      ...this.view(appeal),
      user: { id: appeal.userId, displayName: name(appeal.userId) },
      original: {
        action: original.action,
        reason: original.reason,
        by: original.decidedBy ? { id: original.decidedBy, displayName: name(original.decidedBy) } : null,
      },
    };
  }
}
