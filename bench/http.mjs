/* global fetch */
// Reads over HTTP: a forum thread with 500 replies, a page of a chat room's history
// (the newest, and one further back), full-text search over 5,000 threads and 50,000 posts, and a cohort's
// check-in grid (15 members × 90 days) as its clinician reads it (every read audited).
import { randomInt, randomUUID } from 'node:crypto';
import { measureAll, seedUsers } from './lib.mjs';

export const title = 'HTTP';

const HISTORY = Number(process.env.BENCH_HISTORY_MESSAGES ?? 5000);
// Issue 20's forum: 5,000 threads and 50,000 posts (the read thread and its 500 replies included).
const FORUM_THREADS = Number(process.env.BENCH_FORUM_THREADS ?? 5000);
const FORUM_POSTS = Number(process.env.BENCH_FORUM_POSTS ?? 50000);
// Open-loop rates (req/s) by scenario key, `key=rate,…`; `BENCH_HTTP_RATES=none` measures closed loop only.
const RATES = parseRates(process.env.BENCH_HTTP_RATES ?? 'thread=200,search=100,grid=50');
// Only these scenario keys (thread, newest, back, search, grid), comma-separated; all by default.
const ONLY = process.env.BENCH_HTTP_ONLY?.split(',').filter(Boolean);

function parseRates(text) {
  if (text === 'none') {
    return {};
  }
  return Object.fromEntries(
    text
      .split(',')
      .filter(Boolean)
      .map((pair) => {
        const [key, rate] = pair.split('=');
        if (!key || !(Number(rate) > 0)) {
          throw new Error(`BENCH_HTTP_RATES: expected key=rate pairs, got "${pair}"`);
        }
        return [key, Number(rate)];
      }),
  );
}

const WORDS = (
  'today group walk sleep morning evening craving relapse relapsing sponsor meeting journal breathe ' +
  'family work stress anxious calm hope tired proud step week weekend call friend therapy plan ' +
  'trigger coping support honest slip recovery routine music cooking gratitude patience boundary'
).split(' ');
const sentence = (n) => Array.from({ length: n }, () => WORDS[randomInt(WORDS.length)]).join(' ');

/** Replies into one thread in tree shape: each reply answers the thread or an earlier reply. */
export async function seedReplies(db, threadId, authors, count) {
  const { rows } = await db.query(`SELECT nextval('posts_seq')::text AS seq FROM generate_series(1, $1)`, [count]);
  const posts = [];
  for (let i = 0; i < count; i++) {
    const parent = i > 0 && randomInt(3) > 0 ? posts[randomInt(Math.max(0, i - 30), i)] : null;
    const seq = rows[i].seq;
    posts.push({
      id: randomUUID(),
      seq,
      parent,
      path: parent ? [...parent.path, seq] : [seq],
      author: authors[i % authors.length].id,
      body: `${sentence(12 + randomInt(40))}.`,
    });
  }
  await db.query(
    `INSERT INTO posts (id, thread_id, parent_id, author_id, seq, path, depth, body, created_at)
     SELECT i, $1, pa, a, s, string_to_array(p, ',')::bigint[], d, b, clock_timestamp()
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::bigint[], $6::text[], $7::int[], $8::text[])
            AS x(i, pa, a, s, p, d, b)`,
    [
      threadId,
      posts.map((p) => p.id),
      posts.map((p) => p.parent?.id ?? null),
      posts.map((p) => p.author),
      posts.map((p) => p.seq),
      posts.map((p) => p.path.join(',')),
      posts.map((p) => p.path.length - 1),
      posts.map((p) => p.body),
    ],
  );
  await db.query(`UPDATE threads SET last_activity_at = clock_timestamp() WHERE id = $1`, [threadId]);
  return posts.map((p) => p.id);
}

/**
 * The rest of the forum in two statements: `threads` threads, and `posts` replies spread over
 * them round-robin (each a reply to the thread itself), written by `authors`.
 */
