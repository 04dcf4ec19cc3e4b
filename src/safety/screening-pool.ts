import { Logger, OnModuleDestroy } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DomainError } from '../common/domain-error';
import type { ScreeningReply, ScreeningRequest } from './screening.worker';
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
  /** Set once the thread is ready: its start-up is not the text's time. */
  timer?: NodeJS.Timeout;
}

/** One screening thread and the texts sent to it that it has not answered yet. */
class ScreeningThread {
  readonly pending = new Map<number, Task>();
  private worker?: Worker;
  private ready = false;
  private nextId = 0;
  restarts = 0;

  constructor(
    private readonly file: string,
    private readonly timeoutMs: number,
    private readonly logger: Logger,
  ) {}

  analyse(text: string): Promise<TextAnalysis> {
    const worker = this.worker ?? this.spawn();
    const id = this.nextId++;
    return new Promise<TextAnalysis>((resolve, reject) => {
      const task: Task = { text, resolve, reject };
      this.pending.set(id, task);
      if (this.ready) {
        this.arm(id, task);
      }
      worker.postMessage({ id, text } satisfies ScreeningRequest);
    });
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

  private arm(id: number, task: Task): void {
    task.timer = setTimeout(() => this.timedOut(id), this.timeoutMs);
  }

  private answered(reply: ScreeningReply): void {
    if ('ready' in reply) {
      this.ready = true;
      this.pending.forEach((task, id) => this.arm(id, task));
      return;
    }
    const task = this.pending.get(reply.id);
    if (!task) {
      return;
    }
    this.pending.delete(reply.id);
    clearTimeout(task.timer);
    if ('analysis' in reply) {
      task.resolve(reply.analysis);
    } else {
      // The rules threw on this text: the same code on the main thread says what it can.
      this.logger.error(`screening a text failed in its thread (${reply.failed}); screening it here`);
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
    this.logger.error(`a screening thread ${how}; ${this.pending.size} text(s) screened on the main thread instead`);
    this.settleAll();
  }

  private settleAll(): void {
    for (const [id, task] of this.pending) {
      this.pending.delete(id);
      clearTimeout(task.timer);
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

  /** A text the thread never finished: the thread is replaced, and the sender told to try again. */
  private timedOut(id: number): void {
    const task = this.pending.get(id);
    if (!task) {
      return;
    }
    this.pending.delete(id);
    this.logger.error(`screening a text took over ${this.timeoutMs} ms; restarting its thread`);
    task.reject(new DomainError('unavailable', 'This could not be checked just now; please try again'));
    const worker = this.worker;
    if (worker) {
      this.died(worker, 'was stopped after a timeout');
      void worker.terminate();
    }
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
    return this.threads.filter((t) => t.restarts < MAX_RESTARTS).length;
  }

  analyse(text: string): Promise<TextAnalysis> {
    const live = this.threads.filter((t) => t.restarts < MAX_RESTARTS);
    if (live.length === 0) {
      return Promise.resolve().then(() => analyseText(text));
    }
    const idlest = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    return idlest.analyse(text);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.stop()));
  }
}
