/**
 * Word lists shared by the crisis patterns and modifiers. All work on
 * normalised text (lower case, contractions spelled out, one space between words).
 */
export const words = (...list: string[]): string => `(?:${list.join('|')})`;

/** Pets and animals: the subject of "the dog got into my pills" is no one's crisis (round 11). */
export const ANIMAL_NOUN = words(
  'dogs?',
  'puppy',
  'puppies',
  'pups?',
  'cats?',
  'kittens?',
  'kitty',
  'pets?',
  'rabbits?',
  'bunny',
  'hamsters?',
  'guinea pigs?',
  'ferrets?',
  'parrots?',
  'budgies?',
  'horses?',
  'ponys?',
  'labrador',
  'spaniel',
  'terrier',
  'collie',
  'beagle',
  'retriever',
  'pug',
  'husky',
  'dachshund',
  'greyhound',
  'poodle',
  'chihuahua',
  'staffie',
);

export const PERSON_NOUN = words(
  'friend',
  'best friend',
  'mate',
  'best mate',
  'bestie',
  'bff',
  'roommate',
  'room mate',
  'flatmate',
  'flat mate',
  'housemate',
  'house mate',
  'colleague',
  'stepson',
  'stepdaughter',
  'nephew',
  'niece',
  'grandmother',
  'grandfather',
  'granddad',
  'grandad',
  'gramps',
  'grampa',
  'nan',
  'nana',
  'nanna',
  'gran',
  'granny',
  'coach',
  'bully',
  'bullies',
  'neighbours',
  'neighbors',
  'roommates',
  'flatmates',
  'coworkers',
  'classmates',
  'sister',
  'brother',
  'mom',
  'mum',
  'mother',
  'dad',
  'father',
  'stepdad',
  'stepmom',
  'stepfather',
  'stepmother',
  'stepbrother',
  'stepsister',
  'brother in law',
  'sister in law',
  'father in law',
  'mother in law',
  'roomie',
  'classmate',
  'teammate',
  'supervisor',
  'ex wife',
  'ex husband',
  'ex boyfriend',
  'ex girlfriend',
  'abuser',
  'rapist',
  'son',
  'daughter',
  'kid',
  'kids',
  'child',
  'baby',
  'cousin',
  'uncle',
  'aunt',
  'grandma',
  'grandpa',
  'wife',
  'husband',
  'partner',
  'boyfriend',
  'girlfriend',
  'bf',
  'gf',
  'ex',
  'fiance',
  'fiancee',
  'boss',
  'manager',
  'coworker',
  'co worker',
  'neighbor',
  'neighbour',
  'landlord',
  'teacher',
  'sponsor',
  'dealer',
  'therapist',
  'counselor',
  'counsellor',
  'psychiatrist',
  'psychologist',
  'clinician',
  'social worker',
  'case manager',
  'facilitator',
  'pharmacist',
  'doctor',
  'nurse',
  'cop',
  'cops',
  'family',
  'parents',
  'guy',
  'dude',
  'man',
  'woman',
  'girl',
  'boy',
  'bitch',
  'bastard',
  'asshole',
  'idiot',
  'prick',
  'people',
  'class',
  'group',
  'cohort',
  'whole family',
  'person',
  'character',
  'narrator',
  'protagonist',
  'hero',
  'villain',
);

// Anything that says drugs or alcohol are involved; breathing trouble or a seizure is only an overdose in that light.
export const USE_CONTEXT =
  /\b((did|took|used|had|drank|smoked) (a lot |way |much |so much )?more than (usual|normal|i usually|i normally|i should|ever)|used (again|last night|today|tonight|earlier|for|after|this)|after (he|she|they|i|we) (used|shot up|smoked|snorted|took)|after using|been using|started using|using again|was using|got high|getting high|high|took|take|taking|pills?|tablets?|dose|dosed|withdrawal|withdrawals|withdrawing|detox|detoxing|drank|drink|drinks|drinking|drunk|shot up|shooting up|smoked|smoking|snorted|snorting|injected|fent|fentanyl|heroin|dope|oxy|oxys|oxycodone|percs?|percocet|opioids?|opiates?|xanax|xans|bars|benzos?|klonopin|valium|ativan|alcohol|booze|vodka|whiskey|coke|cocaine|crack|meth|molly|mdma|ketamine|lean|kratom|gabapentin|suboxone|methadone|relapsed|relapse|dts|cold turkey|come down|comedown|bender|binge|overdose|overdosing|sober|stuff|something|nodding|nodded|nod|molly|ecstasy|acid|shrooms|xans|bars|percs|ambien|seroquel|trazodone|klonopin|ativan|valium|tylenol|lithium|meds|medication|overdosed|od|fent|dope|pressies|blues|tranq|xylazine|ghb|spice|k2|snorting|injecting|needles?|syringes?|did a line|a line of|lines of|lines|too many|bumps?|laced|bad batch|batch|pressed|pressies|edibles?|gummies|vodka|wine|beers?|shots|liquor|tequila|whiskey)\b/;

