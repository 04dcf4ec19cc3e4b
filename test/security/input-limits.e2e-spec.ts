import type { Socket } from 'socket.io-client';
import { TestCohort, TestContext, TestUser } from '../support/context';
import { ack, connectSocket } from '../support/sockets';
import { deepArray, deepObject } from './payloads';

const STACK_TRACE = /"stack"|\\n\s+at |\n\s+at /;

describe('deeply nested JSON', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let member: TestUser;
  let socket: Socket;

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    member = await ctx.newMember({ cohort });
    socket = await connectSocket(ctx.t.baseUrl, member.accessToken);
  });
  afterAll(async () => {
    socket.close();
    await ctx.close();
  });

  it('refuses a body nested deeper than 32 levels with a 400 saying so, signed in or not, never a 500', async () => {
    const message = (
      await ctx.t.post(
        `/api/rooms/${cohort.roomId}/messages`,
        { clientMsgId: 'deep-1', body: 'hello' },
        member.accessToken,
      )
    ).body;
    const cases: [string, string, string, string | undefined][] = [
      ['POST', '/api/auth/login', `{"email":${deepArray(30000)},"password":"x"}`, undefined],
      ['POST', '/api/auth/refresh', deepObject(10000), undefined],
      ['POST', '/api/auth/register', `{"email":${deepArray(30000)}}`, undefined],
      ['POST', '/api/flags', `{"note":${deepArray(33)}}`, member.accessToken],
      ['PATCH', `/api/messages/${message.id}`, `{"body":${deepArray(20000)}}`, member.accessToken],
    ];
    for (const [method, path, body, token] of cases) {
      const res = await ctx.t.request(method as 'POST', path, body, token);
      expect({ path, status: res.status, message: res.body.message }).toEqual({
        path,
        status: 400,
        message: expect.stringMatching(/nested too deeply.*32/),
      });
    }
    expect(ctx.t.logs()).not.toMatch(STACK_TRACE);
  });

  it('lets 32 levels through to validation, which answers with field messages', async () => {
    const res = await ctx.t.request('POST', '/api/auth/login', `{"email":${deepArray(31)},"password":"x"}`);
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual(expect.arrayContaining(['email must be a string']));
  });

  it('answers a socket payload nested deeper than 32 levels with an invalid ack and keeps the socket', async () => {
    for (const event of ['message:send', 'message:edit', 'sync', 'room:join']) {
      const reply = await ack(socket, event, { roomId: cohort.roomId, body: JSON.parse(deepArray(1500)) });
      expect({ event, reply }).toEqual({
        event,
        reply: {
          ok: false,
          error: expect.objectContaining({ code: 'invalid', message: expect.stringMatching(/nested too deeply/) }),
        },
      });
    }
    expect(socket.connected).toBe(true);
    expect((await ack(socket, 'room:join', { roomId: cohort.roomId })).ok).toBe(true);
    expect(ctx.t.logs()).not.toMatch(STACK_TRACE);
  });
});

describe('null where a field is optional', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let member: TestUser;
  let socket: Socket;

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    member = await ctx.newMember({ cohort });
    socket = await connectSocket(ctx.t.baseUrl, member.accessToken);
  });
  afterAll(async () => {
    socket.close();
    await ctx.close();
  });

  const send = async (clientMsgId: string) =>
    (
      await ctx.t.post(
        `/api/rooms/${cohort.roomId}/messages`,
        { clientMsgId, body: 'Sunday was hard', contentWarning: 'low mood' },
        member.accessToken,
      )
    ).body as { id: string };

  it('refuses `body: null` on an edit with a 400 naming the field, over REST and the socket', async () => {
    const message = await send('null-1');
    const rest = await ctx.t.patch(`/api/messages/${message.id}`, { body: null }, member.accessToken);
    expect(rest.status).toBe(400);
    expect(rest.body.message).toEqual(expect.arrayContaining(['body must be a string']));
    const reply = await ack(socket, 'message:edit', { messageId: message.id, body: null });
    expect(reply).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'invalid', details: expect.arrayContaining(['body must be a string']) }),
    });
    const thread = await ctx.t.post(
      `/api/boards/${cohort.boardId}/threads`,
      { title: 'Sundays', body: 'How do you manage?' },
      member.accessToken,
    );
    expect((await ctx.t.patch(`/api/threads/${thread.body.id}`, { title: null }, member.accessToken)).status).toBe(400);
    expect(ctx.t.logs()).not.toMatch(STACK_TRACE);
  });

  it('takes `contentWarning: null` as its documented meaning: the warning is cleared', async () => {
    const message = await send('null-2');
    const cleared = await ctx.t.patch(`/api/messages/${message.id}`, { contentWarning: null }, member.accessToken);
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ body: 'Sunday was hard', contentWarning: null });
  });
});
