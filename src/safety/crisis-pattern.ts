import type { CrisisCategory } from './crisis-types';

/**
 * One rule of the crisis detector. `source` matches the core of a statement
 * ("kill myself", "took the whole bottle"); who says it, whether it is negated,
 * past, hypothetical or an idiom is decided by the modifiers around the match.
 */
export type PatternFamily =
  | 'intent' // "I'm going to kill myself"
  | 'plan' // means, goodbye letters, a chosen date
  | 'act' // something done, recently: "I've been cutting again"
  | 'emergency' // a body in danger now: "he isn't breathing"
  | 'threat' // someone else threatening the member
  | 'passive' // "I wish I was dead", "everyone would be better off without me"
  | 'urge'; // "urges to cut are bad tonight"

export type PatternNeed =
  | 'self_reference' // nominal rules ("self harm", "overdose") need the writer in the clause
  | 'use_context' // breathing trouble or a seizure counts when drugs or alcohol are mentioned
  | 'intent_subject' // violence towards others needs someone stating intent
  | 'weapon_context'; // "I know where he lives" counts when a weapon is in the message

export interface CrisisPattern {
  id: string;
  categories: readonly CrisisCategory[];
  family: PatternFamily;
  regex: RegExp;
  /** Tested on the clause text right after the match (starts with a space): idioms such as "hurt myself laughing". */
  notAfter?: RegExp;
  /** Tested on the clause text right before the match. */
  notBefore?: RegExp;
  /** Tested on the whole sentence: context that gives the words another meaning. */
  notInSentence?: RegExp;
  needs?: PatternNeed;
}

export interface PatternSpec extends Omit<CrisisPattern, 'regex' | 'categories'> {
  source: string;
  categories: CrisisCategory | readonly CrisisCategory[];
}

export function pattern(spec: PatternSpec): CrisisPattern {
  const { source, categories, ...rest } = spec;
  return {
    ...rest,
    categories: typeof categories === 'string' ? [categories] : categories,
    regex: new RegExp(source, 'g'),
  };
}

export const REFLEXIVE = String.raw`(?:myself|meself|ourselves|yourself|yourselves|himself|herself|themselves|themself|themselfs)`;
