import type { MessageRow } from './rooms.views';
import { SendBatches } from './send-batches';
import type { ClearSend, ClearSendResult } from './send-batches';

const sendTo = (roomId: string, body: string): ClearSend => ({
  message: { roomId, authorId: 'a', clientMsgId: body, body, contentWarning: null, status: 'visible' },
  writable: ['cohort:member'],
});

const stored = (send: ClearSend): ClearSendResult => ({
  row: { room_id: send.message.roomId, body: send.message.body } as MessageRow,
  room: {
    id: send.message.roomId,
    kind: 'cohort',
    name: 'Group chat',
    cohortName: null,
    cohortId: null,
    lastSeq: 0,
    slowModeSeconds: 0,
    relation: 'member',
  },
  separated: [],
});

/** A fake PostgreSQL: records each statement's sends; answers when told to. */
function database() {
  const statements: { sends: ClearSend[]; answer: () => void; fail: (e: Error) => void }[] = [];
  const store = (sends: ClearSend[]) =>
    new Promise<ClearSendResult[]>((resolve, reject) => {
      statements.push({ sends, answer: () => resolve(sends.map(stored)), fail: reject });
    });
  return { statements, store };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('SendBatches (group commit of chat sends)', () => {
  it('sends arriving together leave in one statement, and each caller gets its own result', async () => {
    const db = database();
    const batches = new SendBatches(db.store);
    const results = Promise.all(['r1', 'r2', 'r3'].map((room) => batches.add(sendTo(room, `to ${room}`))));
    await turn();
    expect(db.statements.map((s) => s.sends.length)).toEqual([3]);
    db.statements[0].answer();
    expect((await results).map((r) => r?.row.body)).toEqual(['to r1', 'to r2', 'to r3']);
  });

  it('never puts two sends for one room in a statement, and keeps them in the order they came', async () => {
    const db = database();
    const batches = new SendBatches(db.store, 1);
    const first = batches.add(sendTo('r1', 'first'));
    const second = batches.add(sendTo('r1', 'second'));
    const other = batches.add(sendTo('r2', 'other'));
    await turn();
    expect(db.statements.map((s) => s.sends.map((x) => x.message.body))).toEqual([['first', 'other']]);
    db.statements[0].answer();
    await Promise.all([first, other]);
    await turn();
    expect(db.statements.map((s) => s.sends.map((x) => x.message.body))).toEqual([['first', 'other'], ['second']]);
    db.statements[1].answer();
    expect((await second)?.row.body).toBe('second');
  });

  it('runs at most `inFlight` statements; sends arriving meanwhile wait and go together', async () => {
    const db = database();
    const batches = new SendBatches(db.store, 2);
    const early = [batches.add(sendTo('r1', 'a'))];
    await turn();
    early.push(batches.add(sendTo('r2', 'b')));
    await turn();
    const waiting = ['r3', 'r4', 'r5'].map((room) => batches.add(sendTo(room, room)));
    await turn();
    expect(db.statements.map((s) => s.sends.length)).toEqual([1, 1]);
    db.statements[0].answer();
    await early[0];
    await turn();
    await turn();
    expect(db.statements.map((s) => s.sends.length)).toEqual([1, 1, 3]);
    db.statements[1].answer();
    db.statements[2].answer();
    expect((await Promise.all(waiting)).map((r) => r?.row.room_id)).toEqual(['r3', 'r4', 'r5']);
  });

  it('retries each send of a failed statement alone, so only the bad one fails', async () => {
    const duplicate = Object.assign(new Error('duplicate key'), { code: '23505' });
    const seen: string[][] = [];
    const batches = new SendBatches(async (sends) => {
      seen.push(sends.map((s) => s.message.body));
      if (sends.some((s) => s.message.body === 'bad')) {
        throw duplicate;
      }
      return sends.map(stored);
    });
    const outcomes = await Promise.allSettled(
      ['good one', 'bad', 'good two'].map((body, i) => batches.add(sendTo(`r${i}`, body))),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBe(duplicate);
    expect(seen).toEqual([['good one', 'bad', 'good two'], ['good one'], ['bad'], ['good two']]);
  });

  it('answers every waiting send at once when the database is unavailable, without retrying', async () => {
    const db = database();
    const batches = new SendBatches(db.store, 1);
    const first = batches.add(sendTo('r1', 'first'));
    await turn();
    const waiting = [batches.add(sendTo('r2', 'second')), batches.add(sendTo('r3', 'third'))];
    await turn();
    const down = Object.assign(new Error('Query read timeout'), { code: undefined });
    db.statements[0].fail(down);
    const outcomes = await Promise.allSettled([first, ...waiting]);
    expect(outcomes.map((o) => (o as PromiseRejectedResult).reason)).toEqual([down, down, down]);
    await turn();
    expect(db.statements).toHaveLength(1);
  });
});