export const WEAPON_CONTEXT =
  /\b(gun|guns|pistol|rifle|shotgun|knife|knives|machete|weapon|weapons|bullets?|ammo|loaded|bat|crowbar)\b/;

export const EDUCATION_CONTEXT =
  /\b(signs?|symptoms?|warning signs|risk factors?|prevention|awareness|hotline|lifeline|training|trained|class|course|workshop|seminar|webinar|lecture|presentation|research|study|studies|statistics|stats|rates?|article|documentary|podcast|news|headline|psychoeducation|education|learn|learned|learning|taught|teaching|talked about|discussed|topic|module|worksheet|handout|pamphlet|brochure|campaign|fundraiser|include|includes|including|such as|for example|common|normal for|question|questions|questionnaire|screening|survey|phq|assessment|intake form|showed us|show us|how to (give|use|spot|help|recognize|respond)|demonstrated|practiced|ideation|asked (?:me )?(?:about|if|whether)|asks (?:me )?(?:about|if|whether)|c ssrs|cssrs|project|paper|essay|skills?|dbt|distress tolerance|coping|ice cube|urge surfing)\b/;

export const MEDIA_CONTEXT =
  /\b(movie|film|(?<!\b(?:to|and|will|would|i|we|they|can|could|should) )show(?! (?:them|him|her|you|me|us|everyone|everybody|up|off|how|what|that|who|the way)\b)|series|episode|season|book|novel|(?<!(?:her|his|my|their|your|instagram|insta|snap|ig|snapchat) )story|song|lyrics?|album|band|singer|rapper|character|characters|plot|scene|game|games|gaming|fortnite|minecraft|valorant|call of duty|cod|anime|manga|comic|tv|netflix|actor|actress|celebrity|villain|hero|finale|lobby|server|squad|ranked|raid|boss fight|respawn|spawn|noobs?|sims|xbox|playstation|ps5)\b/;

// Markers that put an event firmly in the past ("when I was 15", "before treatment").
export const DISTANT_PAST =
  /\b(years? ago|months ago|decades? ago|a decade ago|(a few|a couple( of)?|some|many|\d+|two|three|four|five|six|seven|eight|nine|ten) (years|months) back|a long time ago|long ago|back then|back in|in the past|when i was (\d+|a kid|a teen|a teenager|younger|little|in (high school|college|school|middle school)|using|drinking|in active addiction)|as a (kid|teen|teenager)|in (high school|college|middle school)|in (19|20)\d\d|last year|last (summer|winter|spring|fall|autumn)|before (treatment|rehab|recovery|sobriety|iop|program|getting sober|i got sober|i got help|getting help|i got clean|getting clean)|at my (worst|lowest)|during my (addiction|active addiction|using|drinking)|the first time(?! in)|once upon|my old life|(in|for|during|through) (most of |all of )?my (teens|twenties|thirties|childhood|youth|adolescence|teenage years)|until (i got|getting) (sober|clean|help|treatment)|spent (most of |all of )?my (teens|twenties|thirties|childhood|youth|adolescence|teenage years|twenties)|this time last year|at (age )?(1[0-9]|[2-9][0-9])(?! ?(am|pm|oclock|o clock|tonight|this|in the))|(when|at age|at the age of|aged) \d+|(a|one|two|three|four|five|\d+) (years?|months) ago today|(it has been|it is been|been|it has|over|more than) (\d+|a few|a couple( of)?|many|several|two|three|four|five|six|seven|eight|nine|ten|a) (years|decades?) since i(?! (felt|have felt|was|have been|been) (this|like this|so|that)))\b/;

// Looser markers of a past time ("in my darkest days", "back when"): they date a statement only when its verb is in the past.
export const PAST_FRAME =
  /\b(in my (darkest|worst|lowest) (days|times|moments|years|point)|the (year|summer|winter|spring|fall|semester) (that |when )?i|at one point|there was a time|back when|as a (kid|teen|teenager)|growing up|(in|during) (my )?(early|first) (sobriety|recovery|days))\b/;

