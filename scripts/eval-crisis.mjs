// `npm run eval:crisis`: the crisis detector on every labelled set (test/fixtures/crisis), per set and per
// level, timed on a screening thread as the app runs it (src/safety/screening.worker.ts calls analyseText).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);
require('./ts-require.cjs');
const { PHRASE_SETS, POST_SETS } = require('../test/fixtures/crisis/index.ts');
const measure = require('../test/support/crisis-measure.ts');
const { readByRules } = require('../src/safety/crisis-detector.ts');
const { HELD_OUT } = require('../test/support/crisis-train.ts');
const details = process.argv.includes('--details');

const thread = new Worker(
  `const { parentPort } = require('node:worker_threads');
   const v8 = require('node:v8');
   require(${JSON.stringify(require.resolve('./ts-require.cjs'))});
   const { analyseText } = require(${JSON.stringify(require.resolve('../src/safety/text-analysis.ts'))});
   const { tagSentences } = require(${JSON.stringify(require.resolve('../src/safety/crisis-nlp.ts'))});
   const { readCrisis } = require(${JSON.stringify(require.resolve('../src/safety/crisis-reader.ts'))});
   const heapBefore = v8.getHeapStatistics().used_heap_size;
   const started = process.hrtime.bigint();
   tagSentences('the model is built on first use');
   const loadMs = Number(process.hrtime.bigint() - started) / 1e6;
   const heapMb = (v8.getHeapStatistics().used_heap_size - heapBefore) / 1e6;
   const readerHeapBefore = v8.getHeapStatistics().used_heap_size;
   const readerStarted = process.hrtime.bigint();
   readCrisis('the reader decodes its weights on first use');
   const readerMs = Number(process.hrtime.bigint() - readerStarted) / 1e6;
   const readerMb = (v8.getHeapStatistics().used_heap_size - readerHeapBefore) / 1e6;
   analyseText('warm up: i want to die');
   parentPort.once('message', ({ texts, rounds }) => {
     const micros = texts.map(() => []);
     const cpuMicros = texts.map(() => []);
     let verdicts = [];
     for (let round = 0; round < rounds; round++) {
       verdicts = texts.map((text, i) => {
         const cpu = process.cpuUsage();
         const start = process.hrtime.bigint();
         const { crisis } = analyseText(text);
         micros[i].push(Number(process.hrtime.bigint() - start) / 1e3);
         const used = process.cpuUsage(cpu);
         cpuMicros[i].push(used.user + used.system);
         return crisis;
       });
     }
     parentPort.postMessage({ loadMs, heapMb, readerMs, readerMb, verdicts, micros, cpuMicros });
   });`,
  { eval: true },
);

const texts = [...PHRASE_SETS.flatMap((s) => s.phrases), ...POST_SETS.flatMap((s) => s.posts)].map((p) => p.text);
const longTexts = [
  `${'I went to group and then I had lunch. '.repeat(263)}I want to kill myself tonight`,
  'lol '.repeat(2500),
  `${'so tired and done with everything, '.repeat(285)}`,
];
const answer = await new Promise((resolve, reject) => {
  thread.once('message', resolve);
  thread.once('error', reject);
  // Five rounds over every text. Other work on the machine stretches some rounds, so each text is
  // given its fastest round (the detector's own cost) and its median round (what it met).
  thread.postMessage({ texts: [...texts, ...longTexts], rounds: 5 });
});
await thread.terminate();

const verdictOf = new Map(texts.map((text, i) => [text, answer.verdicts[i]]));
const fastest = new Map(texts.map((text, i) => [text, Math.min(...answer.micros[i])]));
const typical = new Map(texts.map((text, i) => [text, median(answer.micros[i])]));
const read = (text) => verdictOf.get(text);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}
const ms = (micros) => `${(micros / 1000).toFixed(3)} ms`;
const timing = (list) => {
  const own = list.map((text) => fastest.get(text));
  const met = list.map((text) => typical.get(text));
  return `time per message: median ${ms(median(own))}, p99 ${ms(percentile(own, 0.99))} (median round: ${ms(median(met))}, p99 ${ms(percentile(met, 0.99))})`;
};

