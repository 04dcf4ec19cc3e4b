import type { Clause } from './crisis-clauses';
import {
  DISTANT_PAST,
  EDUCATION_CONTEXT,
  ordinaryLeaving,
  JOKE,
  OUTING,
  ORDINARY_ABSENCE,
  explainsDecision,
  NOT_AN_EVERYDAY_DAY,
  revealsHarmlessAct,
  MEDIA_CONTEXT,
  NEGATOR,
  REACTIVATION,
  RECOVERY,
} from './crisis-lexicon';
import type { CrisisCategory } from './crisis-types';

/**
 * The message-level stage of the detector. The rules (crisis-patterns*.ts) read one statement at a
 * time; a real post often says nothing a rule knows in any one sentence and says it all across
 * several: "the bridge on 5th is 10 min from my place. can't keep doing this. going there after my
 * shift". Here each clause the writer says of themselves now adds the kinds of signal it carries:
 *
 *   means      something to die by, or a place to fall from ("a bottle of my mom's oxy", "the bridge")
 *   intent     a decision or an act to come ("i'm going to take it", "my mind is made up")
 *   time       a when ("tonight", "after my shift", "when everyone is asleep")
 *   finality   an ending told to others ("wrote her a letter", "don't try to talk me out of it")
 *   despair    hopelessness, exhaustion with living ("tired of being a person", "what's the point")
 *   death      dying, not waking up, being gone, wished for or dwelt on
 *
 * Kinds, not words, are counted: means or intent beside finality, intent beside a time, means and a
 * time beside despair, farewells told twice beside a time or despair read as a plan (urgent); despair
 * with death, finality or more despair reads as a concern. Clauses about
 * someone else, negated, or in a message told as past or recovered add nothing, and a message
 * about songs, shows or lessons, or laughed off, gives no concern from here.
 */
export type SignalKind = 'means' | 'place' | 'intent' | 'time' | 'finality' | 'despair' | 'death';

export interface SignalReading {
  level: 'urgent' | 'concern';
  categories: CrisisCategory[];
  /** The words each kind was read from, for explainCrisis. */
  cues: string;
  /** The first clause that gave a signal. */
  clause: Clause;
}

// Medicines as means: a quantity, a bottle, someone else's, or a drug people overdose on; "my meds" alone is adherence.
const DRUG_MEANS =
  /\b((all|the rest of|whole bottle of|bottle of|stash of|\d+ of) (my |the |her |his |\w+s )?(\w+ )?(pills|tablets|meds|medication|prescription)|handful of (my |the |her |his )?(\w+ )?(pills|tablets|meds|capsules)|bottle of (?!water|wine|beer|champagne|soda|lotion|shampoo)\w+|(my |her |his )?(\w+s )(pills|meds|oxy\w*)|oxy\w*|xanax|bars|benzos|seroquel|amitriptyline|tylenol|paracetamol|insulin|sleeping pills|opioids|fent\w*|heroin|(my |the )?(pills|meds|tablets|capsules) (are |r )?(all )?(in a (bowl|pile|cup|glass|row|heap)|lined up|counted out|laid out|set out|emptied out))\b/;
const MEANS = new RegExp(
  `${DRUG_MEANS.source}|\\b(gun|pistol|revolver|rifle|shotgun|bullets?|ammo|rope(?![^.]*\\b(climb|climbing|camping|tent|boat|sailing|skipping|tow|towing)\\b)|noose|cord|extension cord|cable|hose|tubing|garage|engine (is )?(still )?(on|running)|car (is )?(still )?running(?![^.]*\\b(warm|warming|defrost|defrosting|rough|fine|smoothly)\\b)|blade|blades|razor|knife|helium|charcoal|exhaust|what i need|everything i need|a way out|the means|enough saved|((the|my) )?pills (are|r) counted|rocks in my (pockets?|coat|jacket)|(the|my) pills are (in|ready|here|next to|on|lined up|counted)|(walk|walking|wade|wading|swim|swimming) (out )?into the (sea|ocean|river|lake|waves))\\b`,
);
// Places to fall from count as means only beside two other kinds: people also cross bridges and watch fireworks.
const PLACE =
  /\b(bridge|overpass|ledge|rooftop|roof|balcony|railing|cliff|cliffs|cliff path|train tracks|tracks|express train|freight train|parking garage|parking deck|sea wall|quarry|viaduct|(\d+(st|nd|rd|th)|top|highest) (floor|storey|story)|(with )?(no|without a|without any) (barrier|fence|railing|guard ?rail)|multi ?stor(e)?y|top (level|deck))\b/;
