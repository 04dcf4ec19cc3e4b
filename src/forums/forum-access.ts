import { Injectable } from '@nestjs/common';
import { AccessService, Space } from '../access/access.service';
import { isStaff } from '../access/policy';
import type { AuthUser } from '../access/auth-user';
import type { SpaceAction } from '../access/policy';
import { DomainError } from '../common/domain-error';
import { SanctionsService } from '../sanctions/sanctions.service';
import type { Board } from './board.entity';
import { BoardsRepository } from './boards.repository';
import type { Viewer } from './forums.views';
import { ThreadRecord, ThreadsRepository } from './threads.repository';
import type { ContentStatus } from '../contract';

export const spaceOf = (board: { scope: Board['scope']; cohortId: string | null }): Space => ({
  kind: board.scope,
  cohortId: board.cohortId,
});

/**
 * Every forum access decision goes through here (and so through AccessService):
 * a board or thread the caller may not read answers 404, as if it did not exist.
 */
@Injectable()
export class ForumAccess {
  constructor(
    private readonly access: AccessService,
    private readonly boards: BoardsRepository,
    private readonly threads: ThreadsRepository,
    private readonly sanctions: SanctionsService,
  ) {}

  async requireBoard(user: AuthUser, boardId: string, action: SpaceAction): Promise<{ board: Board; viewer: Viewer }> {
    const board = await this.boards.findById(boardId);
    if (!board) {
      throw new DomainError('not_found', 'Board not found');
    }
    await this.access.requireSpace(user, spaceOf(board), 'read', 'Board');
    if (action !== 'read') {
      await this.access.requireSpace(user, spaceOf(board), action, 'Board');
      await this.sanctions.assertCanPost(user.id);
    }
    return { board, viewer: await this.viewer(user, spaceOf(board)) };
  }

  /** The thread if the caller may read it (a pending thread only for its author and staff), else 404. */
  async requireThread(
    user: AuthUser,
    thread: ThreadRecord | string | null,
    action: SpaceAction = 'read',
  ): Promise<{ thread: ThreadRecord; viewer: Viewer }> {
    const record = typeof thread === 'string' ? await this.threads.findRecord(thread) : thread;
    if (!record) {
      throw new DomainError('not_found', 'Thread not found');
    }
    const space = spaceOf(record);
    await this.access.requireSpace(user, space, 'read', 'Thread');
    const viewer = await this.viewer(user, space);
    if (!this.mayOpen(record.status, record.authorId, viewer)) {
      throw new DomainError('not_found', 'Thread not found');
    }
    if (action !== 'read') {
      await this.access.requireSpace(user, space, action, 'Thread');
      // A muted person is told why and for how long (sanctions bite on every write).
      await this.sanctions.assertCanPost(user.id);
    }
    return { thread: record, viewer };
  }

  /** Whether the caller may read the thread now (for re-checking live watchers). */
  async canReadThread(user: AuthUser, threadId: string): Promise<boolean> {
    try {
      await this.requireThread(user, threadId);
      return true;
    } catch (error) {
      if (error instanceof DomainError) {
        return false;
      }
      throw error;
    }
  }

  /** Pin, lock, edit or remove others' content, see hidden content and edit history: staff who moderate the board. */
  requireBoardStaff(viewer: Viewer): void {
    if (!viewer.seesAll) {
      throw new DomainError('forbidden', 'Only staff who moderate this board may do this', 'staff_only');
    }
  }

  mayOpen(status: ContentStatus, authorId: string, viewer: Viewer): boolean {
    return status !== 'pending' || viewer.seesAll || viewer.id === authorId;
  }

  private async viewer(user: AuthUser, space: Space): Promise<Viewer> {
    // Peer mentors may hide pending review (issue 6) but never read what staff hid or removed.
    const seesAll = isStaff(user) && (await this.access.canInSpace(user, space, 'moderate'));
    return { id: user.id, seesAll };
  }
}
