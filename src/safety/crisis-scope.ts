import { SCOPE_BREAK, NEGATOR } from './crisis-lexicon';
import type { MatchContext, Suppression } from './crisis-match';
import type { Person } from './crisis-person';

/**
 * How far a word's meaning reaches in a clause: the "if" of a conditional, a
 * negator before its verb, a question asked about people in general.
 */
/** The part of the clause after the last word that can start a new subject ("and", "if", "that"). */
export function localPrefix(before: string, keepBreakWord = false): string {
  let start = 0;
  for (const match of before.matchAll(SCOPE_BREAK)) {
    start = (match.index ?? 0) + (keepBreakWord ? 0 : match[0].length);
  }
  return before.slice(start).trim();
}

const CONDITIONAL = /\b(what if|even if|as if|if|whether|whenever|when|in case|suppose|supposing|imagine|pretend)\b/g;
const INDIRECT_QUESTION =
  /\b(know|sure|wonder|wondering|unsure|decide|deciding|care|question|questioning|see|tell)\s*$/;
const ASKED = /\b(asked|asks|ask|asking)( (me|us|them|him|her|everyone|the group))?\s*$/;
const SUBJECT = /\b(i|you|he|she|they|we|it|my \w+|someone|people)\b/g;

/** Inside the "if" half of a conditional, nothing is being said about now. */
export function hypothetical({ before, matched }: MatchContext): Suppression | undefined {
  const conditional = [...before.matchAll(CONDITIONAL)].pop();
  if (conditional === undefined) {
    return undefined;
  }
  const head = before.slice(0, conditional.index);
  const tail = before.slice((conditional.index ?? 0) + conditional[0].length);
  const ifLike = conditional[0] === 'if' || conditional[0] === 'whether';
  if (ifLike && ASKED.test(head) && !/\bi\s+(asked|ask)\b/.test(head)) {
    return 'reported_question';
  }
  // "I don't know if I want to live" and "what if I just ended it" are ambivalence, not hypotheses.
  if ((ifLike && INDIRECT_QUESTION.test(head)) || /^what if$/.test(conditional[0])) {
    return conditional[0] === 'what if' && !/^\s*i\b/.test(tail) ? 'hypothetical' : undefined;
  }
  // A second subject after the "if" means the match sits in the consequence: "if I relapse I'll kill myself".
  // ...unless the second subject is inside reported speech: "if she says she wants to die".
  // The match's own subject counts too: "if my mom wasn't alive [I'd have done it already]".
  const subjects = (tail.match(SUBJECT)?.length ?? 0) + (/^(i|you|he|she|they|we)\b/.test(matched) ? 1 : 0);
  const reported =
    /\b(says|said|tells|told|thinks|writes|texts|mentions) ((me|us|you) )?(that )?(i|you|he|she|they|we)\b/.test(tail);
  return (subjects >= 2 && !reported) || /\bthen\b/.test(tail) ? undefined : 'hypothetical';
}

/** "Can mixing benzos and alcohol kill you?" asks about people in general. */
export function genericQuestion({ clause }: MatchContext, person: Person): Suppression | undefined {
  const aboutYou = /\byou\b/.test(clause.sentence) && !/\b(i|me|my)\b/.test(clause.sentence);
  return clause.isQuestion && person !== 'first' && person !== 'third' && aboutYou ? 'reported_question' : undefined;
}

const NOT_REALLY_NEGATED = /^(sure|certain|know|stop|help|shake|resist|fight|get rid|get over|get past|escape)\b/;
const STRUGGLING_AGAINST = /\b(trying|try|tried|struggling|struggle|fighting|hard|best|barely)\s*$/;
const NEG_RAISING = /\b(do not|does not|did not|never) (think|feel like|believe|feel|mean|make)\s*$/;

/** A negator between the subject and the verb: "I'm not going to hurt myself". */
export function negation({ before, matched }: MatchContext): Suppression | undefined {
  // A match that brings its own subject is a clause of its own: "if my mom wasn't alive [I'd have done it]".
  if (/^(i|you|he|she|they|we)\b/.test(matched)) {
    return undefined;
  }
  const tokens = localPrefix(before).split(' ').filter(Boolean).slice(-7);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if (['i', 'you', 'he', 'she', 'they', 'we', 'me'].includes(token)) {
      // "I don't think I'm suicidal" negates through the verb of thinking.
      return NEG_RAISING.test(tokens.slice(0, i).join(' ')) ? 'negation' : undefined;
    }
    if (NEGATOR.test(token) && isRealNegation(tokens, i)) {
      return 'negation';
    }
  }
  return undefined;
}

function isRealNegation(tokens: string[], i: number): boolean {
  const following = tokens.slice(i + 1).join(' ');
  const preceding = tokens.slice(0, i).join(' ');
  // "I can't stop thinking about dying" and "trying not to cut" are not denials; urges are present.
  return !NOT_REALLY_NEGATED.test(following) && !STRUGGLING_AGAINST.test(preceding);
}