export async function seedForum(db, boardId, authors, threads, posts) {
  if (threads <= 0) {
    return;
  }
  const ids = authors.map((u) => u.id);
  const { rows } = await db.query(
    `INSERT INTO threads (board_id, author_id, title, body, created_at, last_activity_at)
     SELECT $1, ($2::uuid[])[1 + n % cardinality($2::uuid[])], t, b, now() - n * interval '1 minute',
            now() - n * interval '1 minute'
       FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS x(t, b, n)
     RETURNING id`,
    [
      boardId,
      ids,
      Array.from({ length: threads }, (_, t) => `Check-in ${t}: ${sentence(4)}`),
      Array.from({ length: threads }, () => `${sentence(30)}.`),
    ],
  );
  if (posts <= 0) {
    return;
  }
  await db.query(
    `INSERT INTO posts (thread_id, author_id, seq, path, depth, body, created_at)
     SELECT ($1::uuid[])[1 + n % cardinality($1::uuid[])], ($2::uuid[])[1 + n % cardinality($2::uuid[])], s,
            ARRAY[s], 0, b, now() - n * interval '1 second'
       FROM (SELECT b, n, nextval('posts_seq') AS s FROM unnest($3::text[]) WITH ORDINALITY AS x(b, n)) x`,
    [rows.map((r) => r.id), ids, Array.from({ length: posts }, () => `${sentence(12 + randomInt(40))}.`)],
  );
}

export async function newThread(db, boardId, authorId, titleText) {
  const { rows } = await db.query(
    `INSERT INTO threads (board_id, author_id, title, body) VALUES ($1, $2, $3, $4) RETURNING id`,
    [boardId, authorId, titleText, `${sentence(30)}.`],
  );
  return rows[0].id;
}

/**
 * A group's chat room with `count` messages stored as the app stores them (seq 1..count,
 * the room's last_seq at count), written by the group's members over the past days.
 */
async function seedRoomHistory(db, members, count) {
  const { rows: cohort } = await db.query(`INSERT INTO cohorts (name) VALUES ('History group') RETURNING id`);
  await db.query(`INSERT INTO cohort_memberships (cohort_id, user_id, kind) SELECT $1, unnest($2::uuid[]), 'member'`, [
    cohort[0].id,
    members.map((u) => u.id),
  ]);
  const { rows: room } = await db.query(
    `INSERT INTO rooms (kind, name, cohort_id, last_seq) VALUES ('cohort', 'Group chat', $1, $2) RETURNING id`,
    [cohort[0].id, count],
  );
  await db.query(
    `INSERT INTO messages (room_id, seq, author_id, client_msg_id, body, content_warning, created_at)
     SELECT $1, n, ($2::uuid[])[1 + n % cardinality($2::uuid[])], 'history-' || n, b,
            CASE WHEN n % 50 = 0 THEN 'family' END, now() - ($4::int - n) * interval '1 minute'
       FROM unnest($3::text[]) WITH ORDINALITY AS x(b, n)`,
    [room[0].id, members.map((u) => u.id), Array.from({ length: count }, () => sentence(4 + randomInt(20))), count],
  );
  return room[0].id;
}

/**
 * A cohort of 15 members who checked in on most of the last 90 days (about 85%), and
 * its clinician: the care team's grid, members × days.
 */
export async function seedCheckinGrid(server, members) {
  const { db } = server;
  const [clinician] = await seedUsers(server, 1, 'clinician');
  const { rows: cohort } = await db.query(`INSERT INTO cohorts (name) VALUES ('Check-in group') RETURNING id`);
  await db.query(`INSERT INTO cohort_memberships (cohort_id, user_id, kind) SELECT $1, unnest($2::uuid[]), 'member'`, [
    cohort[0].id,
    members.map((u) => u.id),
  ]);
  await db.query(`INSERT INTO cohort_memberships (cohort_id, user_id, kind) VALUES ($1, $2, 'facilitator')`, [
    cohort[0].id,
    clinician.id,
  ]);
  await db.query(
    `INSERT INTO checkins (user_id, day, mood, craving, sleep_hours, used, note, share_mood)
     SELECT u, (now() AT TIME ZONE 'America/New_York')::date - d, 1 + (d * 7 + i) % 5, (d + i) % 11,
            6 + (d % 4), CASE WHEN (d + i) % 23 = 0 THEN true END,
            CASE WHEN (d + i) % 9 = 0 THEN 'A short note about the day' END, (d + i) % 2 = 0
       FROM unnest($1::uuid[]) WITH ORDINALITY AS m(u, i), generate_series(0, 89) AS d
      WHERE (d * 13 + i * 7) % 7 <> 0`,
    [members.map((u) => u.id)],
  );
  return { cohortId: cohort[0].id, clinician };
}

