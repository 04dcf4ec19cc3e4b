import { THINK, WANT_TO } from './crisis-frames';
import { words } from './crisis-lexicon';
import { gap, pattern, type CrisisPattern } from './crisis-pattern';

const r = String.raw;
const OD = 'overdose';

// Medicines and drugs people overdose on; "of my <anything>" after a large count also counts.
const DRUG = r`(?:pills|pill|tablets|tabs|capsules|caps|meds|medication|medications|medicine|prescription|script|${words(
  'xanax',
  'xans',
  'bars',
  'benzos?',
  'klonopin',
  'clonazepam',
  'valium',
  'diazepam',
  'ativan',
  'lorazepam',
  'alprazolam',
  'oxys?',
  'oxycodone',
  'oxycontin',
  'percs',
  'percocets?',
  'vicodin',
  'norco',
  'hydrocodone',
  'morphine',
  'dilaudid',
  'codeine',
  'tramadol',
  'opioids',
  'opiates',
  'fent',
  'fentanyl',
  'heroin',
  'methadone',
  'suboxone',
  'subs',
  'buprenorphine',
  'm30s',
  'blues',
  'sleeping pills',
  'sleeping meds',
  'sleeping tablets',
  'sleep meds',
  'painkillers',
  'pain killers',
  'pain pills',
  'pain meds',
  'tylenol(?: pm)?',
  'advil',
  'aleve',
  'aspirin',
  'excedrin',
  'ibuprofen',
  'acetaminophen',
  'paracetamol',
  'naproxen',
  'benadryl',
  'nyquil',
  'melatonin',
  'ambien',
  'zolpidem',
  'lunesta',
  'trazodone',
  'seroquel',
  'quetiapine',
  'mirtazapine',
  'remeron',
  'amitriptyline',
  'doxepin',
  'hydroxyzine',
  'lithium',
  'lamictal',
  'lamotrigine',
  'depakote',
  'abilify',
  'zyprexa',
  'olanzapine',
  'risperdal',
  'antidepressants',
  'zoloft',
  'sertraline',
  'prozac',
  'fluoxetine',
  'lexapro',
  'escitalopram',
  'celexa',
  'citalopram',
  'wellbutrin',
  'bupropion',
  'effexor',
  'venlafaxine',
  'cymbalta',
  'duloxetine',
  'paxil',
  'insulin',
  'adderall',
  'ritalin',
  'vyvanse',
  'gabapentin',
  'gabapentins',
  'lyrica',
  'pregabalin',
  'baclofen',
  'flexeril',
  'soma',
  'muscle relaxers',
  'clonidine',
  'propranolol',
  'blood pressure (?:pills|meds)',
  'heart meds',
  'anxiety meds',
  'psych meds',
  'edibles',
  'gummies',
  'cough syrup',
  'robitussin',
  'dxm',
)})`;
// How much: a count of six or more (not a dose in mg or a time), or words for all or too many.
const COUNT = r`(?:like |about |around |over |more than |at least |maybe |probably |almost |nearly |roughly |close to )?(?:[6-9]|[1-9]\d+)(?! ?(?:mg|mcg|ml|g|milligrams|units|minutes|mins|hours|hrs|days|weeks|months|years|am|pm|percent)\b)`;
const AMOUNT = r`(?:all|all of|the whole|a whole|a bottle of|a full bottle of|a whole bottle of|the entire|an entire|a full|way too many|too many|a bunch of|a handful of|a fistful of|handfuls of|a couple handfuls of|a lot of|lots of|loads of|tons of|so many|a ton of|a shit ton of|a dozen|dozens of|half a bottle of|half the bottle of|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|extra|double|triple|quadruple|every one of|every|every last|the rest of|(?:two|three|four|five|\d+|a couple of|a few|several) (?:sheets|strips|blister packs|packs|packets|boxes|bottles) of|(?:my |the |a |an )?(?:whole|entire|full) (?:month|week|bottle|pack|packet|box|strip|blister pack|sheet|supply|prescription|script|refill|stash|bag)s?(?: worth)? of|(?:a|my|the|a whole) (?:months|weeks|month|week)s? (?:worth|supply) of|${COUNT})`;