// Markers that make a statement about now ("again", "last night").
export const RECENT =
  /\b(again|tonight|today|right now|now|last night|yesterday|this morning|this afternoon|this evening|this week|last week|this weekend|last weekend|a few days ago|days ago|earlier|just|lately|recently|these days|still|anymore|any more)\b/;

// Someone in recovery talking about the old days, not about now.
export const RECOVERY =
  /\b(used to|use to|survived|survivor|recovered from|recovering from|healing from|got through|made it through|came through|clean from|free from|sober from|stopped|quit|no longer|gave up|(days|weeks|months|years) (clean|free|sober|without)|since i (last|stopped|quit)|since my last|(days|weeks|months|years) (out|away) from|(days|weeks|months|years) since (my|the|i|that)|(\d+(st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten|a hundred) (day|days|week|weeks|month|months|year|years) (clean|free|sober|without)|woke up in the (icu|hospital|er) after)\b/;

// A later clause that says the old pattern is back reopens a "used to" or "have not" statement.
export const REACTIVATION =
  /\b((thoughts|urges|feelings|it|they) (are|is|have|has) (back|come back|returned|coming back|creeping back)|(thoughts|urges|feelings) (came|come|are coming|keep coming) back|back again|started again|starting again|doing it again|relapsed (on|into|with) (it|that|cutting|self harm|sh)|(i )?(blew it|broke my streak|slipped up|caved|gave in)( again)?( tonight| today| last night)?|back to (day )?(0|zero|one|1)|reset (my )?(counter|streak|clock|days)|(streak|counter) (is )?(over|broken|gone|reset)|relapsed( again)?( tonight| today| last night)?$|now i (want|feel like|am thinking|keep thinking)|i (said|told (her|him|them|my \w+)) yes|i admitted (it|that)|still do|still want|still feel)\b/;

// Jokes discount threats against others ("I'll kill him lol"), never statements about oneself.
export const JOKE = /\b(lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|just kidding|kidding)\b|😂|🤣|😆|😅/u;

// Words after which a new subject can start, so negation or "used to" further back no longer applies.
export const SCOPE_BREAK =
  /\b(and|so|because|then|why|how|what|if|whether|that|when|where|who|which|while|until|since|honestly|now)\b/g;

// A crisis statement followed by this is about something that has passed: "my suicidal thoughts went away".
export const RESOLVED_AFTER =
  /^ ((thoughts|urges|feelings|ideation) )?(went away|are gone|have gone away|have stopped|stopped|faded|have faded|are better|are under control|are manageable|are much (better|quieter)|is behind me|are behind me|have been (quiet|quieter|gone|better|manageable|under control|away|fading)|are (quiet|quieter|gone)|went quiet|have (eased|lifted|passed))\b/;

export const NEGATOR = /\b(not|never|no|nor|no longer|nobody|none|zero)\b/;

// A message about dying or its means: anaphora ("I almost did it") and near-misses read in this light.
// Hopelessness: what makes an ambiguous plan ("waiting for the right moment") read as one.
export const HOPELESS =
  /\b(nothing matters|no point|what is the point|pointless|hopeless|i am done|so done|so tired|can not do this|can not go on|can not take|give up|gave up|no way out|no future|nobody cares|no one cares|worthless|burden|goodbye|end it|not be here|die|dying|dead|death|suicide|kill myself)\b/;

export const SI_CONTEXT =
  /\b(die|dying|dead|death|alive|suicide|suicidal|kill myself|killing myself|end it|ending it|end my life|pills|gun|rope|noose|belt|bridge|jump|jumped|overdose|goodbye|note|trigger|blade|razor|tracks|ledge|roof|hang|garage|car running|not wake up|exit)\b/;

// Ordinary reasons to be away or give things up: a trip, a move, a shift, outgrowing or quitting something.
export const ORDINARY_ABSENCE =
  /\b(vacation|holiday|trip|travel|traveling|travelling|visiting|out of town|moving|move|moved|new (job|place|apartment|city|house)|shift|conference|wedding|surgery|appointment|court|camp|retreat|deploy\w*|inpatient|residential|switching|transfer\w*|graduat\w*|alumni|stepping down|step down|discharg\w*|outgrew|outgrown|upgrade\w*|new one|replaced|no longer use|quit|sober|smoke|vape|bong|pipe|lighter|dealer|allergic|landlord|allow(ed)? pets|(going|heading|flying|driving) (to|over to|up to|down to|back to) (my|the|a) \w+s)\b/;

/**
 * Farewell cues, weighted: a goodbye, a last post, absolution ("don't blame yourselves"),
 * messages to relay and an unreachable writer weigh 2; an apology, "love you all", a
 * note, thanks, a pet to look after weigh 1. Kinds present in a message adding up to 3
 * read as a goodbye note ('si-farewell').
 */
// An act named right after "doing it tonight", with a harmless object: the "it" is that act ("doing it tonight!!
// finally asking her out", "... cutting my hair short"). A verb alone explains nothing ("doing it tonight, making
// sure its quick").
export const REVEALED_ACT =
  /^( ?[.!,:-])* (finally |i am |just |going to |gonna )?(asking (her|him|them|my \w+|\w+) (out|to (prom|the dance|marry me|be my \w+))|(cutting|dyeing|bleaching|shaving|chopping|buzzing) (off )?(my|all my|his|her) (hair|bangs|fringe|beard|head)|getting (a |my )?(haircut|hair cut|hair done|nails done|tattoo|piercing|nose pierced|ears pierced|bangs)|(buying|booking) (a |the |my )?(car|house|ring|ticket|tickets|flight|flights|trip|puppy|kitten)|quitting (my job|the job|smoking|vaping|caffeine|sugar)|signing (the|my|a) (lease|contract|papers)|adopting (a|the) (cat|dog|kitten|puppy|rescue)|moving (out|back home|in with)|proposing( to (her|him|my \w+))?|confessing (to (her|him|my \w+)|my feelings)|auditioning for|applying (for|to) (the|a|my) \w+|painting (my|the) (room|nails|walls|bedroom)|running (a|the|my) (marathon|half marathon|5k|10k)|joining (a|the) (gym|team|club|band|choir))\b/;

// Round 11 second review: the writer says they used too ("i took what was left of his bag", "i used too", "i drank half a
// bottle and took his tablets"): someone else's overdose being over, or in care, does not make the message harmless.
export const WRITER_USED =
  /\bi (\w+ ){0,2}(used|took|drank|did|snorted|smoked|swallowed|shot up|had (some|half|the rest))\b/;

// Words of dying, its means, a goodbye or despair: beside them "doing it tonight" is not explained by what follows.
export const NOT_A_HARMLESS_ACT =
  /\b(paracetamol|tylenol|acetaminophen|ibuprofen|codeine|tramadol|charcoal|hose|tape|car in the garage|door shut|taking (all|them|the rest)|all of them|die|dying|dead|death|suicide|suicidal|kill myself|end it|end my life|not wake up|goodbye|good ?bye|bye forever|farewell|note|letter|pills|meds|overdose|bottle|gun|rope|noose|belt|knife|blade|razor|bridge|jump|tracks|ledge|roof|hang|exhaust|helium|no point|hopeless|worthless|burden|can not (go on|do this|take)|give up|gave up|no way out|nobody cares|no one cares|quick|painless|forever|for good)\b/;

/** "doing it tonight" said of an act named after it, in a message with no word of dying, means, goodbye or despair. */
export function revealsHarmlessAct(text: string): boolean {
  const doing = /\b(doing|do) it (tonight|today|right now|now|this weekend|tomorrow)\b/g;
  let found = false;
  for (let m = doing.exec(text); m !== null; m = doing.exec(text)) {
    if (!REVEALED_ACT.test(text.slice(m.index + m[0].length))) {
      return false;
    }
    found = true;
  }
  return found && !NOT_A_HARMLESS_ACT.test(text);
}

/** "see you on the other side" said as a goodbye: not "...of this conversation". */
export const SEE_YOU_ON_THE_OTHER_SIDE = /\bsee (you|ya|yall|everyone|you all) (all )?on the other side\b(?! of\b)/;

export const DOING_IT = /\b(doing|do) it (tonight|today|right now|now|this weekend|tomorrow)\b/;

/** A decision said on its own: "i have decided.", "mind is made up". */
export const DECIDED =
  /\b((i have |i )?(already |finally )?decided|made (my|the|up my) (decision|mind)|(my )?mind is made up)(?= (\.|!|,|\n)|$)/;

// Round 11: the decision named in the message: "i have decided. im doing it. im finally going to tell my boss about my
// adhd". An everyday act the writer is going to do, with a person or a thing after it.
const EVERYDAY_ACT = String.raw`(tell|ask|quit|apply|book|buy|start|join|sign up|enrol|enroll|report|confront|come out|break up with|call|email|text|adopt|learn|propose|retire|resign|move (out|house|back|in)|go back to (school|uni|college|work)|get (a|my) (tattoo|dog|cat|degree|haircut|license|licence)|leave (my|the|this) (job|course|uni|college|relationship|church|team|band))`;
const DECIDED_ACT = new RegExp(
  String.raw`\b(going to|gonna|decided to|i will) (finally |actually |just )?${EVERYDAY_ACT}\b`,
  'g',
);
// Review of round 11: the everyday act names the decision only when it is the last thing the message says. After it
// may come its object, another everyday act joined by "and" ("...text my crush and ask him out") and a word of nerves
// or luck; not a step after it ("tell my mum everything tomorrow and then im doing it", "call my dad first so...",
// "buy charcoal and tape", "book a hotel room for friday, just me and what ive saved up").
const AND_ANOTHER_ACT = new RegExp(String.raw`^\s*${EVERYDAY_ACT}\b`);
const STEP_WORD = /\b(then|first|after|afterwards|before|instead|so|until|because)\b/;
const NERVES_OR_LUCK =
  /^\s*((wish me luck|fingers crossed|so (nervous|excited|scared|happy)|eek|yay|lol|haha|omg)( (guys|everyone|all|yall|you all|friends))?)?\s*$/;

function actIsTheLastThing(text: string): boolean {
  let last: RegExpExecArray | null = null;
  DECIDED_ACT.lastIndex = 0;
  for (let m = DECIDED_ACT.exec(text); m !== null; m = DECIDED_ACT.exec(text)) {
    last = m;
  }
  if (last === null) {
    return false;
  }
  const [object, ...after] = text.slice(last.index + last[0].length).split(/[.!?;,\n]| - /);
  const [, ...joined] = object.split(/\band\b/);
  return (
    !STEP_WORD.test(object) &&
    joined.every((act) => AND_ANOTHER_ACT.test(act)) &&
    after.every((part) => NERVES_OR_LUCK.test(part))
  );
}

// What goes with a goodbye: "tell my family i love them and then its over", "call my mum one last time".
const LAST_WORDS =
  /\b(love (you|them|him|her|everyone|you all)|(it is|its|that is|thats|then it is|then its) (over|it|done|the end)|one (last|final) time|last time|for the last time|forgive me|sorry for everything|take care of)\b/;

/** A decision or "doing it" that the message names as an everyday act, with no word of dying, means, goodbye or despair. */
export function explainsDecision(text: string): boolean {
  return actIsTheLastThing(text) && !NOT_A_HARMLESS_ACT.test(text) && !LAST_WORDS.test(text);
}

// Round 11: a day named by an everyday act is no farewell ("tonight is the night i propose"). Review: the act is one of
// a short list of everyday ones, not any verb but a list of dying ones ("tonight is the night i disappear", "...i make
// it all stop", "...i never wake up from" were read as everyday). Second review: "meet", "celebrate", "start" and
// "perform" only with an everyday object ("meet my maker", "celebrate my freedom from this life" are not).
const EVERYDAY_DAY_ACT = String.raw`(propose|pop the question|get (married|engaged|hitched|my (\w+ ){0,3}(chip|coin|token|keys|results|degree|diploma|licen[cs]e|cast off|braces off))|marry|meet (her|his|their|your|my (new|future|partners?|boyfriends?|girlfriends?)|the) (\w+ )?(parents|family|folks|in-?laws|mum|mom|dad|team|boss|class|group|coach|baby|kids?|friends|band)|watch|start (my|a|the|our) (new )?(job|course|class|school|uni|college|placement|program(me)?|treatment|training|shift|rota|diet)|graduate|celebrate (\w+ ){0,3}(years?|months?|weeks?|days?|anniversary|birthday|clean|sober|sobriety|recovery)|move (in|out|house)|ask (her|him|them) (out|to)|go on (a|our|my) (\w+ )?(date|trip|holiday)|perform (at|in|on|with|live|our|my (set|song|solo))|audition|launch|come out to)`;
export const NOT_AN_EVERYDAY_DAY = String.raw`(?! (i|we) (finally )?${EVERYDAY_DAY_ACT}\b(?![^.!?\n]*\b(maker|god|jesus|heaven|again|final|last|freedom|free from|this life|forever|other side|for good)\b))`;

/** A time for it: weighs in a goodbye only beside a cue of weight 2 or more ("sorry, can't make group tonight, love you all" is not one). */
export const FAREWELL_TIME =
  /\b(tonight|tomorrow|this weekend|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|soon|after (work|my shift)|before (morning|anyone wakes up|sunrise)|(go|it|leave) now)\b/;

export const FAREWELL_CUES: readonly (readonly [RegExp, number])[] = [
  // A goodbye to a thing is ordinary: "goodbye library, goodbye 4am coffee".
  [
    /\b(good ?bye|farewell)\b(?! (?!(everyone|everybody|all|guys|yall|you|friends|world|forever|for good|cruel|mom|mum|dad|family|my|to|post|message|note|letter|text|video)\b)[a-z0-9])/,
    2,
  ],
  [/\bsaying (my )?goodbyes?( to (people|everyone|everybody|my family|my friends|the people i love))?\b/, 3],
  [
    /\b((my|this is (my|the)) last (post|message|text|words)(?! for (a while|now|today|tonight|the (day|night|week|year)))|this is (the end|it for me)|by the time you (read|see) this|when you (read|find) this)\b/,
    2,
  ],
  [
    /\b((please )?do not blame (yourself|yourselves|anyone|anybody)|(it is|this is) not (your|anyones|anybodys) fault|thank you for trying|forgive me)\b/,
    2,
  ],
  [/\btell (my|her|him|them|everyone|everybody) \w* ?(that )?i love\b/, 2],
  [/\bif (anything|something) (happens|should happen|were to happen) to me\b/, 2],
  [/\bif i (do not|can not|am not able to) (reply|answer|respond|come back|make it)( tomorrow| tonight| by \w+)?\b/, 2],
  [/\b(one last time|for the last time|last time i will)\b/, 2],
  [/\btake care of (my |his |her |their )?\w+ for (me|him|her|them)\b/, 2],
  [/\b(say|tell \w+|told \w+|said) (that )?i love (her|him|them|you)\b/, 1],
  [
    /\b((not|stopped) (answering|picking up|responding)|will not (answer|pick up|respond)|phone (is|was|went) (off|dead|straight to voicemail)|can not reach (her|him|them)|no one can reach)\b/,
    2,
  ],
  [/\b(left|wrote|posted|sent|texted) (a |me a |her |his |their )?(note|goodbye|letter|message|text)\b/, 1],
  [/\b(take care of|look after|feed) (my \w+|him|her|them|(his|her|their) \w+)\b/, 1],
  [/\bsorry for everything\b/, 2],
  [/\b(i am )?(so )?sorry( everyone| guys| all)?\b/, 1],
  [/\b(i )?love (you|you all|you guys|everyone|all of you|yall)\b/, 1],
  [/\bthank you (all )?for everything\b/, 1],
  [/\bthank you all\b/, 1],
  // Intent without crisis words: a decision, a time, being gone. Each weighs only with another kind of cue.
  [/\b(said|say|saying) (all )?my (last )?goodbyes\b/, 3],
  [/\b(made|make|making) (my )?peace with (everyone|everybody|everything|it all|the world)\b/, 2],
  [DECIDED, 2],
  [/\b(no turning back|no more waiting|(it is|its) (time|happening)|this is happening)\b/, 2],
  // An ellipsis after it is a reveal: "tonight im finally doing it... cutting my hair short".
  [/\b(ready to go|going to do it|finally doing it)(?! \. \. \.)(?= (now|tonight|\.|!|,|\n|$)|$)/, 2],
  [/\b(no one|nobody) (can|is going to|will) stop me\b/, 2],
  [/\beverything is (in order|arranged|ready|set|sorted|taken care of)\b/, 2],
  // Round 11: not when the day is named by an everyday act ("tonight is the night i propose").
  [
    new RegExp(
      String.raw`\b(tonight|today|tomorrow|this weekend|\w+day)( is|s) the (night|day|one)\b${NOT_AN_EVERYDAY_DAY}`,
    ),
    2,
  ],
  [/\bcounting down (the )?(days|hours|minutes)\b/, 2],
  // Affairs put in order, means kept where they are at hand, an absence foretold.
  [/\b(got|have|had) it (all )?(figured|planned|worked) out\b/, 2],
  [/(^|[.!?,\n] )(i am )?(so )?ready( now)?(?= ?([.!?\n]|$))/, 2],
  [/\b(no one|nobody) (needs|has) to know\b/, 2],
  [/\b(cleaned|tidied) (my|the|up my) (apartment|room|house|place)\b/, 1],
  [/\bpaid (my |all my |off my )?(rent|bills|debts)\b/, 1],
  [/\bfed (the|my) (cat|dog|fish)( \w+)? extra\b/, 2],
  [/\b(deleted|wiped) (all )?my (accounts|socials|social media|photos|phone|messages)|phone wiped\b/, 2],
  [
    /\b(pistol|gun|rifle|rope|noose|knot|belt|knife|blade|razor|pills|note|letter|hose)( is| are)? (in|under) my (backpack|pocket|jacket pocket|bag|car|closet|drawer|hand|lap|mattress|pillow)\b/,
    2,
  ],
  [/\bif you (do not|don't) hear from me\b/, 2],
  [/\bsorry i (could not|can not|couldnt|cant) stay\b/, 2],
  [
    /\b(waiting for (dark|the house to be empty|everyone to (sleep|leave|go to bed))|(this is (the|my)|my) last night( on earth)?(?! (of|at|in|before|for|with|together|here|there))|last night on earth)\b/,
    2,
  ],
  [
    /\b(please )?(do not|don't) (look for|come looking for|try to find) me\b(?! (until|till|til|before|unless|at|in|on)\b)/,
    2,
  ],
  [FAREWELL_TIME, 1],
  [/\b(i will be gone|(it|this) will (all )?be over)\b/, 2],
  // Not being there after a day: "won't be around after friday".
  [
    /\b(will not|am not going to) be (around|here|alive) ((after|by|past|come|beyond) (\w+day|tonight|tomorrow|the weekend|morning|next week|new year|christmas)|much longer|for (much )?longer|anymore)\b/,
    2,
  ],
  [/\btake care of (each other|yourselves|one another)\b/, 1],
  [/\b(put|putting|got|getting|have|had) (my |all my )?(affairs|things|everything|stuff) in order\b/, 2],
  [/\b(signed|wrote|made|updated|finished) (my|a) will\b|\bwill is signed\b/, 1],
  [/\b(pick|picked|choose|chose|set|picking|choosing) (the|a) (day|date|night)\b/, 2],
  [/\b(do not|dont) worry about me (after|anymore|when|once)\b/, 2],
  [/\b(do not|dont) (call|tell) (anyone|anybody|the cops|the police|911|my \w+)\b/, 2],
  [/\bits not (your|anyones|anybodys) fault\b/, 2],
  [/\b(the|my) plan is (set|ready|made|in place|final|happening|on)\b/, 2],
  [
    /\b(need|needs|waiting for|wait for|want) (everyone|everybody|them|my (family|parents|roommates?|\w+)) to (leave|go out|be out|go to (sleep|bed)|fall asleep|be asleep)\b/,
    2,
  ],
  [/\bthis is (my|the) goodbye (post|message|note|letter|video)\b/, 2],
  [/\b(thanks|thank you) for (the (laughs|memories|good times)|always being there|being there)\b/, 1],
  [/\b(not|no longer) (scared|afraid)( anymore| of (it|dying|death|what comes next))?\b/, 2],
  [
    /\b(say|said|saying|to say) (bye|goodbye|my goodbyes) to (you all|everyone|everybody|yall|you guys|all of you|you)\b/,
    2,
  ],
  [/(^|[.!?,] )last (post|message|words)( here| ever)?(?= ?([.!?,]|$))/, 2],
  [/\b(by then|after (that|tonight|tomorrow)) (it|nothing) (will not|will|does not) matter\b/, 2],
  [
    /\b(it was|it has been|been) (nice|good|a pleasure|an honou?r) knowing (you|yall|you all|everyone|all of you|some of you|you guys)\b/,
    2,
  ],
  [
    /\bthis (will be|is going to be|is) (my|the) last (post|message|text|time you)\b(?! for (a while|now|today|tonight|the (day|night|week|year)))/,
    3,
  ],
  // Set aside when the act is named right after it (revealsHarmlessAct, crisis-modifiers.ts).
  [DOING_IT, 2],
  // Round 10: death as a crossing, "see you on the other side" with no "of" after it (the other side of an exam or
  // a talk is an idiom).
  [SEE_YOU_ON_THE_OTHER_SIDE, 1],
  [/\bi am (so |just |completely |fully )?done(?= ?([.!,;\n]|$))/, 1],
  [/\bmy (suicide )?(note|notes|letter|letters) (is|are) (on|in|under|by|next to)\b/, 3],
  [/\blast time (you|anyone|any of you) will (hear|see) (from )?me\b/, 3],
  [/\bby the time (anyone|you|someone|they|somebody) (sees|reads|see|read|finds|find) this\b/, 2],
  [/\b(will not be (in|at) \w+ (tomorrow|again|anymore)|or ever|or any (other )?(night|day))\b/, 2],
  // Round 9: an absence with no end, a burden lifted, nobody called this time.
  [/\b(will not|am not going to|am never) (be )?(coming|going) (home|back)\b/, 1],
  [/\b(will not|never) have to (put up with|deal with|worry about|take care of) me\b/, 2],
  [/\b(do not|no) need to (save|keep|hold) (my|me a) (spot|seat|place)( in \w+)?( anymore| ever again)\b/, 2],
  [/\b(this time )?i (will not|am not going to) (call|tell|text) (anyone|anybody|911)\b/, 2],
  [
    /\b(letters?|notes?) (is |are )?(on|in|under) (the|my) (desk|table|bed|drawer|pillow|counter|kitchen table|nightstand)\b/,
    2,
  ],
];

// Leaving a group, a job or a day behind; goodbyes around these are ordinary.
const ORDINARY_LEAVING_R10 =
  /\b(waiting for (my|the|a) (ride|bus|train|uber|lyft|taxi|cab|mom|dad|sister|brother|friend)|(?<!\b(not|never|stopped|skipped|skip) (go|going|went|come|coming) )(to|for) group\b|digital detox|social media (break|detox)|(grab|grabbing|grabbed|putting on|put on|get|getting) my (coat|jacket|keys|bag|shoes|boots|stuff)|heading out|out the door|leaving for (work|school|class|group|church|practice|the \w+)|party|birthday|concert|band|gig|wedding|show|premiere|festival|interview|exam|flight|ubers?|lyfts?|taxi|ride is here|date night|the game|(big|first) day|last (day|session|group|week|meeting|shift|class)|graduat\w*|moving|alumni|stepping down|step down|discharg\w*|completed|completing|finished (the|my) (program|iop|treatment)|new job|vacation|holiday|trip|see (you|ya|yall|everyone)(?! (all )?on the other side(?! of))|until next|talk (to you )?soon|for now|for the (week|weekend|summer|night|holidays)|leaving (the|this) (group|program|chat|app|platform)|leaving (twitter|facebook|instagram|insta|tiktok|reddit|discord|social media|this site|the internet)|signing off|logging off|going offline|taking a break|break from|hiatus|good ?night|night everyone|bedtime|going to bed|funeral|memorial|passed away|rest in peace|rip|grandma|grandpa|grandmother|grandfather|(dog|cat|pet) (died|passed)|(letter|note) to (my )?(addiction|alcohol|drugs?|drinking|using|old (self|life|me)|younger self|future self|disease|eating disorder|ed|depression|anxiety|self harm)|new year|this year|last year|20\d\d|while i am (away|gone)|out of town|brunch|museum|the movies|cinema|picnic|the zoo|the mall|theme park|road trip|game night|movie night|sleepover|(pizza|taco|trivia|quiz|poker|bingo|family|girls|guys|ladies|pasta|sushi|burger|wings?|craft|board game|bowling|date|game|movie|pub|open mic) night)\b/;
// Round 11's additions: a job, a post or a home left.
const ORDINARY_LEAVING_R11 =
  /\b(handed in (my|the) (notice|resignation)|resignation|retir(ed|ing|ement)|(leaving|farewell) (do|drinks|party|card)|packed up my desk|(last|my only) post (from me )?for a (while|bit)|last (night|day|week) in (this|the|my|our) (flat|house|apartment|place|room|dorm|halls)|keys go back|hand(ing|ed)? (back |in )?the keys)\b/;
// Review: round 11's ordinary leavings do not outweigh words no ordinary leaving has.
const UNMISTAKABLE_FAREWELL =
  /\b(counted (them|out|the)|(pills|tablets|rope) (are|is) (in|ready|counted)|deleted (my|all my) (accounts|socials|photos)|how this ends|gave away|rehomed|(will not|wont) be (there|here|around)|(do not|dont) (look for|come looking|try to find)|nobody needs to know|no one needs to know|putting up with me|trying with me|(letters?|notes?) (is|are) sealed|it will be over|so nobody (at \w+ )?has to)\b/;
/** Leaving a group, a job or a day behind; goodbyes around these are ordinary. */
export function ordinaryLeaving(text: string): boolean {
  return ORDINARY_LEAVING_R10.test(text) || (ORDINARY_LEAVING_R11.test(text) && !UNMISTAKABLE_FAREWELL.test(text));
}

// Company: a place visited with others is an outing ("walking there after dinner w my bf"). Sights are not: people
// also say a view will be the last thing they see (crisis-signals.ts reads this only in the clause naming the place).
export const OUTING =
  /\b(with|w) (my )?(bf|gf|boyfriend|girlfriend|friends?|family|kids|partner|husband|wife|cousins?|roommates?)\b|\bme and my (bf|gf|boyfriend|girlfriend|friends?|family|kids|partner|husband|wife|cousins?|roommates?)\b/;
