import { Logger, OnModuleDestroy } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DomainError } from '../common/domain-error';
import type { ScreeningAnswer, ScreeningReply, ScreeningRequest } from './screening.worker';
import { analyseText, type TextAnalysis } from './text-analysis';

/** The built worker beside this file (absent when the TypeScript sources run directly, as under jest). */
export const SCREENING_WORKER_FILE = join(__dirname, 'screening.worker.js');
/** A text the rules take longer than this over is not waited for (the rules are built to stay far below). */
const TASK_TIMEOUT_MS = 10_000;

export interface ScreeningPoolOptions {
  /** The worker script (tests give their own). */
  file?: string;
  timeoutMs?: number;
}
/** Threads that die this often are given up for screening on the main thread. */
const MAX_RESTARTS = 5;

/** One thread per core left after the event loop's; none on a single core (nothing to gain). */
export function defaultScreeningThreads(): number {
  return Math.max(0, Math.min(4, availableParallelism() - 1));
}

interface Task {
  text: string;
  resolve: (analysis: TextAnalysis) => void;
  reject: (error: Error) => void;
}

/**
 * One screening thread and the texts sent to it that it has not answered yet,
 * in the order sent (the thread answers them in that order). A watchdog times
 * only the text the thread is working on: waiting in line under load, or for
 * the thread to start, is not a reason to give up on a text.
 */
class ScreeningThread {
  readonly pending = new Map<number, Task>();
  private worker?: Worker;
  private ready = false;
  private watchdog?: NodeJS.Timeout;
  private nextId = 0;
  private restarts = 0;
  /** Texts sent in this turn of the event loop, posted together when it ends (one message, not one per text). */
  private outgoing: ScreeningRequest['texts'] = [];

  constructor(
    private readonly file: string,
    private readonly timeoutMs: number,
    private readonly logger: Logger,
  ) {}

  /** Threads that keep dying are given up: the main thread screens instead. */
  get usable(): boolean {
    return this.restarts < MAX_RESTARTS;
  }

  analyse(text: string): Promise<TextAnalysis> {
    if (!this.worker) {
      this.spawn();
    }
    const id = this.nextId++;
    return new Promise<TextAnalysis>((resolve, reject) => {
      this.pending.set(id, { text, resolve, reject });
      if (this.outgoing.push({ id, text }) === 1) {
        setImmediate(() => this.post());
      }
      if (this.pending.size === 1) {
        this.watch();
      }
    });
  }

  /** Sends what this turn gathered. Texts whose thread died meanwhile were already screened here (settleAll). */
  private post(): void {
    const texts = this.outgoing.filter(({ id }) => this.pending.has(id));
    this.outgoing = [];
    if (!texts.length) {
      return;
    }
    (this.worker ?? this.spawn()).postMessage({ texts } satisfies ScreeningRequest);
  }

  /** Started with the app, so the rules are loaded before the first message arrives. */
  spawn(): Worker {
    const worker = new Worker(this.file);
    worker.unref();
    worker.on('message', (reply: ScreeningReply) => this.answered(reply));
    worker.on('error', (error) => this.died(worker, `failed (${error.name})`));
    worker.on('exit', (code) => this.died(worker, `exited with code ${code}`));
    this.worker = worker;
    this.ready = false;
    return worker;
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.settleAll();
    await worker?.terminate();
  }

  /** Times the text at the head of the line, once the thread is ready. */
  private watch(): void {
    clearTimeout(this.watchdog);
    this.watchdog = undefined;
    const head = this.pending.keys().next();
    if (this.ready && !head.done) {
      const id = head.value;
      this.watchdog = setTimeout(() => this.timedOut(id), this.timeoutMs);
    }
  }

  private answered(reply: ScreeningReply): void {
    if ('ready' in reply) {
      this.ready = true;
      this.watch();
      return;
    }
    for (const answer of reply.answers) {
      this.settle(answer);
    }
    this.watch();
  }

  private settle(answer: ScreeningAnswer): void {
    const task = this.pending.get(answer.id);
    if (!task) {
      return;
    }
    this.pending.delete(answer.id);
    if ('analysis' in answer) {
      task.resolve(answer.analysis);
    } else {
      // The rules threw on this text: the same code on the main thread says what it can.
      this.logger.error(`screening a text failed in its thread (${answer.failed}); screening it here`);
      this.inline(task);
    }
  }

  /** A crashed thread: what it held is screened here; the next text starts a new thread. */
  private died(worker: Worker, how: string): void {
    if (this.worker !== worker) {
      return;
    }
    this.worker = undefined;
    this.restarts++;
    const next =
      this.restarts < MAX_RESTARTS ? 'the next text starts a new thread' : 'screening stays on the main thread';
    this.logger.error(`a screening thread ${how}; ${this.pending.size} waiting text(s) screened here, ${next}`);
    this.settleAll();
  }

  private settleAll(): void {
    clearTimeout(this.watchdog);
    this.watchdog = undefined;
    for (const [id, task] of this.pending) {
      this.pending.delete(id);
      this.inline(task);
    }
  }

  private inline(task: Task): void {
    try {
      task.resolve(analyseText(task.text));
    } catch (error) {
      task.reject(error as Error);
    }
  }

  /** A text the thread never finished: the sender is told to try again, and the thread replaced. */
  private timedOut(id: number): void {
    const task = this.pending.get(id);
    const worker = this.worker;
    if (!task || !worker) {
      return;
    }
    this.pending.delete(id);
    task.reject(new DomainError('unavailable', 'This could not be checked just now; please try again'));
    this.died(worker, `took over ${this.timeoutMs} ms on one text and was stopped`);
    void worker.terminate();
  }
}

/**
 * Runs the costly, pure part of screening (crisis rules and personal details,
 * `analyseText`) on worker threads, so the event loop that serves every socket
 * only matches watched words and writes. The same code runs on the main thread
 * when there is no spare core, no built worker (TypeScript sources under jest),
 * or the threads keep failing; the verdict is identical either way.
 */
export class ScreeningPool implements OnModuleDestroy {
  private readonly logger = new Logger('ScreeningPool');
  private readonly threads: ScreeningThread[];

  constructor(size: number, { file = SCREENING_WORKER_FILE, timeoutMs = TASK_TIMEOUT_MS }: ScreeningPoolOptions = {}) {
    const usable = size > 0 && existsSync(file);
    this.threads = usable ? Array.from({ length: size }, () => new ScreeningThread(file, timeoutMs, this.logger)) : [];
    this.threads.forEach((thread) => thread.spawn());
  }

  /** How many threads screen (0: the main thread does). */
  get size(): number {
    return this.threads.filter((t) => t.usable).length;
  }

  analyse(text: string): Promise<TextAnalysis> {
    let idlest: ScreeningThread | undefined;
    for (const thread of this.threads) {
      if (thread.usable && (!idlest || thread.pending.size < idlest.pending.size)) {
        idlest = thread;
      }
    }
    return idlest ? idlest.analyse(text) : Promise.resolve().then(() => analyseText(text));
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.stop()));
  }
}
