import type { PostView, ReactionView } from '@hearth/contract';

/** Replies render nested up to this depth; deeper ones continue on their own page. */
export const DEPTH_CAP = 5;

/** Puts a new post where the server's tree order would: after the last reply under its parent. */
export function insertPost(posts: PostView[], post: PostView): PostView[] {
  if (posts.some((p) => p.id === post.id)) {
    return posts;
  }
  if (!post.parentId) {
    return [...posts, post];
  }
  const at = posts.findIndex((p) => p.id === post.parentId);
  if (at === -1) {
    return [...posts, post];
  }
  let end = at + 1;
  while (end < posts.length && posts[end].depth > posts[at].depth) {
    end++;
  }
  return [...posts.slice(0, end), post, ...posts.slice(end)];
}

/** A live update carries no reactedByMe: keep what this reader knew. */
export function mergePost(posts: PostView[], update: PostView): PostView[] {
  return posts.map((p) =>
    p.id === update.id ? { ...update, reactions: mergeReactions(p.reactions, update.reactions) } : p,
  );
}

function mergeReactions(mine: ReactionView[], update: ReactionView[]): ReactionView[] {
  return update.map((r) => ({
    ...r,
    reactedByMe: r.reactedByMe ?? mine.find((m) => m.kind === r.kind)?.reactedByMe ?? false,
  }));
}

export function childrenOf(posts: PostView[]): Map<string | null, PostView[]> {
  const map = new Map<string | null, PostView[]>();
  for (const post of posts) {
    const list = map.get(post.parentId) ?? [];
    list.push(post);
    map.set(post.parentId, list);
  }
  return map;
}

export function countDescendants(children: Map<string | null, PostView[]>, id: string): number {
  return (children.get(id) ?? []).reduce((n, child) => n + 1 + countDescendants(children, child.id), 0);
}
