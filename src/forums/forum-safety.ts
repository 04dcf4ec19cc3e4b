import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import type { TargetInfo } from '../moderation/targets';
import { ContentSafetyService } from '../safety/content-safety.service';
import type { ScreenVerdict } from '../safety/screen';
import type { BoardScope, ContentStatus, Signpost } from '../contract';

export interface ScreenedForumContent<K extends string> {
  texts: Record<K, string>;
  status: ContentStatus;
  verdict: ScreenVerdict;
}

/** The content pipeline, as threads and posts use it (ContentSafetyService does the work). */
@Injectable()
export class ForumSafety {
  constructor(private readonly safety: ContentSafetyService) {}

  screen<K extends string>(fields: Record<K, string>): Promise<ScreenedForumContent<K>> {
    return this.safety.screenFields(fields);
  }

  /** Inside the write's transaction: review items and a crisis alert for what the screen found. */
  record(
    tx: Tx,
    target: {
      type: 'post' | 'thread';
      id: string;
      authorId: string;
      boardId: string;
      scope: BoardScope;
      cohortId: string | null;
      excerpt: string;
      /** A post's thread (for the care team's link to it in place). */
      threadId?: string;
    },
    screened: { status: ContentStatus; verdict: ScreenVerdict },
  ): Promise<{ signpost?: Signpost; announce: () => Promise<void> }> {
    const info: TargetInfo & { type: 'post' | 'thread'; threadId?: string } = {
      type: target.type,
      id: target.id,
      authorId: target.authorId,
      cohortId: target.cohortId,
      spaceKind: target.scope,
      spaceId: target.boardId,
      status: screened.status,
      excerpt: target.excerpt.slice(0, 200),
      contentWarning: null,
      ...(target.threadId ? { threadId: target.threadId } : {}),
    };
    return this.safety.record(tx, info, {
      status: screened.status === 'pending' ? 'pending' : 'visible',
      verdict: screened.verdict,
    });
  }
}

/** A write's answer carries crisis resources when its words read as a crisis (shown to the author at once). */
export function withSignpost<T extends object>(view: T, signpost: Signpost | undefined): T & { signpost?: Signpost } {
  return signpost ? { ...view, signpost } : view;
}
