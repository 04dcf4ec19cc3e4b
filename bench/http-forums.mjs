/* global fetch */
// Forums over HTTP: reading a thread with 500 replies, and full-text search over ~5,000 posts.
import { randomInt, randomUUID } from 'node:crypto';
import { measure, seedUsers } from './lib.mjs';

export const title = 'Forums';

const WORDS = (
  'today group walk sleep morning evening craving relapse relapsing sponsor meeting journal breathe ' +
  'family work stress anxious calm hope tired proud step week weekend call friend therapy plan ' +
  'trigger coping support honest slip recovery routine music cooking gratitude patience boundary'
).split(' ');
const sentence = (n) => Array.from({ length: n }, () => WORDS[randomInt(WORDS.length)]).join(' ');

/** Replies into one thread in tree shape: each reply answers the thread or an earlier reply. */
async function seedReplies(db, threadId, authors, count) {
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

async function newThread(db, boardId, authorId, titleText) {
  const { rows } = await db.query(
    `INSERT INTO threads (board_id, author_id, title, body) VALUES ($1, $2, $3, $4) RETURNING id`,
    [boardId, authorId, titleText, `${sentence(30)}.`],
  );
  return rows[0].id;
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
  for (let t = 0; t < 100; t++) {
    const threadId = await newThread(db, boardId, users[t % users.length].id, `Check-in ${t}: ${sentence(4)}`);
    await seedReplies(db, threadId, users, 45);
  }
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
  const thread = await measure('GET /api/threads/:id (500 replies)', {
    url: `${baseUrl}/api/threads/${bigThread}`,
    headers,
  });
  const search = await measure('GET /api/search?q=relapsing+sponsor', {
    url: `${baseUrl}/api/search?q=relapsing%20sponsor&limit=20`,
    headers,
  });
  return {
    data: `${counts[0].threads} threads, ${counts[0].posts} posts in the community board; the read thread has 500 replies (200 with reactions)`,
    results: [thread, search],
  };
}
