import type { MessageFacts } from './crisis-match';
import { WRITER_USED } from './crisis-lexicon';
import { localPrefix } from './crisis-scope';
import type { CrisisPattern } from './crisis-pattern';
import type { Person } from './crisis-person';
import type { ReaderScores } from './crisis-reader';
import { CRISIS_CATEGORIES, type CrisisCategory, type CrisisLevel, type CrisisVerdict } from './crisis-types';

/**
 * The last stage of the detector: each statement the rules kept is graded (urgent or
 * concern) and given to its owner (the writer, or someone else), and the message's
 * verdict is the writer's highest level with what it is about.
 *
 * Urgent is a life at risk now: intent, a plan, means at hand, a time, an attempt or an
 * overdose, an injury in danger, a threat. Concern is a wellbeing signal for the care
 * team: wishes to be dead, thoughts without a plan, urges, recent self-harm.
 */
export interface Graded {
  level: Exclude<CrisisLevel, 'none'>;
  /** Whose risk it is: the writer's, someone else's, or both (an emergency in front of the writer). */
  owner: 'writer' | 'someone_else' | 'witnessed' | 'shared';
}

export interface GradingContext {
  message: MessageFacts;
  pattern: CrisisPattern;
  matched: string;
  before: string;
  sentence: string;
  person: Person;
}

// Dwelling on an act, not deciding on it: "thinking about killing myself", "I keep picturing it".
const DWELLING =
  /\b(think|thinking|thought|thoughts|considering|contemplating|fantasi[sz]e|fantasi[sz]ing|dream|dreaming|daydreaming|imagine|imagining|picture|picturing|obsessing|urges?|tempted|craving|wonder|wondering|keep seeing|intrusive)\b/;
// A goodbye the writer was sent, or someone they cannot reach; not one the writer sent ("i just wrote a goodbye letter").
const FAREWELL_RECEIVED =
  /\b((he|she|they|my \w+|(?<!\bi )(?!(i|just|finally|already|also|then|so)\b)\w+) (just )?(sent|texted|posted|messaged|left|wrote) (me |us )?(a |her |his |their )?(goodbye|note|letter|goodbye text|goodbye message)|(she|he|they) (is|are) not (answering|picking up|responding)|(her|his|their) phone (is|was|went) (off|dead|straight to voicemail)|can not reach (her|him|them))\b/;
const NOW = /\b(right now|tonight)\b/;
// Someone already in care: "is in the icu", "was admitted", "at the hospital with him".
const IN_CARE =
  /\b((is|are) (now |still )?in (the )?(icu|intensive care|hospital|er|emergency room)|(is|has been|got) (admitted|stable|recovering)|we are (all )?at the hospital)\b/;
// ...but a body in danger now is an emergency wherever it is: "he is not breathing, we are at the hospital".
// Round 10 review: slurring, not responding, not keeping the eyes open are a body in danger too.
const DANGER_NOW =
  /\b(not breathing|(is not|can not|barely|stopped|stops) breath\w*|turning blue|lips (are |look |went )?blue|unresponsive|will not wake|can not wake|not waking|seizing|fitting|choking|passed out|collapsed|no pulse|slurring|slurred|(will not|wont|can not|cant|does not|is not|not) (respond|responding|answer me|wake up)|can not keep (her|his|their|my) eyes open|(eyes|eye) (keep )?(rolling|closing))\b/;
// Round 10 review: the stay in care must be told of the one who overdosed, after the act in its sentence with no
// other person between ("my uncle overdosed last weekend and is in the icu"), not of someone else in the message.
// Round 11: a bare pronoun is the one who overdosed ("my brother overdosed last night and he is in the icu").
const OTHER_PERSON_BETWEEN = /\b(my \w+|his \w+|her \w+|their \w+)\b/;
// Second review: not when the writer says they used too ("dad od'd last night, hes in hospital. i drank half a bottle
// and took his tablets"): then a bare pronoun is read as in round 10, as someone else.
function inCareAfter({ sentence, matched, message }: GradingContext): boolean {
  const at = sentence.indexOf(matched);
  if (at < 0) {
    return false;
  }
  const after = sentence.slice(at + matched.length);
  const care = IN_CARE.exec(after);
  const between = care === null ? '' : after.slice(0, care.index);
  return (
    care !== null &&
    !OTHER_PERSON_BETWEEN.test(between) &&
    !(/\b(he|she|they)\b/.test(between) && message.has(WRITER_USED))
  );
}
// Someone else's risk in words, not in their body: "my sister keeps talking about overdosing".
const TALKED_ABOUT =
  /\b(talk|talks|talking|talked|says|said|saying|keeps saying|keeps|keep|always|usually|often|every (night|day|weekend)|joke|jokes|joking|thinks|thinking|thought|wants|wanted|threatens|threatening|threatened|about)\b/;
