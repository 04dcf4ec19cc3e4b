// Persist path: how many chat messages Hearth stores and acknowledges per second
// when senders wait for each ack (closed loop), spread over many rooms and in one
// hot room, against pgbench running the very statement Hearth stores a message
// with, on the same database (the ceiling). Every acknowledged message is then
// looked up in the `messages` table.
import { spawn } from 'node:child_process';
import { randomInt, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { connectSockets, median, percentile } from './lib.mjs';
import { seed } from './socket-rooms.mjs';

export const title = 'Persist path';

const ROOMS = Number(process.env.BENCH_PERSIST_ROOMS ?? 50);
const PER_ROOM = Number(process.env.BENCH_PERSIST_PER_ROOM ?? 20);
/** Messages in flight at once (at most one per socket); pgbench runs as many clients. */
const IN_FLIGHT = Number(process.env.BENCH_PERSIST_IN_FLIGHT ?? 20);
const DURATION_S = Number(process.env.BENCH_PERSIST_DURATION ?? 5);
const RUNS = Number(process.env.BENCH_PERSIST_RUNS ?? 3);
const PGBENCH = process.env.BENCH_PGBENCH ?? '/usr/bin/pgbench';
/** Hearth's per-person send limit (SEND_LIMIT in src/rooms/send-limits.ts); the bench stays under it. */
const SEND_LIMIT = { count: 10, windowMs: 10_000 };

const WORDS = (
  'today group walk sleep morning evening sponsor meeting journal breathe family work ' +
  'calm hope tired proud step week weekend call friend therapy plan support honest ' +
  'routine music cooking gratitude patience kids dinner rain sunny coffee garden'
).split(' ');
let lines = 0;
/** A chat-like line of 8–17 ordinary words (about 50–110 characters) that the screen lets through untouched. */
function chatLine() {
  const n = lines++;
  return Array.from({ length: 8 + (n % 10) }, (_, i) => WORDS[(n * 7 + i * 13) % WORDS.length]).join(' ');
}

/**
 * Per person, when their last sends were acknowledged: a send goes out only if fewer than
 * `count` acks fall in the last window. The server counted each of them before its ack,
 * so no fixed window of the server's limiter can see more than `count`.
 */
function sendBudget() {
  const acks = new Map();
  return {
    allows(personId, now) {
      const recent = (acks.get(personId) ?? []).filter((t) => t > now - SEND_LIMIT.windowMs - 50);
      acks.set(personId, recent);
      return recent.length < SEND_LIMIT.count;
    },
    record(personId, at) {
      acks.get(personId).push(at);
    },
  };
}

/**
 * Closed loop for `seconds`: IN_FLIGHT workers each send a message from the next idle
 * socket whose person may still send (round robin over the shuffled sockets) and wait
 * for its ack. Acks that arrive after the end are kept for the check but not counted.
 */
async function hearthRun(senders, budget, roomOf, seconds, acked) {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const busy = new Set();
  const latencies = [];
  const failures = new Map();
  let cursor = 0;
  let budgetWaits = 0;
  const next = (now) => {
    for (let tries = 0; tries < senders.length; tries++) {
      const sender = senders[cursor];
      cursor = (cursor + 1) % senders.length;
      if (!busy.has(sender) && budget.allows(sender.person.id, now)) {
        return sender;
      }
    }
    return undefined;
  };
  const worker = async () => {
    while (performance.now() < deadline) {
      const sender = next(performance.now());
      if (!sender) {
        budgetWaits++;
        await sleep(5);
        continue;
      }
      busy.add(sender);
      const sentAt = performance.now();
      const ack = await sender.socket
        .timeout(10_000)
        .emitWithAck('message:send', { roomId: roomOf(sender), clientMsgId: randomUUID(), body: chatLine() })
        .catch(() => ({ ok: false, error: { code: 'no_ack' } }));
      const at = performance.now();
      busy.delete(sender);
      budget.record(sender.person.id, at);
      if (ack?.ok) {
        acked.push(ack.message.id);
        if (at <= deadline) {
          latencies.push(at - sentAt);
        }
      } else {
        const code = ack?.error?.code ?? 'unknown';
        failures.set(code, (failures.get(code) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  latencies.sort((a, b) => a - b);
  return {
    perSec: Math.round(latencies.length / seconds),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failed: [...failures.values()].reduce((a, b) => a + b, 0),
    failures: Object.fromEntries(failures),
    budgetWaits,
  };
}

/**
 * The store at the heart of a send — MessagesRepository.insert: take the room's next seq, insert,
 * join the author — as the built server has it (a send usually runs it inside one larger statement
 * with its checks, see INSERT_IF_CLEAR; flagged messages run it alone in their transaction), and
 * pgbench's protocol to match: `prepared` when the server runs it as a named prepared
 * statement (src/database/prepared.ts), else `extended` (parsed and planned on every call).
 */
async function hearthInsertStatement() {
  const { MessagesRepository } = await import('../dist/src/rooms/messages.repository.js');
  let statement;
  const capture = {
    query: async (sql) => {
      statement = sql;
      return [{}];
    },
  };
  await new MessagesRepository(capture).insert(
    { roomId: '', authorId: '', clientMsgId: '', body: '', contentWarning: null, status: 'visible' },
    capture,
  );
  const prepared = existsSync(new URL('../dist/src/database/prepared.js', import.meta.url))
    ? (await import('../dist/src/database/prepared.js')).preparedName(statement) !== undefined
    : false;
  return { statement, protocol: prepared ? 'prepared' : 'extended' };
}

/** Rooms and authors for pgbench, with ids it can compute from a number (md5 of a name). */
async function seedPgbench(db, rooms, authors) {
  await db.query(
    `INSERT INTO cohorts (id, name) SELECT md5('pgbench-group-' || g)::uuid, 'Pgbench group ' || g FROM generate_series(1, $1) g`,
    [rooms],
  );
  await db.query(
    `INSERT INTO rooms (id, kind, name, cohort_id)
     SELECT md5('pgbench-room-' || g)::uuid, 'cohort', 'Group chat', md5('pgbench-group-' || g)::uuid FROM generate_series(1, $1) g`,
    [rooms],
  );
  await db.query(
    `INSERT INTO users (id, email, display_name, password_hash, role)
     SELECT md5('pgbench-author-' || g)::uuid, 'pgbench.' || g || '@example.test', 'Pgbench author ' || g, '!', 'member'
       FROM generate_series(1, $1) g`,
    [authors],
  );
}

/** pgbench scripts: Hearth's statement with its parameters as pgbench variables, and a plain INSERT. */
function pgbenchScripts(statement, rooms, authors) {
  const room = `md5('pgbench-room-' || :room)::uuid`;
  const params = [room, `md5('pgbench-author-' || :author)::uuid`, `'pgbench-' || :key`, ':body', 'NULL', ':status'];
  const head = (roomChoice) =>
    `\\set room ${roomChoice}\n\\set author random(1, ${authors})\n\\set key random(1, 4611686018427387903)\n`;
  const hearth = statement.replace(/\$(\d+)/g, (_, n) => params[Number(n) - 1]).replace(/\s*\n\s*/g, ' ');
  const plain = `INSERT INTO messages (room_id, seq, author_id, client_msg_id, body, content_warning, status) VALUES (${params[0]}, :key, ${params.slice(1).join(', ')});`;
  return {
    spread: `${head(`random(1, ${rooms})`)}${hearth};\n`,
    hot: `${head('1')}${hearth};\n`,
    plain: `${head(`random(1, ${rooms})`)}${plain}\n`,
  };
}

/** pgbench over TCP against the bench's database (password in the environment only); tps and latency from its log. */
async function pgbench(server, dir, name, script, seconds, body, protocol) {
  const url = new URL(server.databaseUrl);
  const file = join(dir, `${name}.sql`);
  const logs = mkdtempSync(join(dir, `${name}-`));
  writeFileSync(file, script);
  // Two threads, or one when there is a single client.
  const threads = Math.min(2, IN_FLIGHT);
  const args = [
    ...['-n', '-M', protocol, '-c', IN_FLIGHT, '-j', threads, '-T', seconds, '-f', file],
    ...['-l', '--log-prefix', join(logs, 'log'), '-D', `body=${body}`, '-D', 'status=visible'],
    ...['-h', url.hostname, '-p', url.port, '-U', decodeURIComponent(url.username), url.pathname.slice(1)],
  ].map(String);
  const child = spawn(PGBENCH, args, {
    env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(out);
  const failed = Number(/number of failed transactions: (\d+)/.exec(out)?.[1] ?? 0);
  if (code !== 0 || !tps) {
    throw new Error(`pgbench ${name} exited ${code}: ${out.split('\n').slice(-5).join(' ')}`);
  }
  // Per transaction: client, transaction number, latency in µs, script, epoch s, µs.
  const latencies = readdirSync(logs)
    .flatMap((f) => readFileSync(join(logs, f), 'utf8').trim().split('\n'))
    .map((line) => Number(line.split(' ')[2]) / 1000)
    .sort((a, b) => a - b);
  rmSync(logs, { recursive: true, force: true });
  return { perSec: Math.round(Number(tps[1])), p50: percentile(latencies, 50), p99: percentile(latencies, 99), failed };
}

/**
 * Every acknowledged message stored, each Hearth room numbered 1..last_seq with no gap,
 * nothing held, and nothing the screen recorded (so every send took the one-statement path).
 */
async function check(db, ackedIds, roomIds) {
  const { rows } = await db.query(
    `SELECT (SELECT count(*)::int FROM messages WHERE id = ANY($1::uuid[])) AS found,
            (SELECT count(*)::int FROM messages WHERE room_id = ANY($2::uuid[])) AS stored,
            (SELECT count(*)::int FROM messages WHERE room_id = ANY($2::uuid[]) AND status <> 'visible') AS held,
            (SELECT count(*)::int FROM rooms r WHERE r.id = ANY($2::uuid[]) AND r.last_seq <>
               (SELECT count(*) FROM messages m WHERE m.room_id = r.id AND m.seq BETWEEN 1 AND r.last_seq)) AS gapped,
            (SELECT count(*)::int FROM review_items) + (SELECT count(*)::int FROM crisis_alerts) AS screened`,
    [ackedIds, roomIds],
  );
  return { acked: ackedIds.length, ...rows[0] };
}

const ms = (v) => (Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(1) : Math.round(v).toString());

export async function run(server) {
  if (!existsSync(PGBENCH)) {
    throw new Error(`${PGBENCH} not found (the ceiling); set BENCH_PGBENCH to pgbench's path`);
  }
  const { db } = server;
  const people = await seed(db, ROOMS, PER_ROOM);
  // One more room whose group is everybody: the hot room every sender writes to at once.
  const { rows: hot } = await db.query(
    `WITH c AS (INSERT INTO cohorts (name) VALUES ('Bench hot group') RETURNING id),
          m AS (INSERT INTO cohort_memberships (cohort_id, user_id, kind) SELECT c.id, unnest($1::uuid[]), 'member' FROM c)
     INSERT INTO rooms (kind, name, cohort_id) SELECT 'cohort', 'Group chat', id FROM c RETURNING id`,
    [people.map((p) => p.id)],
  );
  const hotRoomId = hot[0].id;
  const authors = people.length;
  await seedPgbench(db, ROOMS, authors);
  await db.query('ANALYZE');

  const dir = mkdtempSync(join(tmpdir(), 'hearth-pgbench-'));
  const { statement, protocol } = await hearthInsertStatement();
  const scripts = pgbenchScripts(statement, ROOMS, authors);
  // pgbench's line: the median length of ten consecutive Hearth lines (8 to 17 words).
  const body = Array.from({ length: 10 }, chatLine).sort((a, b) => a.length - b.length)[5];
  const senders = (await connectSockets(server.baseUrl, people, { join: false }))
    .map((s) => ({ s, order: randomInt(1 << 30) }))
    .sort((a, b) => a.order - b.order)
    .map(({ s }) => s);
  const budget = sendBudget();
  const acked = [];
  const own = (sender) => sender.person.roomId;
  const toHot = () => hotRoomId;
  const scenarios = [
    ['spread', 'Hearth', () => hearthRun(senders, budget, own, DURATION_S, acked)],
    [
      'spread',
      'pgbench: the same insert statement',
      () => pgbench(server, dir, 'spread', scripts.spread, DURATION_S, body, protocol),
    ],
    ['spread', 'pgbench: plain INSERT', () => pgbench(server, dir, 'plain', scripts.plain, DURATION_S, body, protocol)],
    ['hot', 'Hearth', () => hearthRun(senders, budget, toHot, DURATION_S, acked)],
    [
      'hot',
      'pgbench: the same insert statement',
      () => pgbench(server, dir, 'hot', scripts.hot, DURATION_S, body, protocol),
    ],
  ];
  const results = scenarios.map(() => []);
  try {
    // Warm-up, then interleaved runs: Hearth, pgbench, pgbench, Hearth, pgbench, Hearth…
    await hearthRun(senders, budget, own, 2, acked);
    await pgbench(server, dir, 'warm-up', scripts.spread, 2, body, protocol);
    for (let run = 0; run < RUNS; run++) {
      for (const [i, [where, who, measure]] of scenarios.entries()) {
        const outcome = await measure();
        results[i].push(outcome);
        console.log(
          `  ${where} ${who} run ${run + 1}: ${outcome.perSec} msgs/s, p50 ${ms(outcome.p50)} p99 ${ms(outcome.p99)} ms, ${outcome.failed} failed${outcome.budgetWaits ? `, ${outcome.budgetWaits} waits for the send limit` : ''}`,
        );
        await sleep(500);
      }
    }
  } finally {
    senders.forEach(({ socket }) => socket.close());
    rmSync(dir, { recursive: true, force: true });
  }
  await sleep(500);
  const verified = await check(db, acked, [...new Set(people.map((p) => p.roomId)), hotRoomId]);
  const persisted = `Checked after the runs: ${verified.found} of the ${verified.acked} messages Hearth acknowledged (warm-up included) are in \`messages\`; the bench rooms hold ${verified.stored} messages, ${verified.held} of them not visible; rooms whose seqs have a gap: ${verified.gapped}; review items or crisis alerts the screen raised: ${verified.screened}.`;
  console.log(`  ${persisted}`);
  if (verified.found !== verified.acked) {
    throw new Error(persisted);
  }

  const medians = results.map((runs) => ({
    perSec: median(runs.map((r) => r.perSec)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    failed: runs.reduce((n, r) => n + r.failed, 0),
  }));
  const ceiling = { spread: medians[1].perSec, hot: medians[4].perSec };
  const rows = scenarios.map(([where, who], i) => {
    const m = medians[i];
    const label = where === 'spread' ? `${ROOMS} rooms` : 'one hot room';
    const ratio =
      who === 'Hearth' ? `**${(m.perSec / ceiling[where]).toFixed(2)}**` : (m.perSec / ceiling[where]).toFixed(2);
    return `| ${label} | ${who} | ${m.perSec} | ${ms(m.p50)} | ${ms(m.p99)} | ${results[i].map((r) => r.perSec).join(', ')} | ${m.failed} | ${ratio} |`;
  });
  return {
    markdown: (context) => `## ${title}

Command: \`node bench/run.mjs persist\` (part of \`npm run bench\`; \`BENCH_PERSIST_IN_FLIGHT\`, \`BENCH_PERSIST_DURATION\`, \`BENCH_PERSIST_RUNS\`, \`BENCH_PERSIST_ROOMS\` size it) · ${context}. ${people.length} members in ${ROOMS} rooms, one socket each (not joined to a room's channel, so nothing is fanned out), send \`message:send\` and wait for the ack: ${IN_FLIGHT} messages in flight at any time, at most one per socket, the next from the next idle socket (shuffled round robin) whose person is under the send limit (10 per 10 s; the bench never trips it). Spread: each sends to their own group's room; hot room: all ${people.length} also belong to one more group and all send to its room. ${DURATION_S} s per run, ${RUNS} runs interleaved in the order of the table, medians shown; latency is send → ack in the load generator (Hearth) or per transaction (pgbench's log).

Ceiling: \`${PGBENCH} -n -M ${protocol} -c ${IN_FLIGHT} -j ${Math.min(2, IN_FLIGHT)} -T ${DURATION_S} -f script\` over TCP on the same database in the same run, running the store at the heart of a send, \`MessagesRepository.insert\` (read from the built server: bump \`rooms.last_seq\`, insert the message with it, join its author; \`-M ${protocol}\` because the server runs it ${protocol === 'prepared' ? 'as a named prepared statement' : 'unprepared'}), with the room and author ids computed from random numbers (${ROOMS} rooms, or room 1 for the hot room; ${authors} authors) and one chat line of ${body.length} characters (Hearth's vary from about 50 to 110); and, for scale, a plain single-row \`INSERT\` of the same row. A Hearth send is one statement that also checks the room, membership, account, mute, slow mode and clientMsgId and reads the author's blocks (sends arriving together share one: group commit), plus validation, screening (on the server's screening threads, \`SCREENING_THREADS\` default), the rate limit and the ack, in one Hearth process that shares 2 cores with PostgreSQL, pgbench and the load generator.

| rooms | system | msgs/s (median) | p50 ms | p99 ms | msgs/s per run | failed | ratio to the same statement in pgbench |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

${persisted}
`,
  };
}