export async function run(server) {
  const { db, baseUrl } = server;
  const users = await seedUsers(server, 20);
  const { rows } = await db.query(`SELECT id FROM boards WHERE scope = 'community'`);
  const boardId = rows[0].id;

  const bigThread = await newThread(db, boardId, users[0].id, 'A long conversation');
  const bigPosts = await seedReplies(db, bigThread, users, 500);
  // Some reactions, so the read includes their counts.
  for (const postId of bigPosts.slice(0, 200)) {
    await db.query(`INSERT INTO post_reactions (post_id, user_id, kind) VALUES ($1, $2, 'heart'), ($1, $3, 'hug')`, [
      postId,
      users[1].id,
      users[2].id,
    ]);
  }
  await seedForum(db, boardId, users, FORUM_THREADS - 1, FORUM_POSTS - 500);
  const roomId = await seedRoomHistory(db, users, HISTORY);
  const grid = await seedCheckinGrid(server, users.slice(0, 15));
  await db.query('ANALYZE');
  const { rows: counts } = await db.query(
    `SELECT (SELECT count(*) FROM posts)::int AS posts, (SELECT count(*) FROM threads)::int AS threads`,
  );

  const headers = { authorization: `Bearer ${users[3].accessToken}` };
  const check = await fetch(`${baseUrl}/api/threads/${bigThread}`, { headers });
  const body = await check.json();
  if (body.posts?.length !== 500) {
    throw new Error(`expected 500 posts in the thread, got ${body.posts?.length}`);
  }
  const history = `${baseUrl}/api/rooms/${roomId}/messages?limit=50`;
  const back = `${history}&before=${HISTORY / 2}`;
  for (const url of [history, back]) {
    const page = await fetch(url, { headers });
    const messages = await page.json();
    if (messages.length !== 50 || page.headers.get('x-has-more') !== 'true') {
      throw new Error(`expected a full page of 50 with more before it, got ${messages.length}`);
    }
  }
  const gridUrl = `${baseUrl}/api/cohorts/${grid.cohortId}/checkins?days=90`;
  const gridHeaders = { authorization: `Bearer ${grid.clinician.accessToken}` };
  const gridBody = await (await fetch(gridUrl, { headers: gridHeaders })).json();
  if (gridBody.scope !== 'care_team' || gridBody.members?.length !== 15 || gridBody.days?.length !== 90) {
    throw new Error(
      `expected the care team's grid of 15 members × 90 days, got ${JSON.stringify(gridBody).slice(0, 200)}`,
    );
  }
  const { rows: gridRows } = await db.query(`SELECT count(*)::int AS n FROM checkins`);
  const scenarios = [
    {
      key: 'thread',
      name: 'GET /api/threads/:id (500 replies)',
      options: { url: `${baseUrl}/api/threads/${bigThread}`, headers },
    },
    { key: 'newest', name: 'GET /api/rooms/:id/messages?limit=50 (newest)', options: { url: history, headers } },
    {
      key: 'back',
      name: `GET /api/rooms/:id/messages?limit=50&before=${HISTORY / 2}`,
      options: { url: back, headers },
    },
    {
      key: 'search',
      name: 'GET /api/search?q=relapsing+sponsor',
      options: { url: `${baseUrl}/api/search?q=relapsing%20sponsor&limit=20`, headers },
    },
    {
      key: 'grid',
      name: 'GET /api/cohorts/:id/checkins?days=90 (15 members × 90 days, clinician, audited)',
      options: { url: gridUrl, headers: gridHeaders },
    },
  ];
  const results = await measureAll(
    scenarios.filter((s) => !ONLY || ONLY.includes(s.key)).map((s) => ({ ...s, rate: RATES[s.key] })),
    undefined,
    server.cpuSeconds,
  );
  return {
    data: `${counts[0].threads} threads, ${counts[0].posts} posts in the community board (words from a ${WORDS.length}-word vocabulary); the read thread has 500 replies (200 with reactions); a group's chat room of ${users.length} members with ${HISTORY} messages (seq 1–${HISTORY}), read by a member 50 at a time; a cohort of 15 members with ${gridRows[0].n} check-ins over 90 days, its grid read by its clinician (each read writes 15 audit entries)`,
    results,
  };
}
