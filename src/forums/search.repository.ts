import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { VisibleSpaces } from '../access/access.service';
import { readableBoardParams, readableBoardSql } from './boards.repository';
import { authorView } from './forums.views';
import { SNIPPET_MARKERS } from '../contract';
import type { SearchResult } from '../contract';

// Matches wrapped in markers that are first stripped from the text itself, so they only ever mean "match".
const HEADLINE_OPTIONS = `StartSel=${SNIPPET_MARKERS.start}, StopSel=${SNIPPET_MARKERS.end}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const STRIP_MARKERS = (expr: string): string =>
  `translate(${expr}, '${SNIPPET_MARKERS.start}${SNIPPET_MARKERS.end}', '')`;
// Only what everyone may read, plus the caller's own content awaiting approval: never hidden, removed or others' pending.
const SEARCHABLE = (alias: string): string =>
  `(${alias}.status = 'visible' OR (${alias}.status = 'pending' AND ${alias}.author_id = $4::uuid))`;

interface SearchRow {
  type: 'thread' | 'post';
  thread_id: string;
  post_id: string | null;
  board_id: string;
  board_name: string;
  thread_title: string;
  author_id: string;
  display_name: string;
  author_status: string;
  created_at: Date;
  rank: number;
  snippet: string;
}

/**
 * How many of the newest matching threads, and of the newest matching posts, are ranked. A search
 * ranks what was said lately rather than every match in the forum's history: walking threads and posts
 * newest first (indexes threads_created, posts_created) stops once it has these, so a common word costs
 * what a rare one does (ranking all ~23,000 matches of a two-word search over 50,000 posts took over
 * 100 ms of the database; these take about 2). A forum under this many matches is ranked whole.
 */
export const SEARCH_CANDIDATES = 200;

@Injectable()
export class SearchRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Full-text search (english stemming) over threads (title weighted above body) and posts,
   * restricted in SQL to boards the caller may read, content they may see, and people they are
   * not separated from (`hiddenAuthors`: neither their threads nor posts, nor replies inside their
   * threads, which would not open); ranked among the newest SEARCH_CANDIDATES matches of each kind.
   */
  async search(
    text: string,
    spaces: VisibleSpaces,
    viewerId: string,
    limit: number,
    hiddenAuthors: readonly string[],
  ): Promise<SearchResult[]> {
    // The query is written out where it is used (not a CTE), so the planner sees its words and
    // knows how common they are: a rare word goes through the full-text index, a common one walks
    // the newest rows.
    const query = `websearch_to_tsquery('english', $1)`;
    const rows: SearchRow[] = await this.db.query(
      `WITH readable AS (SELECT b.id, b.name FROM boards b WHERE ${readableBoardSql('b', 2, 3)}),
       thread_hits AS (
         SELECT t.id, t.board_id, t.author_id, t.created_at, t.search
           FROM threads t
          WHERE t.search @@ ${query} AND ${SEARCHABLE('t')}
            AND t.board_id IN (SELECT id FROM readable) AND t.author_id <> ALL($7::uuid[])
          ORDER BY t.created_at DESC, t.id DESC
          LIMIT $8),
       post_hits AS (
         SELECT p.id, p.thread_id, t.board_id, p.author_id, p.created_at, p.search
           FROM posts p JOIN threads t ON t.id = p.thread_id
          WHERE p.search @@ ${query} AND ${SEARCHABLE('p')} AND ${SEARCHABLE('t')}
            AND t.board_id IN (SELECT id FROM readable)
            AND p.author_id <> ALL($7::uuid[]) AND t.author_id <> ALL($7::uuid[])
          ORDER BY p.created_at DESC, p.id DESC
          LIMIT $8),
       hits AS (
         (SELECT 'thread' AS type, id AS thread_id, NULL::uuid AS post_id, board_id, author_id, created_at,
                 ts_rank_cd(search, ${query}) AS rank
            FROM thread_hits
          UNION ALL
          SELECT 'post', thread_id, id, board_id, author_id, created_at, ts_rank_cd(search, ${query})
            FROM post_hits)
         ORDER BY rank DESC, created_at DESC
         LIMIT $5
       )
       SELECT h.type, h.thread_id, h.post_id, h.board_id, r.name AS board_name, t.title AS thread_title,
              h.author_id, u.display_name, u.status AS author_status, h.created_at, h.rank,
              ts_headline('english', ${STRIP_MARKERS('coalesce(p.body, t.body)')}, ${query}, $6) AS snippet
         FROM hits h
         JOIN readable r ON r.id = h.board_id
         JOIN threads t ON t.id = h.thread_id
         LEFT JOIN posts p ON p.id = h.post_id
         JOIN users u ON u.id = h.author_id
        ORDER BY h.rank DESC, h.created_at DESC`,
      [text, ...readableBoardParams(spaces), viewerId, limit, HEADLINE_OPTIONS, hiddenAuthors, SEARCH_CANDIDATES],
    );
    return rows.map((r) => ({
      type: r.type,
      threadId: r.thread_id,
      postId: r.post_id,
      boardId: r.board_id,
      boardName: r.board_name,
      threadTitle: r.thread_title,
      snippet: r.snippet,
      author: authorView(r.author_id, r.display_name, r.author_status),
      createdAt: r.created_at.toISOString(),
      rank: Number(r.rank),
    }));
  }
}
