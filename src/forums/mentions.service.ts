import { Injectable, Logger } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import { NotificationsService } from '../notifications/notifications.service';
import { UsersRepository } from '../users/users.repository';
import { mentionCandidates, resolveMentions } from './mentions';
import type { BoardScope, Role } from '../contract';

const EXCERPT = 140;

export interface MentionContext {
  author: Pick<AuthUser, 'id'>;
  board: { scope: BoardScope; cohortId: string | null };
  threadId: string;
  postId: string | null;
  text: string;
  /** On an edit: the text before, whose mentions were already notified. */
  previousText?: string;
}

/**
 * `@name` in visible content notifies that person, but only if they can read the
 * thread. Nothing is said back to the author either way, so a mention never
 * reveals whether a name exists or where someone belongs.
 */
@Injectable()
export class MentionsService {
  private readonly logger = new Logger('Mentions');

  constructor(
    private readonly users: UsersRepository,
    private readonly access: AccessService,
    private readonly notifications: NotificationsService,
  ) {}

  async notify(context: MentionContext): Promise<void> {
    try {
      await this.notifyReaders(context);
    } catch (error) {
      // The post is published either way; a lost notification must not fail it.
      this.logger.error({ code: (error as { code?: string }).code }, 'mention notifications failed');
    }
  }

  private async notifyReaders(context: MentionContext): Promise<void> {
    const found = mentionCandidates(context.text);
    if (found.all.length === 0) {
      return;
    }
    const people = await this.users.byLowerDisplayNames(found.all, context.author.id);
    const named = new Set(resolveMentions(found, new Set(people.map((p) => p.name))));
    if (context.previousText !== undefined) {
      const before = mentionCandidates(context.previousText);
      for (const name of resolveMentions(before, new Set(people.map((p) => p.name)))) {
        named.delete(name);
      }
    }
    const recipients: string[] = [];
    for (const person of people.filter((p) => named.has(p.name))) {
      if (await this.canRead(person, context.board)) {
        recipients.push(person.id);
      }
    }
    if (recipients.length === 0) {
      return;
    }
    await this.notifications.mention({
      userIds: recipients,
      actorId: context.author.id,
      threadId: context.threadId,
      postId: context.postId,
      excerpt: excerptOf(context.text),
    });
  }

  private async canRead(person: { id: string; role: Role }, board: MentionContext['board']): Promise<boolean> {
    const spaces = await this.access.visibleSpaces(person);
    if (board.scope === 'cohort') {
      return spaces.cohortIds === 'all' || (board.cohortId !== null && spaces.cohortIds.includes(board.cohortId));
    }
    return spaces.kinds.includes(board.scope);
  }
}

/** A short, single-line excerpt for the in-app list (never leaves the app). */
export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT ? flat : `${flat.slice(0, EXCERPT - 1).trimEnd()}…`;
}