// The writer at a place to fall from, or on the way to it, said as the whole clause: "standing on the sea wall", "top
// floor of the multi storey", "at the quarry edge", "on the bridge now", "walking to the bridge", "i drove out to the
// old rail bridge by the lake", "still on the sea wall looking at the water".
const PLACE_AT = new RegExp(
  `^(?:(?:i am|im|am|i|now|just|still|here|already) )*(?:(?:(?:standing|sitting|stood|sat|up|out|right) )?(?:(?:on|at|in|up on|on top of|by|over) )?|(?:walking|heading|driving|going|on my way|walked|drove|went|came) (?:up |out |down |over )?(?:to|towards) )(?:the |a |this |that )?(?:\\w+ ){0,2}?${PLACE.source}(?: (?:edge|now|right now|again|tonight|alone|of the \\w+(?: \\w+)?|(?:by|near|above|over) the \\w+|(?:looking|staring|gazing) (?:at|down at|out at|into|over) the \\w+))*$`,
);
const INTENT =
  /\b((going to|gonna|about to|will|ready to) (do it|end it|jump|go through with it|finish it|take (it|them)(?! (easy|slow|back|off|out|to|with|home))|swallow (it|them)|use (it|them) (tonight|now))|take (them|it|those|these) all|(going to|gonna|about to|will) (take|swallow|drink) (all of (them|my \w+)|the lot of them)|(my|the) plan (is|was) (to (use|jump off|jump from|walk into) )?(the |a |my )?(\d+ ?h ?\d+ )?((bridge|overpass|cliffs?|ledge|tracks|freight( train)?|express( train)?)(?= ?([.!,;\n]|$))|(pills|gun|rope|noose)(?= ?([.!,;\n]|$| (tonight|tomorrow|today|now|when|after|once)\b)))|take the (rest|lot|whole)|going (there|back there|back out there|through with it)|go through with it|(my )?mind is made up|made up my mind|i (have )?decided|(have|got) it (all )?planned|it is happening|no turning back|(it )?would be so easy( to (just )?(jump|go|step off|let go|drive off|end it|do it))?|do not try to (talk me out|stop me)|(i )?take them all|(going to|about to|ready to) (kill myself|end my life|take my (own )?life)|doing it (tonight|tomorrow|now|right now|when|after|before|this|at)|(going|heading|walking|driving) (up |out |down |over )?there|(not|no longer) waiting (until|for) (the|my) (appointment|session|therapist|counsel+or|group|doctor)|(rope|cord|noose|cable) (is |are )?(tied|hung|up|ready|set up|around)|(legs|feet) (are )?(over|dangling over) the (rail|railing|edge|ledge|side)|(standing|sitting) on the (edge|ledge|railing)|its happening|(it is|its) (already )?in motion|(figured|worked) out (exactly )?how (many|much|far|high|long)|(walking|heading|driving|going|on my way) (up |out |down |over )?(to|towards) the (tracks|train tracks|bridge|overpass|ledge|cliffs?|roof|rooftop|parking garage|parking deck)( now| right now| tonight))\b/;
