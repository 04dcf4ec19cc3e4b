import { AnchorIndex } from './anchor-index';
import { splitClauses, type Clause } from './crisis-clauses';
import { REACTIVATION } from './crisis-lexicon';
import { MessageFacts } from './crisis-match';
import { assess, type Suppression } from './crisis-modifiers';
import { readSignals } from './crisis-signals';
import type { CrisisPattern, PatternFamily } from './crisis-pattern';
import { CRISIS_PATTERNS } from './crisis-patterns';
import type { Person } from './crisis-person';
import type { CrisisCategory, CrisisVerdict } from './crisis-types';
import { readCrisis, READER_THRESHOLDS } from './crisis-reader';
import { grade, verdictOf, withReader, type Graded, type RulesReading } from './crisis-verdict';
import { normaliseText, textVariants } from './text-normalise';
import type { Found } from './text-span';

export type { CrisisCategory, CrisisLevel, CrisisVerdict } from './crisis-types';

/** One pattern match and what the modifiers and the grading made of it; `explainCrisis` returns these for review and tests. */
export interface CrisisHit extends Graded {
  patternId: string;
  categories: readonly CrisisCategory[];
  family: PatternFamily;
  matched: string;
  clause: string;
  person: Person;
  suppressedBy?: Suppression;
}

interface PositionedHit extends CrisisHit {
  position: number;
}

/**
 * Reads a message or draft for suicidal ideation, self-harm, overdose and harm to
 * others, as a pipeline:
 *
 *   normalise (text-normalise.ts: contractions, slang, typos, quotes)
 *   → sentences, tokens, part-of-speech tags and lemmas (crisis-nlp.ts), clauses and their tense (crisis-clauses.ts)
 *   → lexicons and frames (crisis-patterns*.ts: what is said)
 *   → who it is about, when, negation scope, idiom, hyperbole (crisis-modifiers.ts, crisis-scope.ts, crisis-person.ts)
 *   → signals across the message: means, intent, time, finality, despair, death (crisis-signals.ts)
 *   → verdict (crisis-verdict.ts: urgent, concern or none, for the writer or someone else)
 *   → beside the rules, a learned reader (crisis-reader.ts: hashed word and character n-grams) that may
 *     raise a concern where the rules read nothing and set nothing aside, or make a rules' concern urgent.
 */
export function detectCrisis(text: string): CrisisVerdict {
  const rules = readByRules(text);
  return wordsIn(text) < READER_MIN_WORDS ? rules.verdict : withReader(rules, readCrisis(text), READER_THRESHOLDS);
}

/**
 * Below this many words the reader has too little to go on: its scores on everyday two- to four-word
 * chat lines ("only once", "that's it", "cut it out") reached a concern, while over every labelled set
 * it never added a text at risk that short (short risk, "suicidal again", is the rules' lexicon's).
 */
export const READER_MIN_WORDS = 5;

function wordsIn(text: string): number {
  let words = 0;
  for (const part of text.split(/\s+/)) {
    if (/[\p{L}\p{N}]/u.test(part)) {
      words++;
    }
  }
  return words;
}

/** The rules alone (before the learned reader): their verdict and whether they set anything aside. */
export function readByRules(text: string): RulesReading {
  const hits = explainCrisis(text);
  const verdict = verdictOf(hits.filter((hit) => hit.suppressedBy === undefined));
  return { verdict, guarded: verdict.someoneElse.length > 0 || hits.some(setAside) };
}

/**
 * A match the rules judged not to be the writer's risk now (the past, negation, hyperbole, someone
 * else...). A writer's match kept back only for want of context ("tonight", "left a note" with no
 * other farewell cue) is not a judgement: the rules did not know, so the reader may read the message.
 */
function setAside(hit: CrisisHit): boolean {
  return hit.suppressedBy !== undefined && (hit.suppressedBy !== 'missing_context' || hit.owner !== 'writer');
}

