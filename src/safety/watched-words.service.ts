import { Injectable } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import type { AuthUser } from '../access/auth-user';
import { AuditService } from '../audit/audit.service';
import { isUniqueViolation } from '../common/database-errors';
import { DomainError } from '../common/domain-error';
import type { CreateWatchedWordDto } from './safety.dto';
import type { WatchedWord } from './watched-word.entity';
import { WatchedWordsRepository } from './watched-words.repository';
import { compileWatchedWords, CompiledWatchedWords, isSafePattern } from './watched-words';
import type { WatchedWordView } from '../contract';

// Other nodes pick up a change within this time; this node at once.
const CACHE_MS = 15_000;

/** Admin-managed watched words, compiled once and cached for the content pipeline. */
@Injectable()
export class WatchedWordsService {
  private compiled?: { at: number; matcher: Promise<CompiledWatchedWords> };
  private generation = 0;

  constructor(
    private readonly words: WatchedWordsRepository,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  async list(): Promise<WatchedWordView[]> {
    const rows = await this.words.list();
    return rows.map(view);
  }

  async create(user: AuthUser, dto: CreateWatchedWordDto): Promise<WatchedWordView> {
    const term = dto.term.trim();
    if (!term) {
      throw new DomainError('invalid', 'term must not be blank');
    }
    if (dto.isRegex) {
      const problem = isSafePattern(term);
      if (problem) {
        throw new DomainError('invalid', `term is not a safe pattern: ${problem}`);
      }
    }
    try {
      const saved = await this.words.insert({
        term,
        isRegex: dto.isRegex ?? false,
        action: dto.action,
        createdBy: user.id,
      });
      await this.audit.record({
        actorId: user.id,
        action: 'watched_word.added',
        targetType: 'watched_word',
        targetId: saved.id,
        details: { action: saved.action, isRegex: saved.isRegex },
      });
      this.events.emit('watched_words.changed', {});
      return view(saved);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('conflict', 'That word is already watched');
      }
      throw error;
    }
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    if (!(await this.words.remove(id))) {
      throw new DomainError('not_found', 'Watched word not found');
    }
    await this.audit.record({
      actorId: user.id,
      action: 'watched_word.removed',
      targetType: 'watched_word',
      targetId: id,
    });
    this.events.emit('watched_words.changed', {});
  }

  /**
   * The compiled list, read again at most every CACHE_MS. Sends that arrive while it is being read share
   * that one read (under load the expiry would otherwise send one query per message until the first answered).
   */
  matcher(): Promise<CompiledWatchedWords> {
    const cached = this.compiled;
    if (cached && Date.now() - cached.at <= CACHE_MS) {
      return cached.matcher;
    }
    const generation = ++this.generation;
    const matcher = this.words
      .list()
      .then((rows) =>
        compileWatchedWords(rows.map((r) => ({ id: r.id, term: r.term, isRegex: r.isRegex, action: r.action }))),
      );
    this.compiled = { at: Date.now(), matcher };
    // A failed read is not kept: the next send asks again (unless a change or a newer read replaced it).
    matcher.catch(() => {
      if (this.generation === generation) {
        this.compiled = undefined;
      }
    });
    return matcher;
  }

  @OnEvent('watched_words.changed')
  invalidate(): void {
    this.generation++;
    this.compiled = undefined;
  }
}

function view(w: WatchedWord): WatchedWordView {
  return { id: w.id, term: w.term, isRegex: w.isRegex, action: w.action, createdAt: w.createdAt.toISOString() };
}
