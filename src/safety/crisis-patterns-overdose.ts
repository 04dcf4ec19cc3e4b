import { pattern, type CrisisPattern } from './crisis-pattern';

const r = String.raw;
const OD = 'overdose';

const DRUG = r`(?:pills|pill|tablets|meds|medication|medications|xanax|xans|bars|benzos?|oxys?|oxycodone|percs|percocets?|opioids|sleeping pills|painkillers|tylenol|advil|ibuprofen|acetaminophen|paracetamol|prescription|script|lithium|seroquel|antidepressants|insulin|klonopin|valium|ativan|adderall|fent|fentanyl|heroin|methadone|gabapentin)`;
const AMOUNT = r`(?:all|all of|the whole|a whole|the entire|an entire|a full|way too many|too many|a bunch of|a handful of|a fistful of|handfuls of|a lot of|tons of|so many|a ton of|like \d+|about \d+|\d{2,}|ten|fifteen|twenty|thirty|forty|fifty|extra|double|triple|every one of|the rest of)`;

// "Overdosed on Netflix": the thing after "on" tells a joke from a poisoning.
const NOT_A_DRUG = new RegExp(
  r`^ on (netflix|tv|sugar|caffeine|coffee|candy|chocolate|pizza|carbs|cuteness|cute|feels|drama|memes|tiktok|youtube|sunshine|love|kindness|christmas|halloween|cookies|cake|junk food|news|social media|work|compliments|puns|anime|reality tv|true crime|vitamins?|self care|therapy|podcasts|music)\b|^ (awareness|prevention|deaths?|rates?|crisis|epidemic|kits?|training|reversal|response|statistics|numbers)\b`,
);

// "The whole bottle of wine", "a pack of gum": a container of something that is not medicine.
const NOT_MEDICINE = new RegExp(r`^ of (?!(?:my |the |his |her )?(?:\w+ )?${DRUG}\b)`);

// Taking all of today's medication as prescribed is adherence, not an overdose.
const AS_PRESCRIBED =
  /^ (today |this morning |tonight |on time )?(like|as) (i am supposed to|i was told|prescribed|directed|my doctor said|the doctor said|instructed)|^ (on time|with (food|breakfast|dinner|lunch)|for the (day|week))\b/;

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
    source: r`\b(?:took|take|taking|swallowed|swallow|swallowing|downed|down|downing|popped|pop|popping|ate|chugged|chug) ${AMOUNT} (?:of )?(?:my |the |his |her |those |these )?(?:\w+ )?(?:${DRUG}|bottle|pack|packet|dose|doses)\b|\b(?:took|take|swallowed|downed|popped) (?:the |my |a )?(?:whole|entire) (?:bottle|pack|packet|prescription)\b|\b(?:take|taking|took|swallow|swallowing|swallowed|down|downing|downed) (?:everything|all of it|whatever (?:is|i can find)) in (?:the |my )?(?:medicine cabinet|cabinet|pill box|pill organi[sz]er|bottle)\b`,
    notAfter: new RegExp(`${NOT_MEDICINE.source}|${AS_PRESCRIBED.source}`),
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
    source: r`\b(?:fatal|lethal|deadly) (?:dose|amount|overdose|combination|mix)\b`,
    needs: 'self_reference',
  }),
  pattern({
    id: 'od-too-much',
    categories: OD,
    family: 'act',
    source: r`\b(?:did|done|used|snorted|smoked|shot|injected) (?:way )?too much\b(?! (?:time|on|of a risk|credit|responsibility|work|notice|care|of my time)\b)`,
    needs: 'use_context',
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
    source: r`\b(?:not|stopped|is not|barely) breathing\b|\bunresponsive\b|\b(?:lips|face) (?:are |is )?(?:turning )?(?:blue|purple|grey|gray)\b|\bturning blue\b|\bfoaming at the mouth\b`,
    notAfter: /^ (right|properly|deeply|normally|through (my|her|his|their|your) (nose|mouth))\b/,
  }),
  pattern({
    id: 'od-will-not-wake',
    categories: OD,
    family: 'emergency',
    source: r`\b(?:will not|can not|is not|not) (?:wake up|waking up)\b|\bcan not wake (?:him|her|them|my \w+) up\b|\b(?:is not|not|will not|stopped) (?:responding|respond)\b|\bpassed out and (?:will not|can not|is not)\b`,
    notAfter: /^ (for|in time|on time|early|before|at)\b/,
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
    source: r`\b${DRUG} (?:lined up|counted out|laid out|saved up|stockpiled|stashed|ready to go)\b|\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed|collecting|collected|hiding|hid|counting out|counted out|lining up|lined up) (?:up )?(?:all )?(?:my |the |some |enough |a bunch of )?${DRUG}\b`,
    notAfter:
      /^ (for (my|the) (trip|vacation|travel|refill)|in (a|the|my) (lockbox|safe|pill organi[sz]er)|to (give|return|drop) (back|off|them))/,
  }),
  pattern({
    id: 'od-narcan',
    categories: OD,
    family: 'emergency',
    source: r`\b(?:need|needs|get|grab|give|giving|bring|administer) (?:some |the |a |my |him |her |them )?(?:narcan|naloxone)\b`,
  }),
];
