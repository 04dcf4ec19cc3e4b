import type { Clause } from './crisis-clauses';
import {
  DISTANT_PAST,
  EDUCATION_CONTEXT,
  JOKE,
  MEDIA_CONTEXT,
  NEGATOR,
  RECENT,
  RECOVERY,
  RESOLVED_AFTER,
  SCOPE_BREAK,
  USE_CONTEXT,
  WEAPON_CONTEXT,
} from './crisis-lexicon';
import type { CrisisPattern } from './crisis-pattern';
import { resolvePerson, type Person } from './crisis-person';
import { isPastTense } from './crisis-tense';

/** Why a pattern match was set aside. */
export type Suppression =
  | 'idiom'
  | 'missing_context'
  | 'second_person'
  | 'generic'
  | 'context'
  | 'hypothetical'
  | 'reported_question'
  | 'negation'
  | 'reported_past'
  | 'recovery'
  | 'distant_past'
  | 'joke'
  | 'no_intent';

export interface MatchContext {
  pattern: CrisisPattern;
  matched: string;
  /** Clause text before the match, trimmed. */
  before: string;
  /** Clause text after the match, starting with its space. */
  after: string;
  clause: Clause;
  /** The whole normalised message. */
  text: string;
  /** The message as written, for emoji. */
  raw: string;
}

export interface Assessment {
  person: Person;
  suppressedBy?: Suppression;
}

type Modifier = (ctx: MatchContext, person: Person) => Suppression | undefined;

// Order matters only for the reason reported; any one of them sets the match aside.
const MODIFIERS: readonly Modifier[] = [
  idiom,
  missingContext,
  whoItIsAbout,
  educationOrMedia,
  hypothetical,
  genericQuestion,
  negation,
  reportedPast,
  recovery,
  distantPast,
  joke,
  intent,
];

export function assess(ctx: MatchContext): Assessment {
  const person = resolvePerson(ctx.matched, ctx.before);
  for (const modifier of MODIFIERS) {
    const suppressedBy = modifier(ctx, person);
    if (suppressedBy !== undefined) {
      return { person, suppressedBy };
    }
  }
  return { person };
}

/** The part of the clause after the last word that can start a new subject ("and", "if", "that"). */
export function localPrefix(before: string, keepBreakWord = false): string {
  let start = 0;
  for (const match of before.matchAll(SCOPE_BREAK)) {
    start = (match.index ?? 0) + (keepBreakWord ? 0 : match[0].length);
  }
  return before.slice(start).trim();
}

function idiom({ pattern, before, after, clause }: MatchContext): Suppression | undefined {
  const idiomatic = [
    pattern.notAfter?.test(after),
    pattern.notBefore?.test(before),
    pattern.notInSentence?.test(clause.sentence),
  ];
  if (idiomatic.includes(true)) {
    return 'idiom';
  }
  return undefined;
}

// Subjectless statements about wanting or planning are about the writer: "thinking about overdosing on purpose".
const SELF_REFERENCE =
  /\b(i|me|my|myself|feel|feeling|felt|been|having|struggling|urges?|thinking|think|want|wanna|going to|planning|about to|ready to|on purpose|help)\b/;

function missingContext({ pattern, clause, text, matched }: MatchContext): Suppression | undefined {
  switch (pattern.needs) {
    case undefined:
    case 'intent_subject':
      return undefined;
    case 'self_reference':
      return SELF_REFERENCE.test(clause.text) || RECENT.test(clause.text) ? undefined : 'missing_context';
    case 'weapon_context':
      return WEAPON_CONTEXT.test(text) ? undefined : 'missing_context';
    case 'use_context':
      // The matched words themselves ("took too much") do not count as evidence of use.
      return USE_CONTEXT.test(text.replace(matched, ' ')) ? undefined : 'missing_context';
  }
}

function whoItIsAbout({ pattern, matched, before }: MatchContext, person: Person): Suppression | undefined {
  if (person === 'second') {
    return 'second_person';
  }
  // "Someone is overdosing in the bathroom" needs help whoever it is.
  if (person === 'generic' && (pattern.family !== 'emergency' || isPastTense(matched, localPrefix(before)))) {
    return 'generic';
  }
  return undefined;
}

function educationOrMedia({ pattern, clause }: MatchContext, person: Person): Suppression | undefined {
  const aboutWriter = person === 'first';
  if (!aboutWriter && (EDUCATION_CONTEXT.test(clause.text) || MEDIA_CONTEXT.test(clause.text))) {
    return 'context';
  }
  // "I'm going to kill him in Fortnite."
  if (pattern.categories.includes('harm_to_others') && MEDIA_CONTEXT.test(clause.sentence)) {
    return 'context';
  }
  return undefined;
}

const CONDITIONAL = /\b(what if|even if|as if|if|whether|whenever|when|in case|suppose|supposing|imagine|pretend)\b/g;
const INDIRECT_QUESTION =
  /\b(know|sure|wonder|wondering|unsure|decide|deciding|care|question|questioning|see|tell)\s*$/;
const ASKED = /\b(asked|asks|ask|asking)( (me|us|them|him|her|everyone|the group))?\s*$/;
const SUBJECT = /\b(i|you|he|she|they|we|it|my \w+|someone|people)\b/g;

