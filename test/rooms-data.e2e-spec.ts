import { randomUUID } from 'node:crypto';
import { RetentionService } from '../src/retention/retention.service';
import { TestCohort, TestContext, TestUser } from './support/context';

/** Chat messages as personal data: export, deletion and the retention limit. */
describe('chat data', () => {
  let ctx: TestContext;
  let cohort: TestCohort;

  beforeAll(async () => {
    ctx = await TestContext.start({ CHAT_RETENTION_DAYS: '30' });
    cohort = await ctx.newCohort();
  });
  afterAll(() => ctx.close());

  async function say(user: TestUser, body: string, clientMsgId: string = randomUUID()): Promise<any> {
    const res = await ctx.t.post(`/api/rooms/${cohort.roomId}/messages`, { clientMsgId, body }, user.accessToken);
    expect(res.status).toBe(201);
    return res.body;
  }

  it('exports my messages, my edits and my read markers', async () => {
    const member = await ctx.newMember({ cohort });
    const sent = await say(member, 'my words in the group');
    await ctx.t.patch(`/api/messages/${sent.id}`, { body: 'my edited words' }, member.accessToken);
    await ctx.t.post(`/api/rooms/${cohort.roomId}/read`, { seq: sent.seq }, member.accessToken);
    const data = (await ctx.t.get('/api/me/export', member.accessToken)).body;
    expect(data.messages).toEqual([
      expect.objectContaining({ id: sent.id, room: 'Group chat', body: 'my edited words', status: 'visible' }),
    ]);
    expect(data.messageEdits).toEqual([
      expect.objectContaining({ message_id: sent.id, previous_body: 'my words in the group' }),
    ]);
    expect(data.readMarkers).toEqual([
      expect.objectContaining({ room: 'Group chat', last_read_seq: String(sent.seq) }),
    ]);
  });

  it('purges my messages and their history on request; the room keeps its numbering', async () => {
    const member = await ctx.newMember({ cohort });
    const other = await ctx.newMember({ cohort });
    const mine = await say(member, 'something I regret');
    await ctx.t.patch(`/api/messages/${mine.id}`, { body: 'something I regret, edited' }, member.accessToken);
    const theirs = await say(other, 'a reply from someone else');
    expect(
      (await ctx.t.delete('/api/me', { password: member.password, purgeContent: true }, member.accessToken)).status,
    ).toBe(204);
    expect(await ctx.t.query(`SELECT body, status FROM messages WHERE id = $1`, [mine.id])).toEqual([
      { body: '[removed]', status: 'removed' },
    ]);
    expect(await ctx.t.query(`SELECT 1 FROM message_edits WHERE message_id = $1`, [mine.id])).toEqual([]);
    const history = (await ctx.t.get(`/api/rooms/${cohort.roomId}/messages?after=${mine.seq - 1}`, other.accessToken))
      .body as any[];
    expect(history.map((m) => [m.seq, m.status, m.body])).toEqual([
      [mine.seq, 'removed', null],
      [theirs.seq, 'visible', 'a reply from someone else'],
    ]);
  });

  it('keeps words under "Former member" when a person leaves without purging', async () => {
    const member = await ctx.newMember({ cohort });
    const other = await ctx.newMember({ cohort });
    const kept = await say(member, 'words that stay');
    expect((await ctx.t.delete('/api/me', { password: member.password }, member.accessToken)).status).toBe(204);
    const history = (await ctx.t.get(`/api/rooms/${cohort.roomId}/messages?after=${kept.seq - 1}`, other.accessToken))
      .body as any[];
    expect(history[0]).toMatchObject({
      body: 'words that stay',
      author: { id: member.id, displayName: 'Former member' },
    });
  });

  it('removes exactly the messages older than CHAT_RETENTION_DAYS, except those under open review', async () => {
    const member = await ctx.newMember({ cohort });
    const peer = await ctx.newMember({ cohort });
    const old1 = await say(member, 'old one');
    const old2 = await say(member, 'old two');
    const reported = await say(member, 'old and reported');
    const edge = await say(member, 'just inside the limit');
    const fresh = await say(member, 'fresh');
    await ctx.t.patch(`/api/messages/${old1.id}`, { body: 'old one, edited' }, member.accessToken);
    await ctx.t.query(`UPDATE messages SET created_at = now() - interval '31 days' WHERE id = ANY($1)`, [
      [old1.id, old2.id, reported.id],
    ]);
    await ctx.t.query(`UPDATE messages SET created_at = now() - interval '29 days 23 hours' WHERE id = $1`, [edge.id]);
    const flag = await ctx.t.post(
      '/api/flags',
      { targetType: 'message', targetId: reported.id, reason: 'harassment' },
      peer.accessToken,
    );
    expect(flag.status).toBe(201);

    const retention = ctx.t.app.get(RetentionService);
    expect(await retention.purgeExpired()).toBe(2);
    const left = await ctx.t.query<{ id: string }>(`SELECT id FROM messages WHERE id = ANY($1)`, [
      [old1.id, old2.id, reported.id, edge.id, fresh.id],
    ]);
    expect(left.map((r) => r.id).sort()).toEqual([reported.id, edge.id, fresh.id].sort());
    expect(await ctx.t.query(`SELECT 1 FROM message_edits WHERE message_id = $1`, [old1.id])).toEqual([]);
    // Idempotent: running again removes nothing more.
    expect(await retention.purgeExpired()).toBe(0);
    const audit = await ctx.t.query(`SELECT details FROM audit_log WHERE action = 'retention.messages_deleted'`);
    expect(audit).toEqual([{ details: { count: 2, olderThanDays: 30 } }]);
    // The room's numbering is untouched: new messages keep counting up.
    const after = await say(member, 'after the purge');
    expect(after.seq).toBe(fresh.seq + 1);
  });
});
