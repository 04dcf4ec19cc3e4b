import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { ForumAccess } from './forum-access';
import { ThreadsRepository } from './threads.repository';
import type { MyWritingItem } from '../contract';

const LIMIT = 500;

/**
 * What I wrote on the boards, readable to me wherever it is: after a step-down a
 * person no longer opens their old group's board, but their own words stay theirs
 * to read (PRODUCT.md: history they wrote stays). Read-only; nobody else's words.
 */
@ApiTags('forums')
@ApiBearerAuth()
@Controller('me')
export class MyWritingController {
  constructor(
    private readonly threads: ThreadsRepository,
    private readonly access: ForumAccess,
  ) {}

  // Like an export, one's own words are readable before new terms are accepted (a step-down brings the alumni terms).
  @Authenticated('any', { onboarding: true })
  @Get('posts')
  @ApiOperation({ summary: 'My own threads and posts, newest first, read-only, including boards I can no longer open' })
  async mine(@CurrentUser() user: AuthUser): Promise<MyWritingItem[]> {
    const rows = await this.threads.writingOf(user.id, LIMIT);
    const openable = new Map<string, boolean>();
    for (const threadId of new Set(rows.map((r) => r.thread_id))) {
      openable.set(threadId, await this.access.canReadThread(user, threadId));
    }
    return rows.map((r) => ({
      kind: r.kind,
      id: r.id,
      threadId: r.thread_id,
      threadTitle: r.thread_title,
      boardName: r.board_name,
      body: r.status === 'removed' ? null : r.body,
      contentWarning: r.content_warning,
      status: r.status,
      createdAt: r.created_at.toISOString(),
      editedAt: r.edited_at?.toISOString() ?? null,
      canOpen: openable.get(r.thread_id) ?? false,
    }));
  }
}