/** Taking something in, by any route. */
const INGEST = r`(?:took|take|taking|taken|drank|drink|drinking|swallowed|swallow|swallowing|downed|down|downing|popped|pop|popping|ate|eaten|eat|eating|chugged|chug|necked|snorted|injected|shot up|dropped)`;
const POSSESSOR = r`(?:my |the |his |her |their |those |these |our |\w+s )?`;

// Depressants that are dangerous with alcohol; generic "pills" and "meds" are not enough on their own here.
const SEDATIVE = words(
  'xanax',
  'xans',
  'benzos?',
  'klonopin',
  'valium',
  'ativan',
  'clonazepam',
  'lorazepam',
  'alprazolam',
  'diazepam',
  'oxys?',
  'oxycodone',
  'percs?',
  'percocets?',
  'opioids',
  'opiates',
  'sleeping (?:pills|meds|tablets)',
  'sleep meds',
  'pain (?:pills|meds|killers)',
  'painkillers',
  'fent',
  'fentanyl',
  'heroin',
  'methadone',
  'ambien',
  'zolpidem',
  'seroquel',
  'trazodone',
  'gabapentin',
  'morphine',
  'vicodin',
  'norco',
  'tramadol',
  'muscle relaxers',
  'codeine',
  'ghb',
  'ketamine',
);
const SEDATIVE_TAKEN = r`(?:(?:took|taking|take|popped|pop|swallowed|downed|did|mixed|mixing|mix|on|with|plus|and) (?:[a-z0-9]+ ){0,4}?${SEDATIVE}|(?:took|popped|pop|taking|swallowed|did) (?:a |some |two |three |\d+ |a couple |a few |half a )?(?:bars|xans|blues|percs|pressies))`;
const ALCOHOL = r`(?:(?:drank|drinking|drink|had|downed|chugged|with|and|on top of|plus) (?:[a-z0-9]+ ){0,4}?(?:vodka|whiskey|whisky|wine|beer|beers|shots|liquor|alcohol|booze|tequila|rum|gin|a fifth|a handle|drinks|a bottle)|drank (?:so much|a lot|all night|all day|too much|way too much|heavily)|drink (?:until|till) (?:i|we) (?:pass out|black out|can not feel)|drinking (?:all (?:night|day)|heavily|a lot|since)|(?:am|so|really|very|super|blackout) drunk)`;