export function explainCrisis(text: string): CrisisHit[] {
  return textVariants(text).flatMap((variant) => hitsIn(variant, text));
}

// The writer as the subject of their own words.
const WRITER = /\bi\b/;

// Plain loops and one result array: every pattern is tried on every message (most match nothing), so
// per-call arrays and callbacks cost more than the expressions themselves.
function hitsIn(variant: string, raw: string): PositionedHit[] {
  const normalised = normaliseText(variant);
  const clauses = splitClauses(normalised);
  const hits: PositionedHit[] = [];
  const message = new MessageFacts(normalised);
  matchAll(CLAUSE_PATTERNS, clauses, message, raw, hits);
  matchAll(SENTENCE_PATTERNS, sentencesOf(clauses), message, raw, hits);
  const reopened = lastReactivation(clauses);
  const kept = hits.map((hit) =>
    REOPENABLE.has(hit.suppressedBy) && hit.position < reopened ? { ...hit, suppressedBy: undefined } : hit,
  );
  // What no one statement says, the message as a whole may (crisis-signals.ts).
  // A clause the rules read as someone else's risk ("my friend texted me 'im gonna end it tonight'") is theirs
  // for the signals too: its intent and time are not the writer's. If the writer speaks in it as well ("my brother
  // wants to die too and im heading to the bridge now"), what the writer says from their "i" on is still read.
  const theirs = (clause: string): boolean =>
    hits.some((hit) => hit.owner === 'someone_else' && hit.suppressedBy === undefined && hit.clause === clause);
  let signals = readSignals(clauses, normalised);
  if (signals !== undefined && theirs(signals.clause.text)) {
    const writers: Clause[] = [];
    for (const clause of clauses) {
      if (!theirs(clause.text)) {
        writers.push(clause);
        continue;
      }
      const own = WRITER.exec(clause.text);
      if (own !== null) {
        writers.push({ ...clause, text: clause.text.slice(own.index) });
      }
    }
    signals = readSignals(writers, normalised);
  }
  if (signals !== undefined) {
    kept.push({
      patternId: `signals-${signals.level}`,
      categories: signals.categories,
      family: signals.level === 'urgent' ? 'plan' : 'passive',
      matched: signals.cues,
      clause: signals.clause.text,
      person: 'first',
      level: signals.level,
      owner: 'writer',
      position: signals.clause.position,
    });
  }
  return kept;
}

// Each alternative is first looked for by its words (a string search), then found in the whole message,
// one clause to a line; it is run only on the clauses where it was found.
function matchAll(
  patterns: readonly CrisisPattern[],
  clauses: Clause[],
  message: MessageFacts,
  raw: string,
  into: PositionedHit[],
): void {
  const lines = clauses.map((clause) => clause.text).join('\n');
  const lineStarts: number[] = [];
  for (let start = 0, i = 0; i < clauses.length; start += clauses[i].text.length + 1, i++) {
    lineStarts.push(start);
  }
  const anchored = ANCHORS.keysIn(lines);
  for (const pattern of patterns) {
    const first = FIRST_ALTERNATIVE.get(pattern);
    for (let i = 0; i < pattern.regexes.length; i++) {
      if (pattern.anchors[i] !== undefined && (first === undefined || !anchored.has(first + i))) {
        continue;
      }
      for (const at of clausesHolding(pattern.screens[i], lines, lineStarts)) {
        matchClause(pattern, pattern.regexes[i], clauses[at], message, raw, into);
      }
    }
  }
}

const NOWHERE: readonly number[] = [];

/** The indexes of the lines the expression matches in; every line when it has no screen. Exported for its test. */
export function clausesHolding(
  screen: RegExp | undefined,
  lines: string,
  lineStarts: readonly number[],
): readonly number[] {
  if (screen === undefined) {
    return lineStarts.map((_, i) => i);
  }
  screen.lastIndex = 0;
  let found = screen.exec(lines);
  if (found === null) {
    return NOWHERE;
  }
  const holding: number[] = [];
  for (; found !== null; found = screen.exec(lines)) {
    const line = lineOf(found.index, lineStarts);
    if (holding[holding.length - 1] !== line) {
      holding.push(line);
    }
    // Past this line: one match is enough to run the clause's own expression there.
    const next = lineStarts[line + 1];
    screen.lastIndex =
      next === undefined ? lines.length + 1 : Math.max(next, screen.lastIndex + (found[0] === '' ? 1 : 0));
  }
  return holding;
}