// The rules alone (before the learned reader), read here on the main thread for the comparison only.
const byRules = (text) => readByRules(text).verdict;
const pct = (x) => `${(x * 100).toFixed(1)}%`;
const versus = (posts) => {
  const [r, b] = [measure.measurePosts(posts, byRules), measure.measurePosts(posts, read)];
  return `rules alone → with the reader: recall ${pct(r.recall)} → ${pct(b.recall)}, FPR ${pct(r.falsePositiveRate)} → ${pct(b.falsePositiveRate)}, urgent recall ${pct(r.urgentRecall)} → ${pct(b.urgentRecall)}, urgent FPR ${pct(r.urgentFalsePositiveRate)} → ${pct(b.urgentFalsePositiveRate)}`;
};
const out = [];
for (const { name, posts } of POST_SETS) {
  out.push(
    measure.describePosts(
      `${name}${HELD_OUT(name) ? ' [not trained on]' : ''}`,
      measure.measurePosts(posts, read),
      details,
    ),
  );
  out.push(`  ${versus(posts)}`);
  out.push(`  ${timing(posts.map((p) => p.text))}`);
}
for (const generation of [
  'unseen',
  'second unseen',
  'third unseen',
  'fourth hold-out',
  'fifth hold-out',
  'sixth hold-out',
  'seventh hold-out',
  'eighth hold-out',
  'ninth hold-out',
  'tenth hold-out',
  'eleventh hold-out',
]) {
  const posts = POST_SETS.filter((s) => s.name.startsWith(`${generation} `)).flatMap((s) => s.posts);
  if (posts.length > 0) {
    out.push(measure.describePosts(`all four ${generation} sets`, measure.measurePosts(posts, read), false));
    out.push(`  ${versus(posts)}`);
  }
}
for (const { name, phrases } of PHRASE_SETS) {
  out.push(
    measure.describePhrases(
      `${name}${HELD_OUT(name) ? ' [not trained on]' : ''}`,
      measure.measurePhrases(phrases, read),
      details,
    ),
  );
  const [r, b] = [measure.measurePhrases(phrases, byRules), measure.measurePhrases(phrases, read)];
  out.push(
    `  rules alone → with the reader: recall ${pct(r.recall)} → ${pct(b.recall)}, FPR ${pct(r.falsePositiveRate)} → ${pct(b.falsePositiveRate)}`,
  );
  out.push(`  ${timing(phrases.map((p) => p.text))}`);
}
const chat = texts.filter((text) => text.length <= 500);
out.push(
  '',
  `screening thread, all ${chat.length} texts of chat length (≤ 500 characters): ${timing(chat)}`,
  // CPU time too: on a busy machine a long message's wall time is mostly waiting for a core.
  `long messages (${longTexts.map((t) => t.length).join(', ')} characters): ${longTexts
    .map((_, i) => {
      const at = texts.length + i;
      return `${(median(answer.micros[at]) / 1000).toFixed(1)} ms (CPU ${(median(answer.cpuMicros[at]) / 1000).toFixed(1)} ms)`;
    })
    .join(', ')}`,
  `NLP model built in ${answer.loadMs.toFixed(0)} ms, +${answer.heapMb.toFixed(0)} MB of the thread's heap`,
  `learned reader's weights decoded in ${answer.readerMs.toFixed(1)} ms, +${answer.readerMb.toFixed(1)} MB of the thread's heap`,
  await startUp(),
  `load average while measuring: ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} on ${(await import('node:os')).availableParallelism()} cores`,
);
console.log(out.join('\n'));

// The app's own screening thread (the built worker): time from start to ready, and what it adds to the process.
async function startUp() {
  const file = new URL('../dist/src/safety/screening.worker.js', import.meta.url).pathname;
  if (!existsSync(file)) {
    return 'screening thread start-up: not measured (no built worker; npm run build:server)';
  }
  const before = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  const worker = new Worker(file);
  await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const ready = Number(process.hrtime.bigint() - started) / 1e6;
  const added = (process.memoryUsage().rss - before) / 1e6;
  await worker.terminate();
  return `screening thread (dist/src/safety/screening.worker.js) ready in ${ready.toFixed(0)} ms, process RSS +${added.toFixed(0)} MB`;
}