/** What an overdose or dangerous withdrawal looks like from inside or beside it. */
const SYMPTOM = r`(?:${[
  r`(?:can not|can barely|could not|could barely|struggling to|hard to|trouble|having trouble|difficulty|having a hard time|not|barely|stopped|is not|is barely) (?:breathe|breathing|catch (?:my|his|her|their) breath)`,
  r`breathing (?:is |feels |seems |sounds |got |has gotten )?(?:really |so |very |super |kind of )?(?:slow|shallow|weird|funny|strange|wrong|off|raspy|rattly|ragged|labou?red|slowing)`,
  r`(?:can not|could not|can barely|having trouble|struggling to|hard to|trouble|fighting to) (?:stay awake|keep (?:my|his|her|their) eyes open|stand up|stand|walk straight|feel my (?:body|legs|arms|face|hands|feet))`,
  r`(?:lips|face|fingers|fingertips|skin|nails) (?:are |is )?(?:turning |gone |going |look |looks )?(?:blue|purple|grey|gray|pale blue)`,
  r`turning (?:blue|purple|grey|gray)`,
  r`(?:(?:will not|can not get (?:him|her|them) to|is not|not) (?:respond|responding|answer us|answer me)\b(?! (?:to|my) (?:texts?|calls?|messages?|phone))|making (?:weird|strange|funny|scary) (?:noises|sounds)|gurgling|gasping|choking on (?:his|her|their|my) (?:own )?(?:vomit|puke)|snoring (?:really |so |super )?(?:weird|strange|loud|funny|wrong)|making (?:weird |strange )?(?:gurgling|snoring|choking|rattling) (?:noises|sounds))`,
  r`(?:can not|could not|will not|is not|not|cannot) (?:wake (?:him|her|them|up)|waking up|get (?:him|her|them) to (?:wake up|respond))`,
  r`(?:collapsed|collapsing|passed out|passing out|keeps passing out|unconscious|unresponsive|nodding out|nodding off|keep nodding|out cold|slipping away|fading)`,
  r`(?:pinpoint|tiny|pinned) pupils|pupils (?:are )?(?:tiny|pinpoint|pinned)`,
  r`(?:having|had|have) (?:a )?seizures?|seizing|convulsing|shaking (?:uncontrollably|so (?:bad|badly|hard))|can not stop shaking`,
  r`(?:throwing up|threw up|vomiting|vomited|puking|puked|coughing up|coughed up) (?:blood|for hours|non stop|nonstop)|can not stop (?:throwing up|vomiting|puking)`,
  r`chest (?:pain|pains|hurts|is (?:so |really |very |super )?(?:tight|hurting|on fire)|tightness|feels (?:so |really |very |super )?(?:tight|heavy|weird|like))`,
  r`breathing (?:but )?(?:only )?barely|(?:is|are|was|looks|look|looking|went|gone|going|turned|turning) (?:all )?(?:blue|purple|grey|gray)\b(?! (?:shirt|dress|eyes|hair|jeans|car|light))`,
  r`heart (?:is )?(?:racing|pounding|beating (?:so |really |super )?(?:fast|hard|weird)|beating out of my chest|pounding out of my chest|skipping|will not slow down|feels like (?:it is|its) going to|is going crazy)`,
  r`(?:alcohol poisoning|serotonin syndrome|tylenol poisoning)`,
  r`(?:burning up|overheating|body is (?:burning|on fire))`,
  r`(?:hallucinating|seeing (?:things|bugs|spiders|shadows|people who are not there)|hearing (?:things|voices))`,
  r`(?:room is spinning|everything is spinning|slurring|can not think straight)`,
  r`(?:i think i am|feel like i am|scared i am|i am) (?:dying|going to die|fading|going to pass out|having a heart attack|having a stroke)`,
].join('|')})`;

// "Overdosed on Netflix": the thing after "on" tells a joke from a poisoning.
const NOT_A_DRUG = new RegExp(
  r`^ on (netflix|tv|sugar|caffeine|coffee|candy|chocolate|pizza|carbs|cuteness|cute|feels|drama|memes|tiktok|youtube|sunshine|love|kindness|christmas|halloween|cookies|cake|junk food|news|social media|work|compliments|puns|anime|reality tv|true crime|vitamins?|self care|therapy|podcasts|music|pumpkin spice|sweets|snacks|ice cream|energy drinks|red bull|tea|boba|sun|nostalgia|gossip|shopping|video games|k ?dramas?)\b|^ (awareness|prevention|deaths?|rates?|crisis|epidemic|kits?|training|reversal|response|statistics|numbers)\b`,
);

// "The whole bottle of wine", "a pack of gum": a container of something that is not medicine.
const NOT_MEDICINE = new RegExp(r`^ of (?!(?:my |the |his |her )?(?:\w+ )?${DRUG}\b)`);

// Taking all of today's medication as prescribed is adherence, not an overdose.
const AS_PRESCRIBED =
  /^ (today |this morning |tonight |on time )?(like|as) (i am supposed to|i was told|prescribed|directed|my doctor said|the doctor said|instructed|a good (boy|girl))|^ (on time|with (food|breakfast|dinner|lunch)|for the (day|week))\b|^ (today|this morning)( |$)(?!.*\b(at once|all at once|whole|bottle|too many|sorry|goodbye|die|to not wake)\b)|^ (every|each|a|per) (day|morning|night|evening)\b|^ daily\b|^ for my (heart|mood|blood|diabetes|pain|anxiety|depression|sleep|adhd)\b/;

