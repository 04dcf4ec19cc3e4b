import { Injectable, Logger } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import { isStaff } from '../access/policy';
import type { SpaceKind } from '../access/policy';
import { DomainError } from '../common/domain-error';
import type { Tx } from '../database/transactions';
import { PeopleAccess } from '../users/people-access';
import type { AlertContextEntry, AlertWhere, ContentStatus, TargetType } from '../contract';

/** What moderation needs to know about a message, post, thread or user. */
export interface TargetInfo {
  type: TargetType;
  id: string;
  /** Whose content it is (for a user target: the user). */
  authorId: string | null;
  cohortId: string | null;
  spaceKind: SpaceKind | null;
  /** Room or board, for access checks. */
  spaceId: string | null;
  status: ContentStatus | null;
  /** A short excerpt for the moderator's preview; never logged. */
  excerpt: string;
  contentWarning: string | null;
}

/** A change moderation made to content, announced once its transaction has committed. */
export interface TargetChange {
  type: TargetType;
  id: string;
  /** Status before and after, when it changed. */
  from?: ContentStatus | null;
  to?: ContentStatus;
  contentWarning?: boolean;
}

/**
 * Content features (rooms, forums) register how to look up and change their
 * content; moderation changes content only through these, so it never imports
 * another feature's services. Changes are made inside moderation's transaction;
 * `announce` runs after it commits, so live updates never show uncommitted state
 * (a hidden message disappears from open rooms, held content appears when approved).
 */
export interface TargetHandler {
  load(id: string, tx?: Tx): Promise<TargetInfo | undefined>;
  setStatus(id: string, status: ContentStatus, tx?: Tx): Promise<void>;
  setContentWarning(id: string, contentWarning: string, tx?: Tx): Promise<void>;
  announce(change: TargetChange): Promise<void>;
  /**
   * Where the content is, and the `around` visible messages or posts before and
   * after it, in order (hidden, held and removed ones left out), for staff
   * opening a crisis alert.
   */
  context?(id: string, around: number): Promise<TargetContext | undefined>;
}

export interface TargetContext {
  where: AlertWhere;
  entries: AlertContextEntry[];
}

@Injectable()
export class ModerationTargets {
  private readonly logger = new Logger('ModerationTargets');
  private readonly handlers = new Map<TargetType, TargetHandler>();

  constructor(
    private readonly access: AccessService,
    private readonly people: PeopleAccess,
  ) {}

  register(type: TargetType, handler: TargetHandler): void {
    this.handlers.set(type, handler);
  }

  handler(type: TargetType): TargetHandler {
    const handler = this.handlers.get(type);
    if (!handler) {
      throw new DomainError('invalid', `targetType ${type} cannot be moderated here`);
    }
    return handler;
  }

  async load(type: TargetType, id: string, tx?: Tx): Promise<TargetInfo | undefined> {
    return this.handler(type).load(id, tx);
  }

  /** Where the content is and what was said around it (see TargetHandler.context). */
  async context(type: TargetType, id: string, around: number): Promise<TargetContext | undefined> {
    return this.handlers.get(type)?.context?.(id, around);
  }

  /** The target as the caller may see it (to flag or hide it): anything they cannot read is "not found". */
  async visibleTo(user: AuthUser, type: TargetType, id: string): Promise<TargetInfo> {
    if (type === 'user') {
      await this.people.requireVisible(user, id);
    }
    const target = await this.load(type, id);
    const what = type === 'user' ? 'User' : type[0].toUpperCase() + type.slice(1);
    if (!target) {
      throw new DomainError('not_found', `${what} not found`);
    }
    if (type !== 'user') {
      await this.access.requireSpace(
        user,
        { kind: target.spaceKind ?? 'community', cohortId: target.cohortId },
        'read',
        what,
      );
      if (
        target.status === 'removed' ||
        (target.status === 'pending' && target.authorId !== user.id && !isStaff(user))
      ) {
        throw new DomainError('not_found', `${what} not found`);
      }
    }
    return target;
  }

  /** Sets a status inside the caller's transaction and notes the change for `announce`. */
  async setStatus(
    changes: TargetChange[],
    type: TargetType,
    id: string,
    from: ContentStatus | null,
    to: ContentStatus,
    tx: Tx,
  ): Promise<void> {
    await this.handler(type).setStatus(id, to, tx);
    changes.push({ type, id, from, to });
  }

  async setContentWarning(
    changes: TargetChange[],
    type: TargetType,
    id: string,
    contentWarning: string,
    tx: Tx,
  ): Promise<void> {
    await this.handler(type).setContentWarning(id, contentWarning, tx);
    changes.push({ type, id, contentWarning: true });
  }

  /** After commit: each feature shows the changes live. A failure here never undoes the decision. */
  async announce(changes: TargetChange[]): Promise<void> {
    for (const change of changes) {
      try {
        await this.handler(change.type).announce(change);
      } catch (error) {
        this.logger.error(`announcing a ${change.type} change failed: ${(error as Error).message}`);
      }
    }
  }
}
