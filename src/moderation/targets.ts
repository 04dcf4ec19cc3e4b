import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SpaceKind } from '../access/policy';
import { DomainError } from '../common/domain-error';
import type { ContentStatus, TargetType } from '../contract';

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
  load(id: string, manager?: EntityManager): Promise<TargetInfo | undefined>;
  setStatus(id: string, status: ContentStatus, manager?: EntityManager): Promise<void>;
  setContentWarning(id: string, contentWarning: string, manager?: EntityManager): Promise<void>;
  announce(change: TargetChange): Promise<void>;
}

@Injectable()
export class ModerationTargets {
  private readonly logger = new Logger('ModerationTargets');
  private readonly handlers = new Map<TargetType, TargetHandler>();

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

  async load(type: TargetType, id: string, manager?: EntityManager): Promise<TargetInfo | undefined> {
    return this.handler(type).load(id, manager);
  }

  /** Sets a status inside the caller's transaction and notes the change for `announce`. */
  async setStatus(
    manager: EntityManager,
    changes: TargetChange[],
    type: TargetType,
    id: string,
    from: ContentStatus | null,
    to: ContentStatus,
  ): Promise<void> {
    await this.handler(type).setStatus(id, to, manager);
    changes.push({ type, id, from, to });
  }

  async setContentWarning(
    manager: EntityManager,
    changes: TargetChange[],
    type: TargetType,
    id: string,
    contentWarning: string,
  ): Promise<void> {
    await this.handler(type).setContentWarning(id, contentWarning, manager);
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