function lineOf(index: number, lineStarts: readonly number[]): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle] <= index) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return low;
}

/** Each pattern's first alternative's number; the alternatives after it follow on. */
const FIRST_ALTERNATIVE = new Map<CrisisPattern, number>();
/** Every alternative's words, found in a message in one pass (anchor-index.ts). */
const ANCHORS = new AnchorIndex<number>(
  (function* alternatives(): Generator<readonly [number, readonly string[]]> {
    let next = 0;
    for (const pattern of CRISIS_PATTERNS) {
      FIRST_ALTERNATIVE.set(pattern, next);
      for (const anchors of pattern.anchors) {
        if (anchors !== undefined) {
          yield [next, anchors];
        }
        next++;
      }
    }
  })(),
);

const CLAUSE_PATTERNS = CRISIS_PATTERNS.filter((pattern) => pattern.acrossClauses !== true);
const SENTENCE_PATTERNS = CRISIS_PATTERNS.filter((pattern) => pattern.acrossClauses === true);

// Each sentence once, as a clause of its own, for the rules that read across commas.
function sentencesOf(clauses: Clause[]): Clause[] {
  const first = new Map<string, Clause>();
  for (const clause of clauses) {
    if (!first.has(clause.sentence)) {
      first.set(clause.sentence, { ...clause, text: clause.sentence });
    }
  }
  return [...first.values()];
}

/** Adds each match of one of the pattern's expressions in the clause, in order, to `into`. */
function matchClause(
  pattern: CrisisPattern,
  regex: RegExp,
  clause: Clause,
  message: MessageFacts,
  raw: string,
  into: PositionedHit[],
): void {
  for (const { index, match: matched } of allMatches(regex, clause.text)) {
    // What modifiers read before a match is bounded: their words reach a few clauses back at most, and a
    // message with no stops would otherwise cost its length for every match in it.
    const before = clause.text.slice(Math.max(0, index - BEFORE_REACH), index).trim();
    const after = clause.text.slice(index + matched.length);
    const { person, suppressedBy } = assess({
      pattern,
      matched,
      before,
      after,
      clause,
      text: message.text,
      raw,
      message,
    });
    into.push({
      patternId: pattern.id,
      categories: pattern.categories,
      family: pattern.family,
      matched,
      clause: clause.text,
      person,
      ...grade({ message, pattern, matched, before, sentence: clause.sentence, person }),
      suppressedBy,
      position: clause.position,
    });
  }
}

const BEFORE_REACH = 300;

const NO_MATCHES: readonly Found[] = [];

// exec on the rule's own expression: matchAll would copy it on every call, and copies run slower.
function allMatches(regex: RegExp, text: string): readonly Found[] {
  regex.lastIndex = 0;
  let m = regex.exec(text);
  if (m === null) {
    return NO_MATCHES;
  }
  const found: Found[] = [];
  for (; m !== null; m = regex.exec(text)) {
    found.push({ match: m[0], index: m.index });
    if (m[0] === '') {
      regex.lastIndex++;
    }
  }
  return found;
}

const REOPENABLE: ReadonlySet<Suppression | undefined> = new Set(['recovery', 'distant_past', 'negation']);

// "I used to want to die but lately the thoughts are back": a later clause reopens what came before it.
function lastReactivation(clauses: Clause[]): number {
  for (let i = clauses.length - 1; i >= 0; i--) {
    if (REACTIVATION.test(clauses[i].text)) {
      return clauses[i].position;
    }
  }
  return -1;
}
