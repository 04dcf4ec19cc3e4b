import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CRISIS_PHRASES } from './fixtures/crisis/crisis-phrases';
import { ScreeningPool } from '../src/safety/screening-pool';
import { analyseText } from '../src/safety/text-analysis';

// The pool runs the built worker (`npm test` builds first): dist/src/safety/screening.worker.js.
const built = join(__dirname, '..', 'dist', 'src', 'safety');
const workerFile = join(built, 'screening.worker.js');

/** A worker that behaves like the real one, except for two texts: "crash" ends the thread, "hang" is never answered. */
function misbehavingWorker(dir: string): string {
  const file = join(dir, 'misbehaving.worker.js');
  writeFileSync(
    file,
    `const { parentPort } = require('node:worker_threads');
     const { analyseText } = require(${JSON.stringify(join(built, 'text-analysis.js'))});
     analyseText('warm up: i want to die');
     parentPort.postMessage({ ready: true });
     parentPort.on('message', ({ texts }) => {
       const answers = [];
       for (const { id, text } of texts) {
         if (text === 'crash') process.exit(3);
         if (text === 'hang') continue;
         answers.push({ id, analysis: analyseText(text) });
       }
       if (answers.length) parentPort.postMessage({ answers });
     });`,
  );
  return file;
}

describe('screening off the event loop', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-screening-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives exactly the verdicts screening on the main thread gives', async () => {
    const pool = new ScreeningPool(2, { file: workerFile });
    try {
      expect(pool.size).toBe(2);
      const texts = [...CRISIS_PHRASES.map((p) => p.text), 'call me on 555 123 4567', 'river at gmail dot com'];
      const answers = await Promise.all(texts.map((text) => pool.analyse(text)));
      expect(answers).toEqual(texts.map((text) => analyseText(text)));
      expect(answers.filter((a) => a.crisis.level !== 'none').length).toBeGreaterThan(100);
    } finally {
      await pool.onModuleDestroy();
    }
  });

  it('does not give up on texts waiting in line behind others, only on one the thread is stuck on', async () => {
    const pool = new ScreeningPool(1, { file: workerFile, timeoutMs: 500 });
    try {
      const words = 'today group walk sleep morning evening craving sponsor meeting journal breathe family calm hope';
      const long = (i: number): string => `${i} ${words.repeat(60)}`.slice(0, 4000);
      // About 3 ms each: the last waits far longer than the timeout before its turn.
      const answers = await Promise.all(Array.from({ length: 400 }, (_, i) => pool.analyse(long(i))));
      expect(answers).toHaveLength(400);
      expect(answers.every((a) => a.crisis.level === 'none')).toBe(true);
    } finally {
      await pool.onModuleDestroy();
    }
  });

  it('screens on the main thread when there is no spare core or no built worker', async () => {
    const none = new ScreeningPool(0, { file: workerFile });
    const missing = new ScreeningPool(2, { file: join(dir, 'absent.js') });
    expect([none.size, missing.size]).toEqual([0, 0]);
    expect(await missing.analyse("I'm going to kill myself tonight")).toEqual(
      analyseText("I'm going to kill myself tonight"),
    );
  });

  it('answers what a crashed thread held and starts a new thread for the next text', async () => {
    const pool = new ScreeningPool(1, { file: misbehavingWorker(dir) });
    try {
      const held = pool.analyse('i took all my pills');
      const crash = pool.analyse('crash');
      expect(await held).toEqual(analyseText('i took all my pills'));
      expect(await crash).toEqual(analyseText('crash'));
      expect((await pool.analyse('i want to die')).crisis.level).toBe('concern');
      expect(pool.size).toBe(1);
    } finally {
      await pool.onModuleDestroy();
    }
  });

  it('tells the sender to try again when a text is never answered, and replaces the thread', async () => {
    const pool = new ScreeningPool(1, { file: misbehavingWorker(dir), timeoutMs: 1000 });
    try {
      await expect(pool.analyse('hang')).rejects.toMatchObject({ kind: 'unavailable' });
      expect((await pool.analyse('i want to die')).crisis.level).toBe('concern');
    } finally {
      await pool.onModuleDestroy();
    }
  });
});
