import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SpaceKind } from '../access/policy';
import { DomainError } from '../common/domain-error';
import type { TargetType } from './review-item.entity';

export type ContentStatus = 'visible' | 'pending' | 'hidden' | 'removed';

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

/**
 * Content features (rooms, forums) register how to look up and change their
 * content; moderation changes content only through these, so it never imports
 * another feature's services (and they, in turn, emit their own live updates).
 */
export interface TargetHandler {
  load(id: string, manager?: EntityManager): Promise<TargetInfo | undefined>;
  setStatus(id: string, status: ContentStatus, manager?: EntityManager): Promise<void>;
  setContentWarning(id: string, contentWarning: string, manager?: EntityManager): Promise<void>;
}

@Injectable()
export class ModerationTargets {
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
}
