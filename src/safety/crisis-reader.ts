import { READER_MODEL } from './crisis-reader-weights';
import { CRISIS_CATEGORIES, type CrisisCategory } from './crisis-types';

/**
 * The learned reader beside the rules: five logistic regressions over hashed word and character
 * n-grams, one per category (the writer's own risk in it, at any level) and one for urgency.
 * Trained by `npm run train:crisis` (test/support/crisis-train.ts) on the labelled sets in
 * test/fixtures/crisis only; the weights are generated into crisis-reader-weights.ts (no texts).
 * crisis-verdict.ts decides what the scores may change: the rules' guards (the past, someone
 * else, negation, hyperbole, lyrics) still set aside what they recognise.
 */
export interface ReaderScores {
  /** Probability that the text is the writer's own risk now, per category. */
  risk: Record<CrisisCategory, number>;
  /** Probability that it is urgent (a life at risk now). */
  urgent: number;
}

/** The outputs in the order the weights hold them. */
export const READER_OUTPUTS = [...CRISIS_CATEGORIES, 'urgent'] as const;
export type ReaderOutput = (typeof READER_OUTPUTS)[number];

export const READER_BITS = 15;
const MASK = (1 << READER_BITS) - 1;
/** Only the first characters are read: a long post's risk is rarely only past them, and time stays flat. */
const READ_LIMIT = 2000;

// Seeds that keep the kinds of feature apart in the one hashed space.
const WORD = 0x811c9dc5;
const PAIR = 0x2f6e2b1;
const CHARS = 0x5bd1e995;

/**
 * Lower case, curly quotes straightened, apostrophes dropped ("don't" → "dont", as people type it),
 * anything not a letter or digit a space, a letter said three or more times said twice ("sooo" → "soo").
 */
export function readerText(text: string): string {
  return text
    .slice(0, READ_LIMIT)
    .toLowerCase()
    .replace(/[\u2018\u2019'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/([a-z])\1{2,}/g, '$1$1')
    .trim();
}

function mix(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619) >>> 0;
}

function finish(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b) >>> 0;
  h ^= h >>> 16;
  return h & MASK;
}

/**
 * The hashed features of a text and their weights (counts scaled to unit length): words, pairs of
 * neighbouring words, and character 3-, 4- and 5-grams over the words with a space either side.
 * Exported for the training script, which must read texts exactly as the app does.
 */
export function readerFeatures(text: string): { index: Int32Array; value: Float32Array } {
  const s = ` ${readerText(text)} `;
  const counts = new Map<number, number>();
  const add = (bucket: number): void => {
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  };
  let wordHash = WORD;
  let previous = -1;
  for (let i = 1; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 32) {
      if (wordHash !== WORD) {
        add(finish(wordHash));
        if (previous !== -1) {
          add(finish(mix(mix(PAIR, previous), wordHash)));
        }
        previous = wordHash;
      }
      wordHash = WORD;
    } else {
      wordHash = mix(wordHash, code);
    }
  }
  for (let i = 0; i + 3 <= s.length; i++) {
    let h = mix(CHARS, s.charCodeAt(i));
    h = mix(h, s.charCodeAt(i + 1));
    for (let n = 3; n <= 5 && i + n <= s.length; n++) {
      h = mix(h, s.charCodeAt(i + n - 1));
      add(finish(mix(h, n)));
    }
  }
  const index = new Int32Array(counts.size);
  const value = new Float32Array(counts.size);
  let norm = 0;
  for (const count of counts.values()) {
    norm += count * count;
  }
  const scale = norm === 0 ? 0 : 1 / Math.sqrt(norm);
  let k = 0;
  for (const [bucket, count] of counts) {
    index[k] = bucket;
    value[k] = count * scale;
    k++;
  }
  return { index, value };
}

export interface ReaderWeights {
  bits: number;
  /**
   * Where the verdict listens to the reader, chosen by cross-validation on the training sets only:
   * `concern`, the category score from which it raises a concern the rules did not; `urgent`, the
   * urgency score from which it makes a rules' concern urgent.
   */
  thresholds: { concern: number; urgent: number };
  /** Per output: the bias and the weights, int8 in base64, each times `scale`. */
  outputs: Record<ReaderOutput, { bias: number; scale: number; weights: string }>;
}

interface Decoded {
  bias: number;
  scale: number;
  weights: Int8Array;
}

let decoded: Record<ReaderOutput, Decoded> | undefined;

/** Decodes the weights once, on first use. */
function model(): Record<ReaderOutput, Decoded> {
  if (decoded === undefined) {
    if (READER_MODEL.bits !== READER_BITS) {
      throw new Error('crisis-reader-weights.ts was trained for another hash size: npm run train:crisis');
    }
    const entries = READER_OUTPUTS.map((output): [ReaderOutput, Decoded] => {
      const { bias, scale, weights } = READER_MODEL.outputs[output];
      const bytes = Buffer.from(weights, 'base64');
      return [output, { bias, scale, weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length) }];
    });
    decoded = Object.fromEntries(entries) as Record<ReaderOutput, Decoded>;
  }
  return decoded;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Scores with explicit weights (the training script's folds); the app uses `readCrisis`. */
export function scoreFeatures(
  features: { index: Int32Array; value: Float32Array },
  weightsOf: (output: ReaderOutput) => { bias: number; at: (bucket: number) => number },
): ReaderScores {
  const p = (output: ReaderOutput): number => {
    const { bias, at } = weightsOf(output);
    let z = bias;
    for (let k = 0; k < features.index.length; k++) {
      z += at(features.index[k]) * features.value[k];
    }
    return sigmoid(z);
  };
  return {
    risk: {
      suicidal_ideation: p('suicidal_ideation'),
      self_harm: p('self_harm'),
      overdose: p('overdose'),
      harm_to_others: p('harm_to_others'),
    },
    urgent: p('urgent'),
  };
}

/** The reader's scores for one message. */
export function readCrisis(text: string): ReaderScores {
  const m = model();
  return scoreFeatures(readerFeatures(text), (output) => {
    const { bias, scale, weights } = m[output];
    return { bias, at: (bucket) => weights[bucket] * scale };
  });
}

/** Where the verdict listens to the reader (chosen with the weights; see ReaderWeights). */
export const READER_THRESHOLDS: { concern: number; urgent: number } = READER_MODEL.thresholds;

/** The highest category score: how sure the reader is that the writer is at risk at all. */
export function riskOf(scores: ReaderScores): number {
  return Math.max(...CRISIS_CATEGORIES.map((c) => scores.risk[c]));
}