/** Inside the "if" half of a conditional, nothing is being said about now. */
function hypothetical({ before }: MatchContext): Suppression | undefined {
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
  const subjects = tail.match(SUBJECT)?.length ?? 0;
  const reported = /\b(says|said|tells|told|thinks|writes|texts|mentions) (that )?(i|you|he|she|they|we)\b/.test(tail);
  return (subjects >= 2 && !reported) || /\bthen\b/.test(tail) ? undefined : 'hypothetical';
}

/** "Can mixing benzos and alcohol kill you?" asks about people in general. */
function genericQuestion({ clause }: MatchContext, person: Person): Suppression | undefined {
  const aboutYou = /\byou\b/.test(clause.sentence) && !/\b(i|me|my)\b/.test(clause.sentence);
  return clause.isQuestion && person !== 'first' && person !== 'third' && aboutYou ? 'reported_question' : undefined;
}

const NOT_REALLY_NEGATED = /^(sure|certain|know|stop|help|shake|resist|fight|get rid|get over|get past|escape)\b/;
const STRUGGLING_AGAINST = /\b(trying|try|tried|struggling|struggle|fighting|hard|best|barely)\s*$/;
const NEG_RAISING = /\b(do not|does not|did not|never) (think|feel like|believe|feel|mean|make)\s*$/;

/** A negator between the subject and the verb: "I'm not going to hurt myself". */
function negation({ before }: MatchContext): Suppression | undefined {
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

/** Something that happened to someone else, in the past: grief and news, not a present danger. */
function reportedPast(ctx: MatchContext, person: Person): Suppression | undefined {
  if (ctx.pattern.family === 'threat') {
    return undefined;
  }
  if (person === 'first' && ctx.pattern.needs === 'intent_subject') {
    return angerInThePast(ctx);
  }
  if (person !== 'third') {
    return undefined;
  }
  if (isNarrative(ctx)) {
    return 'reported_past';
  }
  // "My brother just overdosed" is an emergency happening now.
  if (ctx.pattern.family === 'emergency' && /\b(just|right now)\b/.test(ctx.clause.text)) {
    return undefined;
  }
  return isPastTense(ctx.matched, localPrefix(ctx.before)) ? 'reported_past' : undefined;
}

// "since I last" keeps its "since": the scope word is part of the recovery framing.
// "I wanted to punch him but I walked away": a past urge towards someone, unless it is still there.
function angerInThePast({ matched, before, clause }: MatchContext): Suppression | undefined {
  const stillThere = /\b(still|now|right now|tonight|again|anymore|today)\b/.test(clause.text);
  return isPastTense(matched, before) && !stillThere ? 'reported_past' : undefined;
}

// "Romeo and Juliet kill themselves": a named third person with no auxiliary of intent is storytelling.
function isNarrative({ before, pattern }: MatchContext): boolean {
  const current = INTENT.test(before) || /\b(is|are|has been|have been|keeps?|says?)\b/.test(before);
  return pattern.family !== 'emergency' && subjectIsUnnamed(before) && !current;
}

function subjectIsUnnamed(before: string): boolean {
  return !/\b(he|she|they|him|her|them|my|his|our|their)\b/.test(before);
}

function recovery({ before, after }: MatchContext): Suppression | undefined {
  return RECOVERY.test(localPrefix(before, true)) || RESOLVED_AFTER.test(after) ? 'recovery' : undefined;
}

function distantPast(ctx: MatchContext): Suppression | undefined {
  if (!DISTANT_PAST.test(ctx.clause.sentence)) {
    return undefined;
  }
  // Only "now" words in the statement's own stretch count: "...and now I have a life I love" does not.
  return RECENT.test(`${localPrefix(ctx.before)} ${localSuffix(ctx.after)}`) ? undefined : 'distant_past';
}

function localSuffix(after: string): string {
  const scopeBreak = /\b(and|or|so|because|then|but|when|while|until|since|now)\b/.exec(after);
  return scopeBreak === null ? after : after.slice(0, scopeBreak.index);
}

// Self-directed statements are never discounted as jokes: "lol i want to die" often masks real distress.
function joke({ pattern, raw }: MatchContext): Suppression | undefined {
  return pattern.categories.includes('harm_to_others') && pattern.family === 'intent' && JOKE.test(raw.toLowerCase())
    ? 'joke'
    : undefined;
}

const INTENT =
  /\b(want|wanted|wanting|wants|going to|will|would|about to|ready to|plan|planning|plotting|thinking about|think about|thought about|fantasi[sz]e about|fantasi[sz]ing about|dream about|dreaming about|feel like|need to|have to|got to|swear|urge to|urges to|tempted to|might|may|scared i will|afraid i will|gonna|intend to|intending to)\b/;

/** Violence words towards others count only when someone states they mean it. */
function intent({ pattern, before }: MatchContext, person: Person): Suppression | undefined {
  if (pattern.needs !== 'intent_subject') {
    return undefined;
  }
  const speaker = person === 'first' || person === 'third' || (person === 'implicit' && before !== '');
  return speaker && INTENT.test(before) ? undefined : 'no_intent';
}
