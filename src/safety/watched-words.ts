import { isSafePattern } from './safe-pattern';

export { isSafePattern } from './safe-pattern';

/**
 * Admin-managed watched words (PRODUCT.md, Automatic filters). A plain term
 * matches as a whole word, in any case, with repeated letters ("shiiit") and
 * simple leetspeak ("sh1t", "$hit"); a regex term is used as written once
 * `isSafePattern` accepts it.
 */
export type WatchedWordAction = 'block' | 'require_approval' | 'flag' | 'censor';

export interface WatchedWord {
  id: string;
  term: string;
  action: WatchedWordAction;
  /** The term is a regular expression rather than a plain word or phrase. */
  isRegex?: boolean;
}

export interface WatchedWordMatch {
  id: string;
  action: WatchedWordAction;
  term: string;
  index: number;
  length: number;
}

export interface CompiledWatchedWords {
  match(text: string): WatchedWordMatch[];
  /** Entries that were not compiled, with the reason, for the admin screen. */
  readonly refused: readonly { id: string; term: string; reason: string }[];
}

interface CompiledWord {
  word: WatchedWord;
  regex: RegExp;
}

const LEET: Readonly<Record<string, string>> = {
  a: 'a4@',
  e: 'e3',
  i: 'i1',
  l: 'l1',
  o: 'o0',
  s: 's5$',
};
const MAX_TERM_LENGTH = 100;

export function compileWatchedWords(list: readonly WatchedWord[]): CompiledWatchedWords {
  const compiled: CompiledWord[] = [];
  const refused: { id: string; term: string; reason: string }[] = [];
  for (const word of list) {
    const reason = word.isRegex === true ? isSafePattern(word.term) : plainTermProblem(word.term);
    if (reason === undefined) {
      compiled.push({ word, regex: word.isRegex === true ? new RegExp(word.term, 'giu') : plainTermRegex(word.term) });
    } else {
      refused.push({ id: word.id, term: word.term, reason });
    }
  }
  return { match: (text) => matchAll(compiled, text), refused };
}

function matchAll(compiled: readonly CompiledWord[], text: string): WatchedWordMatch[] {
  const found: WatchedWordMatch[] = [];
  for (const { word, regex } of compiled) {
    for (const m of text.matchAll(regex)) {
      if (m[0].length > 0) {
        found.push({ id: word.id, action: word.action, term: word.term, index: m.index ?? 0, length: m[0].length });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index || b.length - a.length);
}

function plainTermProblem(term: string): string | undefined {
  const trimmed = term.trim();
  if (trimmed === '') {
    return 'the term is empty';
  }
  return trimmed.length > MAX_TERM_LENGTH ? `the term is longer than ${MAX_TERM_LENGTH} characters` : undefined;
}

/** "ass" → a letter class per run of letters, each run allowed to repeat: [a4@]+[s5$]{2,} */
export function plainTermRegex(term: string): RegExp {
  const runs =
    term
      .trim()
      .toLowerCase()
      .normalize('NFKC')
      .match(/(.)\1*/gsu) ?? [];
  const body = runs.map(runPattern).join('');
  // Whole words only: "ass" must not match inside "class" or "assistant".
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

function runPattern(run: string): string {
  const ch = run[0];
  if (/\s/u.test(ch)) {
    return '[\\s_.-]+';
  }
  const alternatives = LEET[ch] ?? ch;
  const charClass = `[${[...alternatives].map(escapeInClass).join('')}]`;
  // A run of one letter may be stretched ("shiiit"); a double letter must stay at least double.
  return run.length === 1 ? `${charClass}+` : `${charClass}{${[...run].length},}`;
}

function escapeInClass(ch: string): string {
  return /[\\\]^[-]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * Replaces each matched span with asterisks: one per character, and never fewer
 * than three, so a short word cannot be guessed from a one-star gap.
 */
export function censor(text: string, matches: readonly Pick<WatchedWordMatch, 'index' | 'length'>[]): string {
  let result = '';
  let cursor = 0;
  for (const span of mergeSpans(matches)) {
    result += text.slice(cursor, span.start) + '*'.repeat(Math.max(3, span.end - span.start));
    cursor = span.end;
  }
  return result + text.slice(cursor);
}

function mergeSpans(matches: readonly Pick<WatchedWordMatch, 'index' | 'length'>[]): { start: number; end: number }[] {
  const sorted = [...matches].sort((a, b) => a.index - b.index);
  const spans: { start: number; end: number }[] = [];
  for (const { index, length } of sorted) {
    const last = spans[spans.length - 1];
    if (last !== undefined && index <= last.end) {
      last.end = Math.max(last.end, index + length);
    } else {
      spans.push({ start: index, end: index + length });
    }
  }
  return spans;
}
