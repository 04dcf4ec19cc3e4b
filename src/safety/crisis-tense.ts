/**
 * Rough tense of a matched statement, enough to tell "my friend killed himself"
 * (grief) from "my friend says he wants to kill himself" (danger now).
 */
const PAST_VERBS = new Set([
  'killed',
  'hanged',
  'hung',
  'shot',
  'drowned',
  'overdosed',
  'died',
  'took',
  'tried',
  'attempted',
  'committed',
  'ended',
  'wanted',
  'wished',
  'cut',
  'burned',
  'burnt',
  'jumped',
  'threw',
  'swallowed',
  'slit',
  'stabbed',
  'harmed',
  'hurt',
  'was',
  'were',
  'had',
  'wrote',
  'left',
  'gave',
  'mixed',
  'drank',
  'ate',
  'popped',
  'downed',
  'scratched',
  'punched',
  'starved',
  'offed',
  'poisoned',
  'relapsed',
  'did',
  'used',
]);

const PRESENT = new Set([
  'is',
  'are',
  'am',
  'has',
  'have',
  'will',
  'keeps',
  'keep',
  'says',
  'wants',
  'want',
  'need',
  'going',
  'now',
  'tonight',
  'still',
  'can',
  'might',
  'may',
  'about',
  'ready',
  'plan',
  'planning',
  'thinking',
  'swear',
  'like',
]);
const PAST = new Set(['was', 'were', 'had', 'did', 'tried', 'attempted', 'wanted', 'used', 'once', 'died']);

// Same spelling in present and past: "she will cut herself" vs "she cut herself".
const AMBIGUOUS = new Set(['cut', 'hurt', 'hit', 'shot', 'slit', 'put', 'beat', 'set', 'split', 'quit']);

export function isPastTense(matched: string, prefix: string): boolean {
  const verb = matched.split(' ')[0];
  if (PAST_VERBS.has(verb) && !AMBIGUOUS.has(verb)) {
    return true;
  }
  if (verb.endsWith('s') && !verb.endsWith('ss')) {
    return false;
  }
  // A base form or -ing form takes its tense from the auxiliary before it.
  return tenseOfAuxiliary(prefix) ?? AMBIGUOUS.has(verb);
}

function tenseOfAuxiliary(prefix: string): boolean | undefined {
  const words = prefix.split(' ');
  for (let i = words.length - 1; i >= 0; i--) {
    if (PRESENT.has(words[i])) {
      return false;
    }
    if (PAST.has(words[i])) {
      return true;
    }
  }
  return undefined;
}

/** When a clause puts what it says, read from its first finite verb. */
export type Tense = 'past' | 'present' | 'future' | 'unknown';

const FUTURE_AUX = new Set(['will', 'shall', 'gonna']);
const PRESENT_AUX = new Set(['am', 'is', 'are', 'do', 'does', 'have', 'has', 'can', 'keep', 'keeps']);
const PAST_AUX = new Set(['was', 'were', 'did', 'had', 'used']);

/**
 * The first auxiliary or verb decides: "will", "going to", "about to" look ahead; "am",
 * "have been" speak of now; "was", "did", and a verb whose form differs from its lemma
 * without being a present form ("took", "wanted") look back.
 */
export function tenseOf(words: readonly string[], pos: readonly string[], lemmas: readonly string[]): Tense {
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (pos[i] !== 'AUX' && pos[i] !== 'VERB') {
      continue;
    }
    if (FUTURE_AUX.has(word) || ((word === 'going' || word === 'about') && words[i + 1] === 'to')) {
      return 'future';
    }
    if (PRESENT_AUX.has(word)) {
      return 'present';
    }
    if (PAST_AUX.has(word)) {
      return 'past';
    }
    if (pos[i] === 'VERB' && !word.endsWith('ing')) {
      return word !== lemmas[i] && !word.endsWith('s') ? 'past' : 'present';
    }
  }
  return 'unknown';
}
