import { Injectable } from '@nestjs/common';
import type { ThreadReplies } from './posts.repository';

/** A thread's replies kept between reads, with each reply's JSON for the ordinary reader (see ThreadsService.read). */
export interface CachedReplies extends ThreadReplies {
  /**
   * Each reply's JSON as a reader who is neither its author nor staff and gave it no reaction reads
   * it (the same bytes for all of them), built the first time such a reader needs it.
   */
  plain: (Buffer | undefined)[];
  /** Everyone who wrote a reply. */
  authors: ReadonlySet<string>;
  /** Who wrote a reply that is not visible (pending, hidden, removed): they, and staff, read it differently. */
  unseenAuthors: ReadonlySet<string>;
  /**
   * Every reply's JSON, joined, as the ordinary reader reads them: one who is not staff, wrote none of
   * the replies that are not visible, gave no reaction in the thread and is separated from none of its
   * authors. Built the first time such a reader comes.
   */
  ordinary?: Buffer;
}

/** At most this many threads, and about this much memory, are kept; the least recently read go first. */
const MAX_THREADS = 64;
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * A 500-reply thread read again and again (a long, lively thread) cost its PostgreSQL rows, its
 * parse and 500 reply views serialised on every read: about 15 ms of CPU. Its replies are kept here
 * while `threads.view_version` stands (triggers move it on any change a reader could see: a reply,
 * an edit, a status, a reaction, an author's name or deletion), so a read that finds the version it
 * holds pays for neither. Every read still checks access, blocks and the version in the database,
 * on every node, so nothing kept here outlives a change or reaches someone who may not read it.
 * Only replies of threads someone may read are kept, in this process's memory, never written anywhere.
 */
@Injectable()
export class ThreadRepliesCache {
  private readonly entries = new Map<string, { replies: CachedReplies; bytes: number }>();
  private bytes = 0;

  /** The thread's replies if kept at `version` or later; a kept older version is dropped. */
  get(threadId: string, version: string): CachedReplies | undefined {
    const entry = this.entries.get(threadId);
    if (!entry) {
      return undefined;
    }
    if (BigInt(entry.replies.version) < BigInt(version)) {
      this.drop(threadId);
      return undefined;
    }
    // Most recently read last.
    this.entries.delete(threadId);
    this.entries.set(threadId, entry);
    return entry.replies;
  }

  /** Keeps `replies` unless a later version is already kept; answers what is kept. */
  keep(threadId: string, replies: ThreadReplies): CachedReplies {
    const kept = this.entries.get(threadId);
    if (kept && BigInt(kept.replies.version) >= BigInt(replies.version)) {
      return kept.replies;
    }
    this.drop(threadId);
    const authors = new Set<string>();
    const unseenAuthors = new Set<string>();
    for (const row of replies.rows) {
      authors.add(row.author_id);
      if (row.status !== 'visible') {
        unseenAuthors.add(row.author_id);
      }
    }
    const plain = new Array<Buffer | undefined>(replies.rows.length);
    const entry = { replies: { ...replies, plain, authors, unseenAuthors }, bytes: 0 };
    // The rows and, once built, their JSON twice (each reply's, and joined): about three times the words
    // and a few hundred bytes a reply.
    for (const row of replies.rows) {
      entry.bytes += 3 * (row.body.length + (row.content_warning?.length ?? 0) + row.display_name.length) + 1300;
    }
    if (entry.bytes > MAX_BYTES / 4) {
      return entry.replies; // too big to keep: used for this read only
    }
    this.entries.set(threadId, entry);
    this.bytes += entry.bytes;
    for (const [id, oldest] of this.entries) {
      if (this.entries.size <= MAX_THREADS && this.bytes <= MAX_BYTES) {
        break;
      }
      this.entries.delete(id);
      this.bytes -= oldest.bytes;
    }
    return entry.replies;
  }

  private drop(threadId: string): void {
    const entry = this.entries.get(threadId);
    if (entry) {
      this.entries.delete(threadId);
      this.bytes -= entry.bytes;
    }
  }
}
