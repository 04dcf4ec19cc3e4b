import { splitClauses, type Clause } from './crisis-clauses';
import { REACTIVATION } from './crisis-lexicon';
import { assess, localPrefix, type Suppression } from './crisis-modifiers';
import type { CrisisPattern, PatternFamily } from './crisis-pattern';
import { CRISIS_PATTERNS } from './crisis-patterns';
import type { Person } from './crisis-person';
import { CRISIS_CATEGORIES, type CrisisCategory, type CrisisSeverity, type CrisisVerdict } from './crisis-types';
import { normaliseText, textVariants } from './text-normalise';
import type { Found } from './text-span';

export type { CrisisCategory, CrisisSeverity, CrisisVerdict } from './crisis-types';

/** One pattern match and what the modifiers made of it; `explainCrisis` returns these for review and tests. */
export interface CrisisHit {
  patternId: string;
  categories: readonly CrisisCategory[];
  family: PatternFamily;
  matched: string;
  clause: string;
  person: Person;
  severity: Exclude<CrisisSeverity, 'none'>;
  suppressedBy?: Suppression;
}

interface PositionedHit extends CrisisHit {
  position: number;
}

/**
 * Reads a message or draft for suicidal ideation, self-harm, overdose and harm
 * to others. In doubt it says yes: a false alarm costs a moderator a minute,
 * a miss can cost a life.
 */
export function detectCrisis(text: string): CrisisVerdict {
  const active = explainCrisis(text).filter((hit) => hit.suppressedBy === undefined);
  if (active.length === 0) {
    return { crisis: false, categories: [], severity: 'none' };
  }
  const found = new Set(active.flatMap((hit) => hit.categories));
  return {
    crisis: true,
    categories: CRISIS_CATEGORIES.filter((category) => found.has(category)),
    severity: active.some((hit) => hit.severity === 'urgent') ? 'urgent' : 'concern',
  };
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
        severity: severityOf(pattern, before),
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

const URGENT: ReadonlySet<PatternFamily> = new Set(['intent', 'plan', 'act', 'emergency', 'threat']);
const URGE_WORDS =
  /\b(urges?|tempted|craving|thinking about|think about|almost|nearly|trying not to|struggling not to|fighting)\b/;

// Urges to self-harm call for a check-in; suicidal intent, acts and emergencies call for one now.
function severityOf(pattern: CrisisPattern, before: string): Exclude<CrisisSeverity, 'none'> {
  if (!URGENT.has(pattern.family)) {
    return 'concern';
  }
  const selfHarmOnly = pattern.categories.length === 1 && pattern.categories[0] === 'self_harm';
  return selfHarmOnly && URGE_WORDS.test(localPrefix(before)) ? 'concern' : 'urgent';
}

const REOPENABLE: ReadonlySet<Suppression | undefined> = new Set(['recovery', 'distant_past', 'negation']);

// "I used to want to die but lately the thoughts are back": a later clause reopens the old statement.
function isReactivated(hit: PositionedHit, clauses: Clause[]): boolean {
  if (!REOPENABLE.has(hit.suppressedBy)) {
    return false;
  }
  return clauses.some((clause) => clause.position > hit.position && REACTIVATION.test(clause.text));
}
