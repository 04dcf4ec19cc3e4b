import { REACTION_KINDS } from '../contract';
import type { ContentStatus, PersonRef, ReactionKind, ReactionView } from '../contract';

/** Who is looking: staff who moderate the board see everything; others see what the status rules allow. */
export interface Viewer {
  id: string;
  seesAll: boolean;
}

export const FORMER_MEMBER = 'Former member';

/** Whether the viewer may read the words of content in this status. */
export function showsContent(status: ContentStatus, viewer: Viewer | null, authorId: string): boolean {
  switch (status) {
    case 'visible':
      return true;
    case 'pending':
      return viewer !== null && (viewer.seesAll || viewer.id === authorId);
    case 'hidden':
    case 'removed':
      return viewer?.seesAll === true;
  }
}

export function authorView(id: string, displayName: string, userStatus: string): PersonRef {
  return { id, displayName: userStatus === 'deleted' ? FORMER_MEMBER : displayName };
}

export function reactionViews(
  counts: Map<ReactionKind, { count: number; mine: boolean }> | undefined,
  withMine: boolean,
): ReactionView[] {
  return REACTION_KINDS.map((kind) => {
    const found = counts?.get(kind);
    const view: ReactionView = { kind, count: found?.count ?? 0 };
    if (withMine) {
      view.reactedByMe = found?.mine ?? false;
    }
    return view;
  });
}

export const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
