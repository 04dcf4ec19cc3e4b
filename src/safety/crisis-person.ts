import { ANIMAL_NOUN, PERSON_NOUN } from './crisis-lexicon';

/**
 * Who a crisis statement is about. The writer ("first") is the person we must
 * reach; a named other ("third": "my roommate says she'll kill herself tonight")
 * is reported danger staff must act on; "generic" (people, someone) and
 * "second" (you, yourself: advice or harassment) are not a crisis of anyone's.
 */
export type Person = 'first' | 'second' | 'third' | 'generic' | 'thing' | 'animal' | 'body' | 'implicit';

const REFLEXIVE_PERSON: Readonly<Record<string, Person>> = {
  myself: 'first',
  meself: 'first',
  ourselves: 'first',
  yourself: 'second',
  yourselves: 'second',
  himself: 'third',
  herself: 'third',
  themselves: 'third',
  themself: 'third',
  themselfs: 'third',
};

const PRONOUN_PERSON: Readonly<Record<string, Person>> = {
  i: 'first',
  me: 'first',
  you: 'second',
  yall: 'second',
  ya: 'second',
  he: 'third',
  she: 'third',
  they: 'third',
  him: 'third',
  her: 'third',
  them: 'third',
  someone: 'generic',
  somebody: 'generic',
  anyone: 'generic',
  anybody: 'generic',
  everyone: 'generic',
  everybody: 'generic',
  nobody: 'generic',
  people: 'generic',
  person: 'generic',
  we: 'generic',
  us: 'generic',
  it: 'thing',
  this: 'thing',
};

const PERSON_NOUN_ONLY = new RegExp(`^${PERSON_NOUN}$`);
const ANIMAL_NOUN_ONLY = new RegExp(`^${ANIMAL_NOUN}$`);
const BODY_PART =
  /^(legs|feet|arms|knees|calves|thighs|hamstrings|quads|glutes|muscles|back|shoulders|hips|ankles|toes|fingers|hands|wrists|feet|lungs|liver|kidneys|ears|eyes|bones|joints|abs)$/;
const DEFINITE = new Set(['my', 'his', 'her', 'their', 'our', 'the', 'that', 'your']);

export function resolvePerson(matched: string, before: string): Person {
  // "Everyone would be better off without me" is about the writer, whoever the grammatical subject is.
  if (/\b(i|me)\b/.test(matched)) {
    return 'first';
  }
  const reflexive =
    /\b(myself|meself|ourselves|yourself|yourselves|himself|herself|themselves|themself|themselfs)\b/.exec(matched);
  const fromPrefix = subjectOf(before);
  if (reflexive) {
    const person = REFLEXIVE_PERSON[reflexive[1]];
    // "people who kill themselves" is about no one in particular.
    return person === 'third' && fromPrefix === 'generic' ? 'generic' : person;
  }
  return fromPrefix;
}

/** Scans back from the match for the nearest subject-like word. */
function subjectOf(before: string): Person {
  // The subject is near: twenty words back is far enough, and a long sentence would cost its length per match.
  const tokens = before
    .slice(-200)
    .split(' ')
    .filter((token) => /^[\p{L}\p{N}]+$/u.test(token))
    .slice(-20);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const person = personAt(tokens, i);
    if (person !== undefined) {
      return person;
    }
  }
  return 'implicit';
}

// Texting drops the "my": "bf took a bunch of xanax", "mom says she wants to die".
const BARE_KIN = new Set([
  'bf',
  'gf',
  'mom',
  'mum',
  'dad',
  'sister',
  'brother',
  'roommate',
  'husband',
  'wife',
  'boyfriend',
  'girlfriend',
  'son',
  'daughter',
  'bestie',
  'partner',
]);

const CLAUSE_START = new Set([
  'and',
  'so',
  'then',
  'but',
  'when',
  'because',
  'while',
  'cause',
  'cos',
  'coz',
  'after',
  'until',
]);

function startsAClause(tokens: string[], at: number): boolean {
  return at === 0 || CLAUSE_START.has(tokens[at - 1]);
}

function personAt(tokens: string[], i: number): Person | undefined {
  const token = tokens[i];
  if (i === 0 && BARE_KIN.has(token)) {
    return 'third';
  }
  // Round 11: "my legs want to die" after a run: a sore body part wishes nothing.
  if (BODY_PART.test(token) && tokens[i - 1] === 'my' && startsAClause(tokens, i - 1)) {
    return 'body';
  }
  // Round 11: "the dog got into the medicine cabinet", "puppy got hold of my gummies": a pet is no one's crisis.
  // Only as the subject, starting its stretch: in "fed the cat and then took all my pills" the cat is an object.
  if (ANIMAL_NOUN_ONLY.test(token) && startsAClause(tokens, DEFINITE.has(tokens[i - 1]) ? i - 1 : i)) {
    return 'animal';
  }
  const next = tokens[i + 1] ?? '';
  // "Does anyone else want to die?" is a disclosure, not a survey.
  if ((token === 'anyone' || token === 'anybody') && next === 'else') {
    return 'first';
  }
  if (PERSON_NOUN_ONLY.test(token) && i > 0) {
    const determiner = tokens[i - 1];
    if (DEFINITE.has(determiner) || DEFINITE.has(tokens[i - 2] ?? '')) {
      return 'third';
    }
    if (['a', 'an', 'some', 'any', 'many', 'most'].includes(determiner)) {
      return 'generic';
    }
  }
  return PRONOUN_PERSON[token];
}
