import { randomUUID } from 'node:crypto';
import type { AuthUser } from '../src/access/auth-user';
import { DomainError } from '../src/common/domain-error';
import type { ScreenedContent } from '../src/safety/content-safety.service';
import { ContentSafetyService } from '../src/safety/content-safety.service';
import type { NewMessage } from '../src/rooms/messages.repository';
import { MessagesService } from '../src/rooms/messages.service';
import { TestCohort, TestContext } from './support/context';
import type { MessageView } from '../src/contract';

/**
 * A send takes one of two routes (messages.service.ts): the one statement
 * (INSERT_IF_CLEAR, each rule in SQL) or the checked route (each rule in
 * TypeScript). For every combination of the rules' inputs, `send` — which
 * tries the one statement first — and the checked route alone must give the
 * same answer, and the one statement must store exactly when every rule is clear.
 */
type Account = 'active' | 'suspended' | 'suspension over' | 'banned' | 'deleted';
const ACCOUNTS: Account[] = ['active', 'suspended', 'suspension over', 'banned', 'deleted'];

interface Case {
  account: Account;
  muted: boolean;
  slowMode: boolean;
  resend: boolean;
}

const CASES: Case[] = ACCOUNTS.flatMap((account) =>
  [false, true].flatMap((muted) =>
    [false, true].flatMap((slowMode) => [false, true].map((resend) => ({ account, muted, slowMode, resend }))),
  ),
);

type Answer =
  | { ok: true; resent: boolean; body: string | null; status: string; ownClientMsgId: boolean }
  | { ok: false; kind: string; code: string | undefined };

/** What the rules say, written out: the routes must agree with each other and with this. */
function expected(c: Case): Answer {
  switch (c.account) {
    case 'deleted':
      return { ok: false, kind: 'unauthorized', code: 'session_ended' };
    case 'banned':
      return { ok: false, kind: 'unauthorized', code: 'account_banned' };
    case 'suspended':
      return { ok: false, kind: 'unauthorized', code: 'account_suspended' };
    case 'active':
    case 'suspension over':
      if (c.resend) {
        return { ok: true, resent: true, body: 'earlier', status: 'visible', ownClientMsgId: true };
      }
      if (c.muted) {
        return { ok: false, kind: 'forbidden', code: 'muted' };
      }
      if (c.slowMode) {
        return { ok: false, kind: 'rate_limited', code: 'slow_mode' };
      }
      return { ok: true, resent: false, body: 'now', status: 'visible', ownClientMsgId: true };
  }
}

/** The routes, reached past `send` so that each can be forced. */
interface Routes {
  sendChecked(user: AuthUser, message: NewMessage, screened: ScreenedContent): Promise<MessageView>;
}

describe('the two routes of a chat send', () => {
  let ctx: TestContext;
  let plain: TestCohort;
  let slow: TestCohort;
  let service: MessagesService;
  let routes: Routes;

  beforeAll(async () => {
    ctx = await TestContext.start();
    [plain, slow] = [await ctx.newCohort(), await ctx.newCohort()];
    await ctx.t.query(`UPDATE rooms SET slow_mode_seconds = 300 WHERE id = $1`, [slow.roomId]);
    service = ctx.t.app.get(MessagesService);
    routes = service as unknown as Routes;
  });
  afterAll(() => ctx.close());

  /** A member of the case's room who sent one message ("earlier") and is then in the case's state. */
  async function author(c: Case): Promise<{ user: AuthUser; roomId: string; earlier: MessageView }> {
    const cohort = c.slowMode ? slow : plain;
    const member = await ctx.newMember({ cohort });
    const user: AuthUser = {
      id: member.id,
      displayName: member.displayName,
      role: 'member',
      sessionId: member.sessionId,
      termsAudience: 'member',
      termsRequired: false,
      mfaSetupRequired: false,
    };
    const earlier = await service.send(user, cohort.roomId, { clientMsgId: randomUUID(), body: 'earlier' });
    const status = {
      active: ['active', null],
      suspended: ['suspended', `now() + interval '1 day'`],
      'suspension over': ['suspended', `now() - interval '1 minute'`],
      banned: ['banned', null],
      deleted: ['deleted', null],
    }[c.account];
    await ctx.t.query(`UPDATE users SET status = $2, status_until = ${status[1] ?? 'NULL'} WHERE id = $1`, [
      member.id,
      status[0],
    ]);
    if (c.muted) {
      await ctx.t.query(
        `INSERT INTO sanctions (user_id, kind, reason, ends_at) VALUES ($1, 'mute', 'Cooling off', now() + interval '30 minutes')`,
        [member.id],
      );
    }
    return { user, roomId: cohort.roomId, earlier };
  }

  async function answerOf(run: () => Promise<MessageView>, earlier: MessageView, clientMsgId: string): Promise<Answer> {
    try {
      const view = await run();
      return {
        ok: true,
        resent: view.id === earlier.id,
        body: view.body,
        status: view.status,
        ownClientMsgId: view.clientMsgId === clientMsgId,
      };
    } catch (error) {
      if (error instanceof DomainError) {
        return { ok: false, kind: error.kind, code: error.code };
      }
      throw error;
    }
  }

  const title = (c: Case): string =>
    `account ${c.account}, ${c.muted ? 'muted' : 'not muted'}, slow mode ${c.slowMode ? 'on' : 'off'}, ${c.resend ? 'a resend' : 'a new message'}`;

  it.each(CASES.map((c) => [title(c), c] as const))('%s: both routes give the same answer', async (_, c) => {
    const [first, second] = [await author(c), await author(c)];
    const body = 'now';
    const clientMsgIdOf = (a: { earlier: MessageView }): string => (c.resend ? a.earlier.clientMsgId! : randomUUID());

    // `send`: the one statement first; the checked route only for what it holds back.
    const checkedSpy = jest.spyOn(routes, 'sendChecked');
    const firstId = clientMsgIdOf(first);
    let viaSend: Answer;
    let oneStatementStored: boolean;
    try {
      viaSend = await answerOf(
        () => service.send(first.user, first.roomId, { clientMsgId: firstId, body }),
        first.earlier,
        firstId,
      );
      oneStatementStored = checkedSpy.mock.calls.length === 0;
    } finally {
      checkedSpy.mockRestore();
    }

    // The checked route alone.
    const secondId = clientMsgIdOf(second);
    const screened = await ctx.t.app.get(ContentSafetyService).screen(body);
    const message: NewMessage = {
      roomId: second.roomId,
      authorId: second.user.id,
      clientMsgId: secondId,
      body: screened.text,
      contentWarning: null,
      status: screened.status,
    };
    const viaChecked = await answerOf(
      () => routes.sendChecked(second.user, message, screened),
      second.earlier,
      secondId,
    );

    expect(viaSend).toEqual(viaChecked);
    expect(viaChecked).toEqual(expected(c));
    const clear = c.account === 'active' && !c.muted && !c.slowMode && !c.resend;
    expect({ oneStatementStored }).toEqual({ oneStatementStored: clear });
    // Each author holds exactly what the answer says was stored.
    for (const [who, answer] of [
      [first, viaSend],
      [second, viaChecked],
    ] as const) {
      const [{ count }] = await ctx.t.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM messages WHERE author_id = $1`,
        [who.user.id],
      );
      expect(count).toBe(answer.ok && !answer.resent ? 2 : 1);
    }
  });
});
