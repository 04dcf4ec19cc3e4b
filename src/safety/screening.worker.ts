import { parentPort } from 'node:worker_threads';
import { WARM_UP_TEXTS } from './screening-warmup';
import { analyseText } from './text-analysis';

/**
 * What a ScreeningPool thread is sent: the texts that arrived together, each with its id. One
 * message per batch (not per text): under load a message crossing threads costs the event loop
 * more than the postMessage's payload, so texts sent in one turn of the loop travel together.
 */
export interface ScreeningRequest {
  texts: { id: number; text: string }[];
}

export type ScreeningAnswer = { id: number; analysis: ReturnType<typeof analyseText> } | { id: number; failed: string };

export type ScreeningReply = { ready: true } | { answers: ScreeningAnswer[] };

/** A long batch is answered in parts at least this often, so the first texts do not wait for the last. */
const ANSWER_EVERY_MS = 2;

const port = parentPort;
// Compile every stage and rule once, twice over (screening-warmup.ts): the first message of a kind (the first
// crisis after a start) took up to 170 ms cold, and every message queued behind it waited; after these, 6 ms at most.
for (let pass = 0; pass < 2; pass++) {
  WARM_UP_TEXTS.forEach((text) => analyseText(text));
}
port?.postMessage({ ready: true } satisfies ScreeningReply);
port?.on('message', ({ texts }: ScreeningRequest) => {
  let answers: ScreeningAnswer[] = [];
  let since = performance.now();
  for (const { id, text } of texts) {
    try {
      answers.push({ id, analysis: analyseText(text) });
    } catch (error) {
      // The error's name only: nothing of the text leaves in a message that may be logged.
      answers.push({ id, failed: (error as Error).name });
    }
    if (performance.now() - since >= ANSWER_EVERY_MS) {
      port.postMessage({ answers } satisfies ScreeningReply);
      answers = [];
      since = performance.now();
    }
  }
  if (answers.length) {
    port.postMessage({ answers } satisfies ScreeningReply);
  }
});
