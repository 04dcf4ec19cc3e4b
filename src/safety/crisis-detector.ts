import { splitClauses, type Clause } from './crisis-clauses';
import { REACTIVATION } from './crisis-lexicon';
import { assess, type Suppression } from './crisis-modifiers';
import type { CrisisPattern, PatternFamily } from './crisis-pattern';
import { CRISIS_PATTERNS } from './crisis-patterns';
import type { Person } from './crisis-person';
import type { CrisisCategory, CrisisVerdict } from './crisis-types';
import { grade, verdictOf, type Graded } from './crisis-verdict';
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
 *   → verdict (crisis-verdict.ts: urgent, concern or none, for the writer or someone else).
 */
export function detectCrisis(text: string): CrisisVerdict {
  return verdictOf(explainCrisis(text).filter((hit) => hit.suppressedBy === undefined));
}

export function explainCrisis(text: string): CrisisHit[] {
  return textVariants(text).flatMap((variant) => hitsIn(variant, text));
}

// Plain loops and one result array: this runs every pattern on every clause of every message (most match
// nothing), so per-call arrays and callbacks cost more than the expressions themselves.
function hitsIn(variant: string, raw: string): PositionedHit[] {
  const normalised = normaliseText(variant);
  const clauses = splitClauses(normalised);
  const hits: PositionedHit[] = [];
  for (const clause of clauses) {
    for (const pattern of CLAUSE_PATTERNS) {
      matchClause(pattern, clause, normalised, raw, hits);
    }
  }
  for (const sentence of sentencesOf(clauses)) {
    for (const pattern of SENTENCE_PATTERNS) {
      matchClause(pattern, sentence, normalised, raw, hits);
    }
  }
  return hits.map((hit) => (isReactivated(hit, clauses) ? { ...hit, suppressedBy: undefined } : hit));
}

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

/** Adds each match of the pattern's expressions in the clause, in order, to `into`. */
function matchClause(pattern: CrisisPattern, clause: Clause, text: string, raw: string, into: PositionedHit[]): void {
  for (const regex of pattern.regexes) {
    for (const { index, match: matched } of allMatches(regex, clause.text)) {
      const before = clause.text.slice(0, index).trim();
      const after = clause.text.slice(index + matched.length);
      const { person, suppressedBy } = assess({ pattern, matched, before, after, clause, text, raw });
      into.push({
        patternId: pattern.id,
        categories: pattern.categories,
        family: pattern.family,
        matched,
        clause: clause.text,
        person,
        ...grade({ pattern, matched, before, sentence: clause.sentence, person }),
        suppressedBy,
        position: clause.position,
      });
    }
  }
}

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

// "I used to want to die but lately the thoughts are back": a later clause reopens the old statement.
function isReactivated(hit: PositionedHit, clauses: Clause[]): boolean {
  if (!REOPENABLE.has(hit.suppressedBy)) {
    return false;
  }
  return clauses.some((clause) => clause.position > hit.position && REACTIVATION.test(clause.text));
}
