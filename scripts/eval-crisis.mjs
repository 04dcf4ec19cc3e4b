// `npm run eval:crisis`: the crisis detector on every labelled set (test/fixtures/crisis), per set and per
// level, timed on a screening thread as the app runs it (src/safety/screening.worker.ts calls analyseText).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);
require('./ts-require.cjs');
const { PHRASE_SETS, POST_SETS } = require('../test/fixtures/crisis/index.ts');
const measure = require('../test/support/crisis-measure.ts');
const details = process.argv.includes('--details');

const thread = new Worker(
  `const { parentPort } = require('node:worker_threads');
   const v8 = require('node:v8');
   require(${JSON.stringify(require.resolve('./ts-require.cjs'))});
   const heapBefore = v8.getHeapStatistics().used_heap_size;
   const started = process.hrtime.bigint();
   const { analyseText } = require(${JSON.stringify(require.resolve('../src/safety/text-analysis.ts'))});
   analyseText('warm up: i want to die');
   const loadMs = Number(process.hrtime.bigint() - started) / 1e6;
   const heapMb = (v8.getHeapStatistics().used_heap_size - heapBefore) / 1e6;
   parentPort.once('message', ({ texts, rounds }) => {
     const micros = texts.map(() => []);
     let verdicts = [];
     for (let round = 0; round < rounds; round++) {
       verdicts = texts.map((text, i) => {
         const start = process.hrtime.bigint();
         const { crisis } = analyseText(text);
         micros[i].push(Number(process.hrtime.bigint() - start) / 1e3);
         return crisis;
       });
     }
     parentPort.postMessage({ loadMs, heapMb, verdicts, micros });
   });`,
  { eval: true },
);

const texts = [...PHRASE_SETS.flatMap((s) => s.phrases), ...POST_SETS.flatMap((s) => s.posts)].map((p) => p.text);
const longTexts = [
  `${'I went to group and then I had lunch. '.repeat(263)}I want to kill myself tonight`,
  'lol '.repeat(2500),
  `${'so tired and done with everything, '.repeat(285)}`,
];
const rssBefore = process.memoryUsage().rss;
const answer = await new Promise((resolve, reject) => {
  thread.once('message', resolve);
  thread.once('error', reject);
  // Three rounds: the first warms the engine's caches; each text's time is its median over the rounds.
  thread.postMessage({ texts: [...texts, ...longTexts], rounds: 3 });
});
const rssAfter = process.memoryUsage().rss;
await thread.terminate();

const verdictOf = new Map(texts.map((text, i) => [text, answer.verdicts[i]]));
const timeOf = new Map(texts.map((text, i) => [text, median(answer.micros[i])]));
const read = (text) => verdictOf.get(text);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}
const timing = (list) => {
  const micros = list.map((text) => timeOf.get(text));
  return `time per message: median ${(median(micros) / 1000).toFixed(3)} ms, p99 ${(percentile(micros, 0.99) / 1000).toFixed(3)} ms`;
};

const out = [];
for (const { name, posts } of POST_SETS) {
  out.push(measure.describePosts(name, measure.measurePosts(posts, read), details));
  out.push(`  ${timing(posts.map((p) => p.text))}`);
}
const unseen = POST_SETS.filter((s) => s.name.startsWith('unseen')).flatMap((s) => s.posts);
out.push(measure.describePosts('all unseen posts', measure.measurePosts(unseen, read), false));
for (const { name, phrases } of PHRASE_SETS) {
  out.push(measure.describePhrases(name, measure.measurePhrases(phrases, read), details));
  out.push(`  ${timing(phrases.map((p) => p.text))}`);
}
const chat = texts.filter((text) => text.length <= 500);
out.push(
  '',
  `screening thread, all ${chat.length} chat-length texts (≤ 500 characters): ${timing(chat)}`,
  `long messages (${longTexts.map((t) => t.length).join(', ')} characters): ${longTexts
    .map((_, i) => `${(median(answer.micros[texts.length + i]) / 1000).toFixed(1)} ms`)
    .join(', ')}`,
  `screening thread start-up (detector, NLP model, first text): ${answer.loadMs.toFixed(0)} ms; its heap ${answer.heapMb.toFixed(0)} MB; process RSS +${((rssAfter - rssBefore) / 1e6).toFixed(0)} MB with the thread`,
);
console.log(out.join('\n'));
