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

@Injectable()
export class SearchRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Full-text search (english stemming) over threads (title weighted above body)
   * and posts, restricted in SQL to boards the caller may read and content they may see.
   */
  async search(text: string, spaces: VisibleSpaces, viewerId: string, limit: number): Promise<SearchResult[]> {
    const rows: SearchRow[] = await this.db.query(
      `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS query),
       readable AS (SELECT b.id, b.name FROM boards b WHERE ${readableBoardSql('b', 2, 3)}),
       hits AS (
         (SELECT 'thread' AS type, t.id AS thread_id, NULL::uuid AS post_id, t.board_id, t.author_id, t.created_at,
                 ts_rank_cd(t.search, q.query) AS rank
            FROM q, threads t JOIN readable r ON r.id = t.board_id
           WHERE t.search @@ q.query AND ${SEARCHABLE('t')}
          UNION ALL
          SELECT 'post', p.thread_id, p.id, t.board_id, p.author_id, p.created_at, ts_rank_cd(p.search, q.query)
            FROM q, posts p JOIN threads t ON t.id = p.thread_id JOIN readable r ON r.id = t.board_id
           WHERE p.search @@ q.query AND ${SEARCHABLE('p')} AND ${SEARCHABLE('t')})
         ORDER BY rank DESC, created_at DESC
         LIMIT $5
       )
       SELECT h.type, h.thread_id, h.post_id, h.board_id, r.name AS board_name, t.title AS thread_title,
              h.author_id, u.display_name, u.status AS author_status, h.created_at, h.rank,
              ts_headline('english', ${STRIP_MARKERS('coalesce(p.body, t.body)')}, q.query, $6) AS snippet
         FROM hits h
         JOIN readable r ON r.id = h.board_id
         JOIN threads t ON t.id = h.thread_id
         LEFT JOIN posts p ON p.id = h.post_id
         JOIN users u ON u.id = h.author_id, q
        ORDER BY h.rank DESC, h.created_at DESC`,
      [text, ...readableBoardParams(spaces), viewerId, limit, HEADLINE_OPTIONS],
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