const FORETOLD = /\b(will|would|going to|gonna|might|could|may|is going to|scared|afraid|worried|worry)\b/;
// Deciding, or a time: "going to", "tonight", "about to".
const DECIDED =
  /\b(will|going to|about to|ready to|gonna|swear|tonight|today|right now|now|this (?:week|weekend)|tomorrow|decided|planning|plan)\b/;
// A wound in danger, or self-injury under way: "won't stop bleeding", "blade in my hand right now"; round 10: bleeding
// that will not stop with words between ("its bleeding more than usual and i cant get it to stop").
const WOUND_DANGER =
  /\b((bleeding|blood)( \w+){0,6} (will not|would not|does not|can not get it to|is not going to) stop|can not get (it|the bleeding|the blood) to stop|stitches|pouring|gushing|soaked through|soaking through|not stopping|will not stop bleeding|would not stop bleeding|can not stop the bleeding|too deep|so deep|so much blood|covered in blood|blood everywhere|hospital|er|emergency|blistering|blistered|skin (is|went|turned|has gone|is gone) (all )?white|oozing|gaping|will not close|charred|need stitches|can see (fat|bone|inside)|sliced \w+ \w+ open|can not stop myself|this time|passed out|dizzy|right now|now|about to|going to|tonight)\b/;

// A third person said to be about to do it: "he is going to", "she says she will", "they wanna".
const THIRD_PERSON_ACTS =
  /\b(he|she|they)( is| are| was| were| says he| says she| said he| said she)? (going to|will|would|wants to|wanted to|plans to|planning to|planned to|threatened to|threatening to|threatens to|about to)( \w+)?\s*$/;

// ...but one on the receiving end is the target: "they will get what is coming to them", "she is going to pay".
const RECEIVES =
  /^(get|gets|got|pay|pays|regret|regrets|deserve|deserves|not see it coming|not know what hit|be sorry)\b/;

function thirdPersonActs(prefix: string, matched: string): boolean {
  const acts = THIRD_PERSON_ACTS.exec(prefix);
  return acts !== null && !RECEIVES.test(`${acts[4] ?? ''} ${matched}`.trim());
}

// The writer joining in right after someone else's words: "and so do i", "me too", "i do too", "same here".
const ALSO_ME =
  /^( ?[.!?]+)?[^.!?]{0,12}?\b(and )?(honestly |tbh |to be honest |if i am honest |truthfully )?(so do i|so am i|so have i|so did i|me too|i do too|i am too|i have too|same here|i feel the same( way)?)(?= ?([.!?,;]|$| (honestly|tbh|lol|sometimes|too|though|tho)\b))/;

function alsoMe({ sentence, matched, message }: GradingContext): boolean {
  const start = message.text.indexOf(sentence);
  const at = start < 0 ? -1 : message.text.indexOf(matched, start);
  return at >= 0 && ALSO_ME.test(message.text.slice(at + matched.length));
}

export function grade(ctx: GradingContext): Graded {
  const { pattern, person } = ctx;
  if (pattern.family === 'threat') {
    return { level: 'urgent', owner: 'writer' };
  }
  // A goodbye the writer received: "my best friend sent me a goodbye text and she isn't answering".
  if (pattern.needs === 'finality' && ctx.message.has(FAREWELL_RECEIVED)) {
    return { level: 'urgent', owner: 'someone_else' };
  }
  const level = levelOf(ctx);
  const prefix = localPrefix(ctx.before);
  // "i think she will od one day": someone else's overdose foretold is a worry, not an emergency in front of the writer.
  const foretold = person === 'third' && FORETOLD.test(prefix);
  // Round 10: someone already in hospital ("my uncle overdosed last weekend and is in the icu") is in care, not in
  // front of the writer. Round 10 review: only the sentence of the overdose tells whose stay it is ("my brother is in
  // the er with a broken arm. my sister just took 40 of her pills" is an emergency in front of the writer).
  const inCare = person === 'third' && inCareAfter(ctx) && !ctx.message.has(DANGER_NOW);
  const emergency = pattern.family === 'emergency' && !TALKED_ABOUT.test(prefix) && !foretold && !inCare;
  const othersBody = emergency && /\b(him|her|them|he|she|they|his)\b/.test(ctx.matched);
  // In a plan to harm someone the person named is the target, not the one at risk of acting.
  // ...unless a third person is the one said to be about to act: "my coworker said he is going to shoot up the office".
  const target =
    pattern.family === 'plan' && pattern.categories.includes('harm_to_others') && !thirdPersonActs(prefix, ctx.matched);
  if ((person === 'third' && !target) || othersBody || (person === 'generic' && pattern.family === 'emergency')) {
    // A body in danger in front of the writer needs help now whoever it is; another's words or thoughts need a friend.
    if (emergency) {
      return { level: 'urgent', owner: 'witnessed' };
    }
    // Round 10: "he wishes he was dead and honestly so do i": the writer says it of themselves too, as a concern
    // (what the writer would do is not said); the other person's risk is still named.
    if (person === 'third' && !pattern.categories.includes('harm_to_others') && alsoMe(ctx)) {
      return { level: 'concern', owner: 'shared' };
    }
    return { level, owner: 'someone_else' };
  }
  return { level, owner: 'writer' };
}