const TIME =
  /\b(tonight|tomorrow|this weekend|(on |this |next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|after (my|the) (shift|work|class|exam|appointment)|(when|after|once) (my|the) (shift|work|class|exam|appointment) (ends|is over|finishes|is done)|(when|after|once) (everyone|everybody|they|the house|my \w+|he|she) (is|are|goes|go|falls?) (asleep|gone|away|out|to sleep|to bed)|(when|after|once) (he|she|they|everyone|everybody|my \w+) (leaves|leave|goes out|goes to work|leaves for work|gets on the plane)|(everyone|everybody)( in (this|the|my) (house|flat|apartment|place))? (is|are) (asleep|in bed)|after dark|when it (gets|is) dark|(it is|its) dark (enough )?now|in an hour|in a few hours|before (morning|sunrise|anyone wakes up|dawn)|right now)\b/;
const FINALITY_CUES =
  /\b((wrote|written|writing|left|leaving) (a |my |her |him |them |the )?(\w+ ){0,2}(letter|letters|note|notes|goodbye)(?! to (my )?(future|younger|old|past) (self|me))|goodbyes?|good ?night forever|(goodbye|bye) forever|sleep forever|the last night|my last (night|day|post|message)|last time|better off|(do not|not) (try to )?(talk me out|stop me|look for me|find me|save me|call anyone|call me|call my phone|tell anyone|tell anybody|tell my \w+)|(letting|let) (someone|somebody|you|you all|yall|people) know (where|what|that) i|the (letters?|notes?) (is|are) sealed|(thanks|thank you) for (putting up with me|trying)(?! (during|while|through|with|at|on|in|this|today|tonight))|(do not|dont) come looking(?! for me (till|until|til|before|unless))|i will not be (here|around|alive)( anymore| after)?(?= ?([.!,;\n]|$))|(do not|not) want to be (saved|found|stopped|helped)|not asking for help|(want|wanted) (someone|you|people|somebody|you all|yall|you guys|one person|anyone) to know|wanted to (tell|say it to|talk to) (someone|somebody|you|you all|yall|you guys) (before|first)|tell (him|her|them|everyone|everybody|my \w+|the \w+) (that )?(i tried|i am sorry|i was sorry|i loved (him|her|them)|thanks|thank you|it (was|is) not (his|her|their|your) fault)|alone for it|(calm|peace|at peace|calmer) for the first time|feel (so )?(calm|at peace|peaceful) (now|finally|about it)|will (get|find|read) (it|this|them) after|after i am gone|not telling anyone|(nobody|no one) (knows|needs to know)|it is time|said (bye|goodbye) to|(is|was) the last one|(do|does) not know (it is|its|this is|that is) the last|by then (it|i) will be (done|gone|over)|(set|scheduled) (them|it|the \w+) to (send|go out|post))\b/;
// "tonight is the night", unless the act named is an everyday one (crisis-lexicon.ts).
const FINALITY = new RegExp(
  `${FINALITY_CUES.source.slice(0, -3)}|(tonight|today) is the (night|day)${NOT_AN_EVERYDAY_DAY})\\b`,
);
// Round 10 review: goodbyes people also say every day ("love you all", "sorry everyone", "bye everyone", "this is it
// for me", "its time", "see you on the other side"). Alone, or beside an everyday noun that is also a means (a garage,
// a knife, insulin, a hose), they are no farewell; they count as one only beside a farewell of the list above,
// despair, death or dwelling, a means held or set out, or a time chosen for cover (everyone asleep, dark enough) with
// the writer at (or on the way to) a place to fall from.
const EVERYDAY_FAREWELL =
  /\b((i )?love (you|you all|yall|you guys|everyone|all of you)( so much)?(?= ?([.!,;\n]|$))|(it is|its) (time|tonight|tomorrow)(?= ?([.!,;\n]|$))|(i am )?sorry (mum|mom|dad|everyone|everybody|guys|all|to everyone)(?= ?([.!,;\n]|$))|bye (everyone|everybody|all|guys|yall|you all|all of you|world|friends)(?= ?([.!,;\n]|$))|this is it( for me)?(?= ?([.!,;\n]|$| guys| everyone| all))|see (you|ya|yall|everyone|you all) (all )?on the other side(?! of))\b/;
// A means in the writer's hands or set out, not a thing merely owned: "sitting in the bath with the razor blade", "the
// rope in my bag", "my pills are all in a bowl".
const HELD_MEANS =
  /\b((sitting|standing|lying|sat|stood|in the (bath|bathtub|tub|car)) (\w+ ){0,4}?with (the|my|a) (\w+ ){0,2}?(razor|blade|rope|noose|pills|gun|pistol|knife|belt)|(rope|noose|gun|pistol|pills|blade|razor|knife) (is |are )?(in|on) my (bag|backpack|hand|hands|pocket|lap)|i have the (rope|noose|gun|pills|blade|razor)|(pills|meds|tablets|capsules) (are |r )?(all )?(in a (bowl|pile|cup|glass|row|heap)|lined up|counted out|laid out|set out|emptied out))\b/;
const COVER_TIME =
  /\b((everyone|everybody|they|the house|my \w+|he|she)( in (this|the|my) (house|flat|apartment|place))? (is|are|goes|go|falls?) (asleep|in bed|to sleep|to bed)|after dark|when it (gets|is) dark|(it is|its) dark (enough )?now|before (morning|sunrise|anyone wakes up|dawn))\b/;
const DESPAIR =
  /\b(can not (keep doing|do|take|handle|live like) (this|it)|can not (go on|keep going|keep living)|tired of (being|trying|living|existing|everything|fighting|it all|life|waking up|pretending|being alive)|no point|what is the point|pointless|hopeless|worthless|a burden|disappointment|want off|want out|already gone|without me|never (been|have been) born|(nobody|no one)( \w+){0,3} would (even )?(notice|care|miss)|(nobody|no one) (cares|would care)|give up|given up|giving up on (everything|life|myself)|nothing (left|matters)|(does not|will not|never) get(s)? better|(just |only )?pain on repeat|hate (myself|my life|being alive)|holding on|no way out|can not do this anymore|(do not think|not sure) i can( do this| go on| keep going)?$|everything hurts( (this|so) much)?)\b/;
const DEATH =
  /\b(die|dying|dead|death|(if|when) i (disappeared|vanished|was gone|were gone|died)|already gone|not wake up|do not wake up|never wake up|not waking up|disappear (forever|for good|completely)|euthanasia|not exist|stop existing|stopped existing|end it|ending it|end my life|ending my life|suicide|suicidal|kill myself|killing myself|into (the|a) (wall|tree|truck|river|traffic)|off (the|a) (bridge|roof|ledge|cliff))\b/;

// The writer's own death hoped for, dwelt on or looked into, within a few words: "hoping this is the one
// where i don't wake up", "researching euthanasia", "think about turning the wheel into the wall".
const DWELT =
  /\b(want|wanna|need|wish|hope) (to )?(just )?(sleep|go to sleep|fall asleep) (and|then) (not|never) wake up\b(?! (until|till|til|before|in time|early))|\b(want|wanna|wish|wishing|wanting) (to )?(just )?(not|never) (wake up|exist|be alive)\b(?! (until|till|til|before|in time|early|for))|\bif i could (just )?(\w+ ){0,4}?(stop existing|not exist|never wake up|disappear forever|just die|die)\b|\b(reading|read) (up )?about (suicide )?methods\b(?! (of|for|to|in|on|from|that|which)\b)|\b(hope|hoping|wish|wishing|pray|praying|think about|thinking about|keep thinking|fantasi[sz]e about|fantasi[sz]ing about|imagine|imagining|picture|picturing|researching|googling|looking up|looking into)\b (\w+ ){0,6}?(i (do not|would not|will not|never) wake up|(and |to )?(not|never) wake (back )?up|not waking up|euthanasia|(taking|swallowing) (all|every one|the whole bottle) of (it|them)|(taking|swallowing) them all|(just )?(not turning at the \w+ and )?(turning|swerving|driving|steering|going|going straight|driving straight) (the wheel |the car |my car )?into (the|a|oncoming) (wall|trees?|traffic|truck|river|pole|barrier)|i (just )?(die|died|could die|would die|stop existing|was gone|were gone)|my heart (just )?(stops|would stop|gives out|stopped))\b|\b(keeps|keep|kept|is|are|keeps on) telling me to (end it|die|kill myself|jump|do it|end my life)\b/;
const GRIEF = /\b(passed|passed away|funeral|grief|grieving|loss|died|rip)\b/;
// Self-injury kept from view: a tool or fresh marks, with hiding. "i use a compass now. the marks are small so nobody asks".
const SH_TOOL =
  /\b(compass|sharpener|blade|blades|razor|razors|lighter|scissors|box cutter|safety pin|needle|shard|glass|marks|fresh cuts|new cuts|cuts|burns|wounds)\b/;
const CONCEAL =
  /\b((nobody|no one) (asks|sees|notices|will see|can see|knows)|long sleeves|hoodie|cover (them|it|the marks) up|hide (them|it|the marks|the cuts)|hiding (them|it|the marks|the cuts)|bracelets over)\b/;

const SIGNALS: readonly (readonly [SignalKind, RegExp])[] = [
  ['means', MEANS],
  ['place', PLACE],
  ['intent', INTENT],
  ['time', TIME],
  ['finality', FINALITY],
  ['despair', DESPAIR],
  ['death', DEATH],
];

// A goodbye to the readers: "this is goodbye", or a goodbye that ends the message ("... tell him thanks. goodbye").
const FINAL_GOODBYE =
  /\bthis is (my )?goodbye\b(?! (to|for) )|\b(good ?bye|bye|farewell|(i am )?sorry)( (everyone|everybody|all|guys|yall|you all|all of you|world|friends))?( [.!]+)*\s*$/;

const GOODBYE_TO_THE_DRUG =
  /\b(letters?|good ?bye|farewell|bye) (to )?(my |your |our |the )?(addiction|habit|the bottle|drinking|drink|booze|alcohol|using|drugs?|heroin|dope|fent\w*|coke|cocaine|meth|crack|weed|pills|xanax|benzos|old (self|life|me)|eating disorder|self harm)\b/;

// A clause about someone else: a third person and no first person.
// Round 10: "them" after "on", "in", "under" or "with" is a thing ("the letters with everyones names on them").
const THIRD = /\b(he|she|they|him|his|her|their)\b|(?<!\b(on|in|under|with|inside) )\bthem\b/;
const FIRST = /\b(i|me|myself)\b/;
const DECISION = /\b((i )?(have )?decided|(my )?mind is made up|made up my mind|(figured|worked) out (exactly )?how)\b/;
// ...unless the clause opens on a verb with no subject, the writer's own act: "set them to send at 9am", "doing it when he leaves".
const SUBJECTLESS =
  /^(?:(?:and|so|then|just|already|finally|also|ok|okay) )*(?:\w+ed|\w+ing|got|set|put|left|wrote|said|made|took|bought|gave|told|sent|went|hid|kept|sat|stood|tell|please tell)\b/;
// Told as past and over, or about recovery: nothing here is now.
const OVER =
  /\b((in my|at my) (darkest|worst|lowest)|back when|at one point|there was a time|(do not|never) (think|feel) (that|like that|this way)|i am (so )?(glad|grateful|thankful) i (stayed|did not|am still here)|(therapy|meds|treatment|recovery|sobriety|rehab|group|iop) (helped|saved|changed)|sober (for )?\d+|\d+ (days|weeks|months|years) (sober|clean))\b/;

// "doing it tonight!! finally asking her out": the act named next is what "it" was, when it has a harmless
// object and nothing in the message speaks of dying, means, a goodbye or despair (revealsHarmlessAct).
function revealed(kind: SignalKind, m: RegExpExecArray, text: string): boolean {
  if (kind !== 'intent' && kind !== 'finality') {
    return false;
  }
  const doing = /\b(do|doing) it\b/.test(m[0]);
  // Round 11: "i have decided. ... im finally going to tell my boss": the decision is named, and harmless.
  return (doing && revealsHarmlessAct(text)) || ((doing || DECISION.test(m[0])) && explainsDecision(text));
}

function negatedAt(clause: string, index: number): boolean {
  const before = clause.slice(Math.max(0, index - 14), index);
  return NEGATOR.test(before) && !/\b(can not|could not|do not (try|want to be)|not (asking|telling))\b/.test(before);
}

/** The kinds of signal the writer's own clauses carry now, with their words; undefined for a message told as past. Exported for tests and debugging. */
export interface SignalsFound {
  found: Map<SignalKind, string[]>;
  dwelt: boolean;
  first: Clause | undefined;
  /** The sentences the signals were read in: a song or a lesson elsewhere in a long post does not explain them. */
  sentences: Set<string>;
}

export function readSignals(clauses: readonly Clause[], text: string): SignalReading | undefined {
  const read = signalsIn(clauses, text);
  return read === undefined ? undefined : verdictOfSignals(read, clauses, text);
}

export function signalsIn(clauses: readonly Clause[], text: string): SignalsFound | undefined {
  if (!/\S/.test(text)) {
    return undefined;
  }
  const past = (DISTANT_PAST.test(text) || RECOVERY.test(text) || OVER.test(text)) && !REACTIVATION.test(text);
  if (past) {
    return undefined;
  }
  const found = new Map<SignalKind, string[]>();
  const everyday: { cue: string; clause: Clause }[] = [];
  let dwelt = false;
  let first: Clause | undefined;
  const sentences = new Set<string>();
  for (const clause of clauses) {
    const own = clause.text;
    const theirs = THIRD.test(own) && !FIRST.test(own) && !SUBJECTLESS.test(own);
    const wish = theirs ? null : DWELT.exec(own);
    if (wish !== null && !NEGATOR.test(own.slice(0, wish.index + 12)) && !clause.isQuestion && !GRIEF.test(text)) {
      dwelt = true;
      first ??= clause;
      sentences.add(clause.sentence);
    }
    // Round 11: "write a letter to your addiction and say goodbye to it", "goodbye heroin": a goodbye to the drug is
    // recovery talk; neither the goodbye nor the drug is the writer's farewell or means.
    const toTheDrug = GOODBYE_TO_THE_DRUG.test(own);
    for (const [kind, regex] of SIGNALS) {
      // Someone else's clause tells nothing of the writer, except when ("they go in the mail tomorrow").
      if ((theirs && kind !== 'time') || (toTheDrug && (kind === 'finality' || kind === 'means'))) {
        continue;
      }
      const m = regex.exec(own);
      if (m === null || negatedAt(own, m.index) || revealed(kind, m, text)) {
        continue;
      }
      // What is past tense is told, not planned, except that means are got and letters written ahead.
      // A decision told in the past stands now: "i decided im done".
      if (
        clause.tense === 'past' &&
        ((kind === 'intent' && !DECISION.test(m[0])) ||
          kind === 'time' ||
          (kind === 'death' && !/^(if|when) i/.test(m[0])))
      ) {
        continue;
      }
      const list = found.get(kind) ?? [];
      if (!list.includes(m[0])) {
        list.push(m[0]);
      }
      found.set(kind, list);
      first ??= clause;
      sentences.add(clause.sentence);
    }
    const bye = theirs ? null : EVERYDAY_FAREWELL.exec(own);
    if (bye !== null && !negatedAt(own, bye.index)) {
      everyday.push({ cue: bye[0], clause });
    }
  }
  const atPlace = clauses.some((clause) => PLACE_AT.test(clause.text));
  if (everyday.length > 0 && everydayFarewellCounts(found, dwelt, text, atPlace)) {
    const list = found.get('finality') ?? [];
    for (const { cue, clause } of everyday) {
      if (!list.includes(cue)) {
        list.push(cue);
      }
      first ??= clause;
      sentences.add(clause.sentence);
    }
    found.set('finality', list);
  }
  return { found, dwelt, first, sentences };
}

function everydayFarewellCounts(
  found: Map<SignalKind, string[]>,
  dwelt: boolean,
  text: string,
  atPlace: boolean,
): boolean {
  if (found.has('finality') || found.has('despair') || found.has('death') || dwelt) {
    return true;
  }
  if (found.has('means') && HELD_MEANS.test(text)) {
    return true;
  }
  const cover = (found.get('time') ?? []).some((cue) => COVER_TIME.test(cue));
  return cover && atPlace;
}

function verdictOfSignals(
  { found, dwelt, first, sentences }: SignalsFound,
  clauses: readonly Clause[],
  text: string,
): SignalReading | undefined {
  if (first === undefined) {
    return hiddenSelfHarm(clauses, text);
  }
  const has = (kind: SignalKind): boolean => found.has(kind);
  const kinds = found.size;
  const cues = [...found].map(([kind, list]) => `${kind}: ${list.join(', ')}`).join('; ');
  const categories: CrisisCategory[] = ['suicidal_ideation'];
  if ((found.get('means') ?? []).some((cue) => DRUG_MEANS.test(cue))) {
    categories.push('overdose');
  }
  const farewells = found.get('finality')?.length ?? 0;
  // Round 10: a place to fall from beside a goodbye said to the readers ("this is goodbye", or "goodbye" ending the
  // message) or beside two farewells is a plan. Round 10 review: only where the writer says they are now, in a clause
  // of nothing else ("standing on the sea wall", "on the sea wall now"); walking the dog along it, climbing at the
  // quarry or being stuck on the 12th floor in meetings is being somewhere for something else. The farewell must be
  // a real one (everyday goodbyes alone do not count, see signalsIn).
  const saidGoodbye = FINAL_GOODBYE.test(text);
  const atPlace = clauses.some((clause) => PLACE_AT.test(clause.text));
  const urgent =
    (atPlace && has('finality') && (farewells >= 2 || saidGoodbye) && !ORDINARY_ABSENCE.test(text)) ||
    (has('means') && (has('intent') || has('finality'))) ||
    (has('means') && has('time') && (has('despair') || has('death') || has('place'))) ||
    (has('intent') && (has('finality') || has('time') || has('place'))) ||
    (has('place') && kinds >= 3 && (has('time') || has('finality'))) ||
    (farewells >= 2 && (has('time') || has('despair') || has('death')));
  // "It's happening this weekend, my sister's wedding": an ordinary occasion explains a time and a decision;
  // company explains a place, said in the clause that names it ("the bridge at night is gorgeous, walking there w my
  // bf"), never beside a goodbye, despair or death.
  const outing =
    !has('means') &&
    has('place') &&
    !has('finality') &&
    !has('despair') &&
    !has('death') &&
    clauses.some((clause) => (PLACE.test(clause.text) || /\bthere\b/.test(clause.text)) && OUTING.test(clause.text));
  if (urgent && (has('means') || (!ordinaryLeaving(text) && !outing))) {
    return { level: 'urgent', categories, cues, clause: first };
  }
  const told = [...sentences].join(' . ');
  const aside = MEDIA_CONTEXT.test(told) || EDUCATION_CONTEXT.test(told) || JOKE.test(text);
  const despair = found.get('despair')?.length ?? 0;
  if (!aside && ((despair > 0 && (despair >= 2 || has('death') || has('finality'))) || dwelt)) {
    return { level: 'concern', categories: ['suicidal_ideation'], cues, clause: first };
  }
  return hiddenSelfHarm(clauses, text);
}

function hiddenSelfHarm(clauses: readonly Clause[], text: string): SignalReading | undefined {
  const aside = MEDIA_CONTEXT.test(text) || EDUCATION_CONTEXT.test(text) || JOKE.test(text);
  if (
    aside ||
    !SH_TOOL.test(text) ||
    !CONCEAL.test(text) ||
    /\b((old|faded|white) (scars|marks)|years (ago|clean))\b/.test(text)
  ) {
    return undefined;
  }
  const clause = clauses.find((c) => SH_TOOL.test(c.text)) ?? clauses[0];
  return clause === undefined
    ? undefined
    : { level: 'concern', categories: ['self_harm'], cues: 'self-harm hidden', clause };
}
