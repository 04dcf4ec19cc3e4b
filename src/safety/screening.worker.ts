import { parentPort } from 'node:worker_threads';
import { analyseText } from './text-analysis';

/** A ScreeningPool thread: analyses text it is sent and answers with the same id. */
export interface ScreeningRequest {
  id: number;
  text: string;
}

export type ScreeningReply =
  { ready: true } | { id: number; analysis: ReturnType<typeof analyseText> } | { id: number; failed: string };

const port = parentPort;
// Compile every rule's expression once (the first text would otherwise pay for it); from then on a text's time is its own.
analyseText("i can't go on, i want to kill myself tonight; text me at 555 123 4567 or river@example.com");
port?.postMessage({ ready: true } satisfies ScreeningReply);
port?.on('message', ({ id, text }: ScreeningRequest) => {
  try {
    port.postMessage({ id, analysis: analyseText(text) } satisfies ScreeningReply);
  } catch (error) {
    // The error's name only: nothing of the text leaves in a message that may be logged.
    port.postMessage({ id, failed: (error as Error).name } satisfies ScreeningReply);
  }
});