function levelOf({ pattern, matched, before, sentence, message }: GradingContext): Graded['level'] {
  const says = (regex: RegExp): boolean => message.sentenceHas(regex, sentence);
  const frame = `${localPrefix(before)} ${matched}`;
  const selfHarmOnly = pattern.categories.every((c) => c === 'self_harm');
  const othersOnly = pattern.categories.every((c) => c === 'harm_to_others');
  switch (pattern.family) {
    case 'passive':
      // "I want to die right now": a wish with no distance left.
      return pattern.categories.includes('suicidal_ideation') && says(NOW) ? 'urgent' : 'concern';
    case 'urge':
      return 'concern';
    case 'emergency':
    case 'threat':
      return 'urgent';
    case 'act':
    case 'plan':
      return selfHarmOnly && !says(WOUND_DANGER) ? 'concern' : 'urgent';
    case 'intent':
      if (DWELLING.test(frame)) {
        return 'concern';
      }
      return (selfHarmOnly || othersOnly) && !says(DECIDED) ? 'concern' : 'urgent';
  }
}

export interface GradedHit extends Graded {
  categories: readonly CrisisCategory[];
}

export function verdictOf(hits: readonly GradedHit[]): CrisisVerdict {
  let level: CrisisLevel = 'none';
  const mine = new Set<CrisisCategory>();
  const theirs = new Set<CrisisCategory>();
  for (const hit of hits) {
    if (hit.owner !== 'someone_else') {
      level = level === 'urgent' || hit.level === 'urgent' ? 'urgent' : 'concern';
      hit.categories.forEach((c) => mine.add(c));
    }
    if (hit.owner !== 'writer') {
      hit.categories.forEach((c) => theirs.add(c));
    }
  }
  return {
    crisis: level === 'urgent',
    level,
    categories: CRISIS_CATEGORIES.filter((c) => mine.has(c)),
    someoneElse: CRISIS_CATEGORIES.filter((c) => theirs.has(c)),
  };
}

/** One verdict for several texts read together (a thread's title and body): the highest level, every category. */
export function mergeVerdicts(verdicts: readonly CrisisVerdict[]): CrisisVerdict {
  return verdictOf(
    verdicts.flatMap((v): GradedHit[] => [
      ...(v.level === 'none' ? [] : [{ level: v.level, owner: 'writer' as const, categories: v.categories }]),
      ...(v.someoneElse.length > 0
        ? [{ level: 'concern' as const, owner: 'someone_else' as const, categories: v.someoneElse }]
        : []),
    ]),
  );
}

/**
 * Whether staff should hear of it as today: the writer at any level, or someone else at risk.
 * The app raises its crisis alert on this until urgent pages and care-team concerns are wired apart.
 */
export function needsStaff(verdict: CrisisVerdict): boolean {
  return verdict.level !== 'none' || verdict.someoneElse.length > 0;
}

/** What the rules made of a message: their verdict, and whether they set anything aside as not the writer's risk now. */
export interface RulesReading {
  verdict: CrisisVerdict;
  /**
   * A match the rules set aside (the past, negation, hyperbole, idiom, a quote, someone else...), or
   * someone else's risk named: the rules have read crisis words here and judged them; the reader
   * may not overrule them.
   */
  guarded: boolean;
}

/**
 * The rules and the learned reader together (crisis-reader.ts). The rules stay first: what they
 * find stands, and what they set aside stays aside. The reader adds recall where the rules read
 * nothing: a high score on the writer's own risk raises a concern (never a page on its own), and
 * a rules' concern the reader also finds urgent becomes urgent. Where the rules found something,
 * the categories named are theirs.
 */
export function withReader(
  rules: RulesReading,
  scores: ReaderScores,
  thresholds: { concern: number; urgent: number },
): CrisisVerdict {
  const { verdict } = rules;
  const sure = CRISIS_CATEGORIES.filter((c) => scores.risk[c] >= thresholds.concern);
  if (verdict.level === 'none') {
    if (rules.guarded || sure.length === 0) {
      return verdict;
    }
    return { ...verdict, level: 'concern', crisis: false, categories: sure };
  }
  // The categories stay the rules': the reader's per-category precision beside the rules is not measured,
  // and an alert should not name a kind of risk (harm to others, say) that only the model saw.
  const urgent = verdict.level === 'urgent' || (sure.length > 0 && scores.urgent >= thresholds.urgent);
  return { ...verdict, level: urgent ? 'urgent' : 'concern', crisis: urgent };
}
