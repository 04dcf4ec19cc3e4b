import { anchorsOf } from './crisis-anchors';
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
  | 'weapon_context' // "I know where he lives" counts when a weapon is in the message
  | 'finality' // a goodbye counts only beside a second, different farewell cue and no ordinary leaving
  | 'despair_fragments'; // words of despair count when the message is made of such fragments

export interface CrisisPattern {
  id: string;
  categories: readonly CrisisCategory[];
  family: PatternFamily;
  /** The source's top-level alternatives, compiled one by one: small regular expressions run far faster than one large one. */
  regexes: readonly RegExp[];
  /**
   * The same alternatives for a whole message at once, its clauses one to a line (global and multiline, so
   * `^` and `$` still meet clause edges): one scan finds the clauses an alternative is then run on. Undefined
   * for an alternative that could reach across a line break, which is run on every clause.
   */
  screens: readonly (RegExp | undefined)[];
  /** For each alternative, words one of which it needs (crisis-anchors.ts), when they can be read from its source. */
  anchors: readonly (readonly string[] | undefined)[];
  /** Tested on the clause text right after the match (starts with a space): idioms such as "hurt myself laughing". */
  notAfter?: RegExp;
  /** Tested on the clause text right before the match. */
  notBefore?: RegExp;
  /** Tested on the whole sentence: context that gives the words another meaning. */
  notInSentence?: RegExp;
  needs?: PatternNeed;
  /** Tested on the whole message: context without which the words mean something else ("chickened out"). */
  requires?: RegExp;
  /** Tested on the whole message: an ordinary explanation ("I won't be around, I'm on vacation"). */
  unless?: RegExp;
  /** The words are the writer's own act even when another person is named nearby ("gave her my car keys"). */
  aboutWriter?: boolean;
  /** Matched across the whole sentence rather than one clause: "if I don't wake up tomorrow, that's fine by me". */
  acrossClauses?: boolean;
}

export interface PatternSpec extends Omit<CrisisPattern, 'regexes' | 'screens' | 'anchors' | 'categories'> {
  source: string;
  categories: CrisisCategory | readonly CrisisCategory[];
}

export function pattern(spec: PatternSpec): CrisisPattern {
  const { source, categories, ...rest } = spec;
  const alternatives = topLevelAlternatives(source);
  return {
    ...rest,
    categories: typeof categories === 'string' ? [categories] : categories,
    regexes: alternatives.map((alternative) => new RegExp(alternative, 'g')),
    screens: alternatives.map((alternative) =>
      /\\n|\.\*/.test(alternative) ? undefined : new RegExp(alternative, 'gm'),
    ),
    anchors: alternatives.map(anchorsOf),
  };
}

/** Splits "a|(b|c)|d" into "a", "(b|c)", "d", minding escapes and character classes. */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
    } else if (inClass) {
      inClass = ch !== ']';
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')') {
      depth--;
    } else if (ch === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/**
 * Up to `max` words between a frame and what it frames ("want to just go and die").
 * Bounded, and it cannot cross a word that changes who or whether: a negator, another
 * subject, "help" or "stop" ("I want to help people not die"). Frames take no new "I" either
 * ("think [I am] dying" is fear, not ideation) unless `acrossSubject` says the gap may hold one.
 */
export const gap = (max: number, { acrossSubject = false } = {}): string =>
  String.raw`(?:(?!(?:not|never|no|${acrossSubject ? '' : 'i|am|'}you|he|she|they|him|her|them|people|someone|somebody|anyone|everyone|help|stop|if|but|because|when|who|what|why)\b)[a-z0-9]+ ){0,${max}}`;

/** A determiner or possessive and up to two modifiers before a head noun: "my dad's", "the pencil sharpener", "all my old". */
export const DETERMINED = String.raw`(?:(?:a|an|the|my|his|her|their|our|this|that|these|those|some|all|all my|all the|all of my|another|my own|his own|her own|[a-z]+s) )?(?:[a-z0-9]+ ){0,2}?`;

export const REFLEXIVE = String.raw`(?:myself|meself|ourselves|yourself|yourselves|himself|herself|themselves|themself|themselfs)`;