export const OVERDOSE_PATTERNS: readonly CrisisPattern[] = [
  pattern({
    id: 'od-overdose',
    categories: OD,
    family: 'emergency',
    source: r`\b(?:overdose|overdosed|overdosing|overdoses)\b`,
    notAfter: NOT_A_DRUG,
    needs: 'self_reference',
  }),
  pattern({
    id: 'od-took-too-many',
    categories: OD,
    family: 'act',
    // Swallowing, snorting or injecting too much: "swallowed the rest of my trazodone", "took 30 of my lithium".
    source: r`\b${INGEST} (?:like |about |maybe |almost |nearly |probably |just )?${AMOUNT} (?:of )?${POSSESSOR}(?:\w+ )?(?:${DRUG}|bottle|pack|packet|dose|doses|supply|stash)\b|\b${INGEST} ${COUNT} of (?:my|his|her|their|the|those|these|\w+s) \w+\b(?! (?:to|on|out|for|with|into|from|around|home|outside|back|friends|kids|photos|pictures|notes)\b)|\b(?:took|take|swallowed|downed|popped) (?:the |my |a )?(?:whole|entire) (?:bottle|pack|packet|prescription)\b|\b(?:took|swallowed|downed|popped) (?:the first|my first|the second|another|one more) handful\b|\b(?:emptied|tipped|poured|dumped) (?:out )?(?:the |my )?(?:whole |entire )?(?:medicine cabinet|pill box|pill bottle|bottle of (?:\w+ )?(?:pills|tablets|meds|capsules)|pill organi[sz]er|(?:\w+ )?(?:pills|tablets|meds|capsules)) into my (?:hand|mouth) and (?:swallowed|took|downed|ate)(?: (?:it|them|everything|the lot)(?: all)?| all of (?:it|them))?(?! +(?!and\b|with\b)\w)|\b${INGEST} (?:\d+|two|three|four|five|six|ten) times (?:my|the|his|her) (?:normal |usual |prescribed |regular )?(?:dose|amount)\b|\b(?:double|triple) dosed\b|\b(?:took|swallowed|downed|popped|took all) (?:everything|all) (?:i had|i have|i could find|i got|in the house|left)\b(?! (?:to|into|with|from|out|back|off|on|home|for)\b)|\b(?:take|taking|took|swallow|swallowing|swallowed|down|downing|downed) (?:everything|all of it|whatever (?:is|i can find)|every pill) in (?:the |my |this )?(?:medicine cabinet|cabinet|pill box|pill organi[sz]er|bottle|house|apartment|bathroom|bedside drawer|bedside table|nightstand|first aid kit)\b(?! (?:to|into|from|out|back|off|home|over|round|around|down|up|for)\b)`,
    notAfter: new RegExp(`${NOT_MEDICINE.source}|${AS_PRESCRIBED.source}`),
    // Round 10: "almost took all my pills but i called my sponsor instead": the act was not done.
    unless:
      /\b(almost|nearly) (took|swallowed|downed|popped|ate)\b.*\b(instead|but (i )?(did not|stopped|called|flushed|threw))\b/,
  }),
  pattern({
    id: 'od-intent',
    categories: ['suicidal_ideation', 'overdose'],
    family: 'intent',
    // An overdose wanted, planned or taken on purpose is a suicide attempt as well.
    source: r`\b(?:${WANT_TO}|going to|about to|i will|i am going to|${THINK}) ${gap(2)}(?:overdose|overdosing|od|oding|(?:take|taking|swallow|swallowing|down|downing|pop|popping) ${AMOUNT} (?:of )?${POSSESSOR}(?:\w+ )?(?:${DRUG}|bottle|pack|dose|doses))\b|\b${INGEST} ${AMOUNT} (?:of )?${POSSESSOR}(?:\w+ )?(?:${DRUG}|bottle|pack|dose|doses)\b ${gap(6, { acrossSubject: true })}(?:on purpose|to (?:die|end it|not wake up|kill myself|never wake up|sleep forever|make it (?:all )?stop|not feel|stop feeling|be done))`,
    notAfter: NOT_A_DRUG,
  }),
  pattern({
    id: 'od-counting-what-i-have',
    categories: ['suicidal_ideation', 'overdose'],
    family: 'intent',
    // Dwelling on the means in the cabinet: "keep thinking about how many pills I have".
    source: r`\b${THINK} ${gap(2)}how (?:many|much) (?:of )?(?:my |the )?(?:\w+ )?(?:${DRUG}) (?:i have|i have left|i have saved|are in the (?:house|cabinet|bottle))\b|\bhow (?:many|much) (?:of )?(?:these|those|them|my \w+|the \w+|\w+ pills|pills|tablets|${DRUG}) (?:would|will|does|do) (?:it )?(?:take|be enough|do it|kill me)\b(?= ?(?:$|to (?:die|be sure|not wake up|do it|end it|od|overdose)|for me))|\bhow (?:many|much) (?:of )?(?:these|those|them|my \w+|${DRUG}) (?:is|are|would be) (?:too many|too much|enough|lethal|fatal|deadly|a lethal dose)\b`,
  }),
  pattern({
    id: 'od-take-them-all',
    categories: ['suicidal_ideation', 'overdose'],
    family: 'intent',
    // The pills named before, "them" after: "the pills are on my desk. I'm going to take them all". Review of round 11:
    // someone's overdose told, then "im going to take all of hers tonight".
    source: r`\b(?:going to|about to|will|want to|ready to|need to|have to) (?:just )?(?:take|swallow|down) (?:them|it) all\b|\b(?:going to|about to|will|want to|ready to) (?:just )?(?:take|swallow|down) all of (?:them|it|hers|his|theirs)\b|\b(?:took|swallowed|downed|popped) (?:them|it) all\b(?! (?:to|out|home|back|with|for|on|in)\b)|\b(?:took|swallowed|downed|popped) all of (?:them|it)\b(?! (?:to|out|home|back|with|for|on|in)\b)`,
    requires:
      /\b(pills?|meds|medication|tablets|bottle|capsules|overdosed|minutes ago|hour ago|nobody|no one|sorry|sleepy|dizzy|its done|it is done|can not undo)\b/,
  }),
  pattern({
    id: 'od-tolerance',
    categories: OD,
    family: 'plan',
    // Using as before after a break is how people in recovery overdose.
    source: r`\btolerance (?:is )?(?:way |so |really |probably )?(?:down|gone|low|lower|reset|zero|shot)\b`,
    requires:
      /\b(about to|going to|gonna|tonight|right now|use|using|shoot|score|pick up|same amount|like i used to)\b/,
  }),
  pattern({
    id: 'od-more-than-prescribed',
    categories: OD,
    family: 'urge',
    source: r`\b(?:taking|took|take|keep taking) (?:way |a lot |much )?more than (?:my |the )?(?:prescription|prescribed|i am supposed to|i should|the doctor said|my doctor said|my dose|the label)\b|\b(?:doubling|tripling|doubled|tripled|double|triple) (?:up )?(?:on )?my (?:dose|doses|meds|pills|\w+)\b(?! (?:was|got|is) )`,
  }),
  pattern({
    id: 'od-using-alone',
    categories: OD,
    family: 'urge',
    // Using with no one there to call for help is how most overdoses kill.
    source: r`\b(?:using|use|used|shooting up|shot up|shoot up) (?:by myself|alone)\b(?= ?(?:again|tonight|today|right now|now|this weekend|last night|yesterday|this morning|and woke up|$|,))`,
  }),
  pattern({
    id: 'od-self-report',
    categories: OD,
    family: 'emergency',
    source: r`\b(?:i think|pretty sure|i might have|i may have|maybe i|i guess i|i probably|scared i|afraid i|worried i) ${gap(1)}(?:overdosed|overdosing|took too (?:much|many)|took way too (?:much|many)|did too much|did way too much|used too much|took (?:way )?more than)\b`,
  }),
  pattern({
    id: 'od-got-into',
    categories: OD,
    family: 'emergency',
    // A child or anyone else into someone's medicine: "my 15 yo got into my pills".
    source: r`\bgot (?:into|in to|hold of) (?:my|the|his|her|our|their|\w+s) (?:\w+ )?(?:pills|meds|medicine|medication|prescription|pill bottles?|xanax|oxys?|percs|edibles|gummies)\b`,
  }),
  pattern({
    id: 'od-alcohol-and-sedatives',
    categories: OD,
    family: 'emergency',
    // Alcohol with benzodiazepines, opioids or sleep medicine, in either order, within a few words.
    source: r`\b${ALCOHOL} ${gap(10, { acrossSubject: true })}${SEDATIVE_TAKEN}\b|\b${SEDATIVE_TAKEN} ${gap(10, { acrossSubject: true })}${ALCOHOL}\b`,
  }),
  pattern({
    id: 'od-drinking-on-my-meds',
    categories: OD,
    family: 'urge',
    // Alcohol on one's own medicine as a habit, to black out: "drinking on top of my meds most nights to black out".
    source: r`\b(?:drinking|drink|drank|mixing|mix|mixed|washing (?:them|it) down) (?:\w+ ){0,2}?(?:on top of|with|alongside) (?:my |all my |the )?(?:\w+ )?${DRUG}\b`,
    requires:
      /\b(black ?out|blacking out|pass out|passing out|knock myself out|not feel|stop feeling|feel nothing|numb|every night|most nights|every day|most days|forget)\b/,
    needs: 'self_reference',
  }),
  pattern({
    id: 'od-symptoms',
    categories: OD,
    family: 'emergency',
    // Signs of overdose or dangerous withdrawal, counted when drugs or alcohol are in the message.
    source: r`\b${SYMPTOM}\b`,
    needs: 'use_context',
    // A fear for someday is not an emergency now: "i worry he will not wake up one day".
    notAfter: /^ (one day|someday|some day|eventually|one of these days)\b/,
  }),
  pattern({
    id: 'od-took-too-much',
    categories: OD,
    family: 'act',
    source: r`\b(?:took|taken) (?:way )?too much\b(?! (?:time|on|of a risk|credit|responsibility|work|notice|care|of (?:my|your|his|her|their) time|to heart|personally|upon)\b)`,
  }),
  pattern({
    id: 'od-lethal-dose',
    categories: OD,
    family: 'act',
    source: r`\b(?:fatal|lethal|deadly) (?:dose|amount|overdose|combination|mix)\b(?! of (?:caffeine|coffee|sugar|water|salt|vitamin \w+|energy drinks?)\b)`,
    needs: 'self_reference',
  }),
  pattern({
    id: 'od-too-much',
    categories: OD,
    family: 'act',
    source: r`\b(?:did|done) (?:way )?too much\b(?! (?:time|on|of a risk|credit|responsibility|work|notice|care|of my time)\b)|\b(?:did|done|took|had) (?:way )?too many (?:lines|bumps|hits|pills|tabs|bars|shots)\b`,
    needs: 'use_context',
  }),
  pattern({
    id: 'od-used-too-much',
    categories: OD,
    family: 'act',
    source: r`\b(?:used|snorted|smoked|shot up|injected) (?:way )?too much\b`,
  }),
  pattern({
    id: 'od-did-too-much',
    categories: OD,
    family: 'act',
    // "i did way too much tonight, my chest feels tight": a body in trouble after too much of something.
    source: r`\b(?:did|took|done|had) (?:way |far |so |a bit |a little )?too much\b`,
    notAfter:
      /^ (time|money|off|on|of|to heart|personally|seriously|sugar|caffeine|coffee|sun|work|school|homework|on my plate)\b/,
    requires:
      /\b(chest|heart|breath|breathe|breathing|lips|dizzy|throwing up|puking|numb|can not feel|shaking|seizure|blacked out|passing out|pass out|dying|overdos\w*|od)\b/,
  }),
  pattern({
    id: 'od-mixed',
    categories: OD,
    family: 'emergency',
    source: r`\b(?:mixed|mixing|combined|combining) (?:alcohol|booze|drinking|drinks|vodka|wine) (?:with|and) (?:my |some |a few |the )?(?:xanax|xans|bars|benzos?|pills|meds|oxys?|opioids|percs|sleeping pills|klonopin|valium|ativan|fent|fentanyl|heroin|methadone)\b|\b(?:mixed|mixing|mix|combined|combining|took|taking|drank|drinking|on) (?:my |some |a few |a bunch of |the |\d+ |two |three |four |five )?(?:xanax|xans|bars|benzos?|pills|meds|oxys?|opioids|percs|sleeping pills|klonopin|valium|ativan|fent|fentanyl|heroin|methadone) (?:with|and|on top of) (?:a |some |a lot of |a bottle of |a few |half a bottle of |\w+ )?(?:alcohol|booze|drinking|drinks|shots|beers?|wine|vodka|whiskey|liquor|fent|fentanyl|heroin|benzos?|xanax|oxys?)\b`,
  }),
  pattern({
    id: 'od-breathing-after-use',
    categories: OD,
    family: 'emergency',
    source: r`\b(?:can not|can barely|could not|could barely|struggling to|hard to|trouble|having trouble|difficulty|having a hard time) (?:breathe|breathing|catch my breath|stay awake|keep my eyes open)\b|\bchest (?:pain|pains|hurts|is (?:tight|hurting|on fire)|tightness|feels (?:tight|heavy|like))\b|\bheart (?:is )?(?:racing|pounding|beating (?:so |really |super )?fast|skipping beats|is going to explode|feels like it is going to (?:explode|stop))\b|\b(?:i think|feel like|feels like|i am scared|scared) i am (?:dying|going to die|fading|slipping away|going to pass out|having a heart attack|having a stroke)\b|\b(?:having|had) a (?:heart attack|stroke)\b|\b(?:took|used|did|shot up|snorted|smoked) (?:way |a lot |much )?more than (?:usual|normal|i (?:usually|normally) do|ever)\b`,
    needs: 'use_context',
  }),
  pattern({
    id: 'od-not-breathing',
    categories: OD,
    family: 'emergency',
    source: r`\b(?:not|stopped|is not|barely) breathing\b|\bunresponsive\b|\b(?:lips|face|fingers|fingertips) (?:are |is )?(?:turning |going |gone |look |looks |looking )?(?:blue|purple|grey|gray)\b|\bturning blue\b|\bfoaming at the mouth\b|\b(?:passed out|unconscious|lying) (?:in|on) (?:her|his|their|my) (?:own )?(?:vomit|puke|sick)\b|\bchoking on (?:her|his|their|my) (?:own )?(?:vomit|puke)\b`,
    notAfter: /^ (right|properly|deeply|normally|through (my|her|his|their|your) (nose|mouth))\b/,
  }),
  pattern({
    id: 'od-will-not-wake',
    categories: OD,
    family: 'emergency',
    source: r`\b(?:will not|can not|is not|not) (?:wake up|waking up)\b|\bcan not wake (?:him|her|them|my \w+) up\b|\b(?:is not|not|will not|stopped) (?:responding|respond)\b|\bpassed out and (?:will not|can not|is not)\b`,
    notAfter: /^ (for|in time|on time|early|before|at|one day|someday|some day|eventually|one of these days)\b/,
    needs: 'use_context',
  }),
  pattern({
    id: 'od-withdrawal-danger',
    categories: OD,
    family: 'emergency',
    source: r`\b(?:had|have|having|is having|am having) (?:a |another |two |three |several |multiple |\w+ )?seizures?\b|\b(?:seizing|convulsing|jerking|twitching|spasming)\b|\b(?:the )?(?:dts|delirium tremens)\b|\b(?:hallucinating|seeing (?:things|bugs|spiders|shadows|people who are not there)|hearing (?:things|voices)|shaking so (?:bad|badly|hard)|can not stop shaking|throwing up blood|vomiting blood|puking blood|coughing up blood)\b`,
    needs: 'use_context',
  }),
  pattern({
    id: 'od-stockpiling',
    categories: ['suicidal_ideation', 'overdose'],
    family: 'plan',
    // Saving up medication is a plan for an overdose, whatever words come with it.
    source: r`\b${DRUG} (?:are |is )?(?:all )?(?:lined up|counted out|laid out|saved up|stockpiled|stashed|ready to go)\b|\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed|collecting|collected|hiding|hid|counting out|counted out|lining up|lined up) (?:up )?(?:all )?(?:my |the |some |enough |a bunch of )?${DRUG}\b`,
    notAfter:
      /^ (for (my|the) (trip|vacation|travel|refill)|in (a|the|my) (\w+ )?(lockbox|safe|(pill )?organi[sz]er|pill ?box|dosette|blister packs?)|to (give|return|drop) (back|off|them))/,
  }),
  pattern({
    id: 'od-emptied-bottles',
    categories: ['suicidal_ideation', 'overdose'],
    family: 'plan',
    // Every bottle emptied out and sorted: "emptied every bottle onto the bed and sorted them into piles".
    source: r`\b(?:emptied|emptying|poured out|pouring out|dumped|dumping|tipped out) (?:out )?(?:every|all|all the|all my|each|both) (?:of (?:my|the) )?(?:pill |medicine |med )?(?:bottles?|packets?|blister packs?|boxes)\b`,
    unless: /\b(recycl\w*|disposal|take back|pharmacy|expired|organi[sz]er|cleaning out|clean out)\b/,
  }),
  pattern({
    id: 'od-scared-how-much',
    categories: OD,
    family: 'urge',
    // Frightened by one's own use: "relapsed on fent last night. scared of how much i used", "drank until i blacked out again".
    // Cravings alone are not a crisis (the first phrase sets label them so): a care team hears of them in group.
    source: r`\b(?:scared|worried|afraid|freaked out|terrified) (?:of|about|by) how (?:much|many) i (?:used|took|did|drank|had|shot)\b|\b(?:drank|drinking|used|using) (?:until|till) i (?:blacked out|passed out)\b(?= ?(?:again|$|every|\d|last|tonight|3rd|three|twice))`,
    needs: 'self_reference',
  }),
  pattern({
    id: 'od-everything-i-have',
    categories: ['suicidal_ideation', 'overdose'],
    family: 'plan',
    // "taking everything i have left tonight", "thinking about taking my whole prescription at once".
    source: r`\b(?:take|taking|took|swallow|swallowing|swallowed|down|downing|downed) (?:all of |all )?(?:everything|it all|all of it) (?:i have|i have left|i got|i have got|in (?:the|my) (?:cabinet|cupboard|drawer|box|bathroom|meds box))\b|\b(?:take|taking|swallow|swallowing|down|downing) (?:my|the|a|her|his) (?:whole|entire) (?:prescription|script|bottle|pack|packet|supply|month supply)\b|\b(?:take|taking|swallow|swallowing) (?:all (?:of )?)?my (?:pills|meds|tablets|medication) at once\b`,
  }),
  pattern({
    id: 'od-reckless-use',
    categories: OD,
    family: 'passive',
    // Using again and past caring: "used again last night. don't even care anymore".
    source: r`\b(?:do not|does not|no longer|stopped|not even) care (?:anymore|any more|what happens(?: to me)?|if i (?:live|die|wake up|make it|od|overdose|overdosed|end up dead|do not wake up))\b|\b(?:do not|does not) (?:even )?care (?:what happens|what happens to me|if i live or die)\b|\bwho cares (?:anymore|if i (?:die|wake up|od|overdose))\b|\b(?:wish|wished|hope|hopes|hoping|hoped)(?: that)? it (?:just )?(?:went|had gone|goes|would go|would have gone) (?:further|too far)\b`,
    requires:
      /\b(used|using|relapsed|relapse|drank|drinking|drunk|high|fent|fentanyl|heroin|dope|pills|xanax|bars|benzos|coke|meth|shot up|dealer)\b/,
  }),
  pattern({
    id: 'od-narcan',
    categories: OD,
    family: 'emergency',
    source: r`\b(?:need|needs|get|grab|give|giving|bring|administer) (?:some |the |a |my |him |her |them )?(?:narcan|naloxone)\b`,
    // "Where can I get Narcan?" asks for a resource.
    notBefore:
      /\b(where|how|when)( (can|do|could|should|would))?( (i|we|you|one|someone|people))?( (can|could|should|would|to))?\s*$/,
  }),
  pattern({
    id: 'od-emptied-cabinet',
    categories: OD,
    family: 'act',
    // Everything in a medicine cabinet swallowed: "swallowed everything in my moms cabinet"; round 10 review: not
    // carried somewhere ("took everything in the medicine cabinet to the skip").
    source: r`\b(?:took|swallowed|downed|popped|ate) (?:everything|all|whatever|every pill) (?:in|from) (?:my |the |our |\w+s |my \w+s )?(?:medicine )?(?:cabinet|medicine drawer|medicine box|pill box|pill organi[sz]er)\b(?! (?:to|into|out|off|over|round|around|down|up|back|home)\b)`,
  }),
];
