import type { TestContext, TestUser } from './context';

/** The board of a scope that exists from the start (community, alumni, staff). */
export async function boardOf(ctx: TestContext, scope: 'community' | 'alumni' | 'staff'): Promise<string> {
  const [row] = await ctx.t.query<{ id: string }>(
    `SELECT id FROM boards WHERE scope = $1 ORDER BY created_at LIMIT 1`,
    [scope],
  );
  return row.id;
}

/** Starts a thread over HTTP and returns it (fails the test on anything but 201). */
export async function startThread(
  ctx: TestContext,
  user: TestUser,
  boardId: string,
  content: { title?: string; body?: string; contentWarning?: string } = {},
): Promise<any> {
  const res = await ctx.t.post(
    `/api/boards/${boardId}/threads`,
    { title: content.title ?? 'A thread to talk in', body: content.body ?? 'Opening words', ...content },
    user.accessToken,
  );
  if (res.status !== 201) {
    throw new Error(`start thread: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body;
}

export async function reply(
  ctx: TestContext,
  user: TestUser,
  threadId: string,
  body: string,
  parentId?: string,
): Promise<any> {
  const res = await ctx.t.post(
    `/api/threads/${threadId}/posts`,
    { body, ...(parentId ? { parentId } : {}) },
    user.accessToken,
  );
  if (res.status !== 201) {
    throw new Error(`reply: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body;
}
