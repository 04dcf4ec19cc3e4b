import { SOON, THINK, WANT_TO, WILL } from './crisis-frames';
import { ORDINARY_ABSENCE } from './crisis-lexicon';
import { gap, pattern, REFLEXIVE, type CrisisPattern } from './crisis-pattern';

/**
 * Suicidal ideation stated outright: killing oneself, a wish to be dead, thoughts
 * of dying, intent to use a method. Built from frames (crisis-frames.ts) times the
 * lexicons below, so "want to just go to sleep and never wake up" and "thinking
 * about crashing my car" need no rule of their own. Warning signs (burden, no
 * reason to live) are in crisis-patterns-suicide-signs.ts; plans, means and
 * goodbyes in crisis-patterns-suicide-plans.ts.
 */
const r = String.raw;
const SI = 'suicidal_ideation';

// Effort and accident idioms: "killing myself at the gym", "shoot myself in the foot".
const KILL_SELF_IDIOM = new RegExp(
  r`^ (in the (foot|leg)|(at|in) (the )?(gym|work|office|job|school|class)|to (finish|meet|get|make|keep|pay|impress|please|study|catch up)|(working|studying|training|trying|laughing|cleaning|running|cramming)\b|for (\w+ing|a (cigarette|smoke|coffee|drink))\b|out\b|up\b|with (work|laughter|homework|studying|chores|overtime))`,
);

/** Being dead or gone, as the object of a wish: "want to (just) die", "ready to not exist". */
export const DEATH_STATE = r`(?:die|be dead|not (?:be here|be alive|wake up|be around|live)|(?:not exist|stop existing|cease to exist)(?! (?:in|as|like|on)\b)|stop (?:living|breathing|being alive)|never wake up|(?:go to |fall )?(?:sleep|asleep) forever(?! (?:after|this|on|tomorrow|lol|haha|once)\b)|(?:go to sleep|fall asleep|sleep|close my eyes|lie down)(?: \w+)? and (?:not|never) (?:have to )?(?:wake up|come back)(?! (?:until|till|before|early|at|for|on time|in time|to|home)\b)(?! from (?:the|a|my|work|school|vacation|holiday|trip)\b)|(?:go to sleep|sleep|rest|lie down) and be done|(?:go to sleep|fall asleep) and stay asleep|disappear (?:forever|for good|permanently|and never come back|and not come back|and never be found)|be gone (?:forever|for good|permanently)|leave this world|be at peace (?:forever|permanently|for good)|rest forever|not have to wake up|end (?:it all|my life|my own life|everything|myself)|kill myself|take my (?:own )?life|commit suicide|unalive(?: myself)?|give up on (?:life|living)|be with (?:my )?(?:\w+ )?in heaven|check out(?! (?:of|the|this|that|these|those|my|his|her|at|a|an|some|it|them|him|what|how|your|our|on|with|early|from)\b)|vanish(?: forever| for good| permanently)?|end (?:my|this) suffering|put myself out of (?:my|this) misery|(?:join|be with) (?:him|her|them|my \w+) (?:in heaven|on the other side|again soon)|be done(?= ?(?:$|for good|forever|with (?:it all|everything|life|living)))|quit (?:life|living|existing|being alive)|(?:not|never) have to wake up(?: again)?|take the (?:easy|cowards|coward|quick) way out(?! (?:of|and|by|with|on|for)\b)|log off (?:for good|forever|permanently)|(?:fall asleep|lie down|go to sleep|sit down|walk out) (?:in|into) the (?:snow|cold|water|river|ocean|lake|woods) and (?:stay there|never (?:wake up|come back|get up)|not (?:wake up|come back|get up)))`;

/** The same, as a gerund or noun after a verb of dwelling: "thinking about dying". */
const DEATH_GERUND = r`(?:suicide|killing myself|taking the (?:easy|cowards|coward) way out|myself (?:hanging|dead|dying|jumping|in a coffin|gone)|ending (?:it all|it|my life|my own life|everything|myself|things)|(?:the|a) (?:train|car|bus|truck) hitting me|getting hit by (?:a|the) (?:train|car|bus|truck)|taking my (?:own )?life|dying|being dead|death|not (?:being here|being alive|existing|waking up|being around|living)|(?:hanging|shooting|drowning|offing|poisoning|gassing|unaliving|starving) myself|overdosing|oding|(?:how|ways|the best way|the easiest way|a way) to (?:die|kill myself|end it|end my life|go)|my (?:own )?(?:death|funeral|suicide|obituary)|slitting my wrists|disappearing (?:forever|for good|permanently)|never waking up|going to sleep forever|what it would be like to (?:just )?(?:be gone|be dead|die|not exist|not be here)|${methodAct('ing')})`;

/** A way of dying, in the base form ("jump off the bridge") or the -ing form. */
function methodAct(form: 'base' | 'ing'): string {
  const v = (base: string, ing: string): string => (form === 'base' ? base : ing);
  const height = r`(?:a |the |my |that |this )?(?:\w+ )?(?:bridge|building|roof|rooftop|balcony|cliff|overpass|parking garage|window|ledge|tower|pier|dam)`;
  const vehicle = r`(?:a |the |an )?(?:\w+ )?(?:train|bus|truck|car|traffic|semi|subway)`;
  const water = r`(?:the )?(?:ocean|sea|lake|river|water|bay)`;
  const crashInto = r`(?:a |the |my )?(?:\w+ )?(?:bridge|cliff|river|lake|tree|wall|pole|truck|pier|ocean|traffic|overpass|semi|barrier|guardrail|median|canal|quarry|train|road|highway|freeway|embankment)`;
  return [
    r`${v('jump', 'jumping')} (?:off|from|in front of) (?:${height}|${vehicle})`,
    r`${v('throw', 'throwing')} myself (?:off|from|in front of|under) (?:${height}|${vehicle})`,
    r`${v('walk', 'walking')} (?:out )?(?:into|in front of) (?:traffic|${water}|${vehicle})`,
    r`${v('drive', 'driving')} (?:my car |the car |myself |it )?(?:off|into) ${crashInto}`,
    r`${v('crash', 'crashing')} (?:my|the) car(?: into ${crashInto}| on purpose)?`,
    r`${v('step', 'stepping')} (?:off|in front of) (?:${height}|${vehicle})`,
    r`${v('lie', 'lying')} (?:down )?(?:on|across) (?:the )?(?:tracks|train tracks|road|highway)`,
    r`${v('swallow', 'swallowing')} (?:all|every one) of (?:my|the|them)`,
  ].join('|');
}

// Exaggeration and a common misspelling: "die of embarrassment", "die for a coffee", "die my hair".
const DIE_IDIOM =
  /^ (than|(of|from) (laughter|laughing|embarrassment|boredom|shame|cringe|cuteness|happiness|jealousy|envy|excitement|hunger|old age|natural causes)|laughing|happy|old|trying|rich|young|peacefully (?:at|when|surrounded|of old age|in old age|as an? old|like (?:my|his|her)|after a long)|at home|in (?:a |the )?(?:hospital|hospice)|with dignity|surrounded|for (?!(a |the )?(while|bit|little|moment|few|second|minute|good|ever)\b)(a|an|the|my|this|that|some|one|it|him|her|them|you|your|his|their)|with (him|her|them|my)|in your arms|my (hair|clothes|shirt|nails|bangs)|(it|them) (blue|red|black|pink|purple|green|blonde))\b/;

export const SUICIDE_PATTERNS: readonly CrisisPattern[] = [
  pattern({
    id: 'si-kill-self',
    categories: SI,
    family: 'intent',
    source: r`\b(?:kill|killing|kills|killed|hang|hanging|hanged|hung|drown|drowning|drowned|off|offing|offed|end|ending|ended|poison|poisoning|poisoned|suffocate|suffocating|gas|gassing|shoot|shooting|shot) ${REFLEXIVE}\b`,
    notAfter: KILL_SELF_IDIOM,
  }),
  pattern({
    id: 'si-take-life',
    categories: SI,
    family: 'intent',
    source: r`\b(?:take|taking|takes|took|end|ending|ends|ended) (?:my|his|her|their|your|our) (?:own )?life\b`,
    // "Take my life back" is a recovery slogan, not a method.
    notAfter: /^ (back|in (my|his|her|their) (own )?hands|seriously|savings|story)\b/,
  }),
  pattern({
    id: 'si-end-it',
    categories: SI,
    family: 'intent',
    // "Ending it" is also how people talk about a relationship.
    notInSentence:
      /\b(with (him|her|them)|relationship|break ?up|broke up|dating|boyfriend|girlfriend|husband|wife|partner|my ex|marriage|engagement|lease|contract)\b/,
    source: r`\b(?:end|ending) (?:it all|everything|things|it)\b(?= ?(?:$|for good|tonight|right now|now|forever|soon|today|already|once and for all|this time|this week|this weekend)\b)|\b(?:end|ending|ended) it all\b|\b${WANT_TO} ${gap(2)}end it\b(?! (?:with|between|early|there|here|on)\b)`,
  }),
  pattern({
    id: 'si-suicide-attempt',
    categories: SI,
    family: 'intent',
    source: r`\b(?:commit|committing|commits|committed|attempt|attempting|attempted|attempts|try|trying|tried) (?:to commit )?suicide\b|\bsuicide attempt\b`,
    needs: 'self_reference',
  }),
  pattern({
    id: 'si-suicidal',
    categories: SI,
    family: 'passive',
    source: r`\bsuicidal\b|\b(?:suicide|kill myself|killing myself|dying|death|unalive) (?:thoughts|urges|feelings|ideation)\b`,
    notAfter: /^ (ideation|thoughts|feelings) (is|are) (a |so )?(common|normal|symptom)/,
    needs: 'self_reference',
  }),
  pattern({
    id: 'si-death-wish',
    categories: SI,
    family: 'passive',
    // A wish, need or readiness to be dead, whatever words sit between: "ready to just go to sleep forever".
    source: r`\b${WANT_TO} ${gap(2)}${DEATH_STATE}\b|\bi (?:deserve|deserved) to (?:die|be dead|not exist|rot)\b|\b(?:just |only )?waiting to die\b(?! (?:of|from)\b)`,
    notAfter: DIE_IDIOM,
    notBefore: /\b(cross my heart and|live fast)\s*$/,
  }),
  pattern({
    id: 'si-die-soon',
    categories: SI,
    family: 'intent',
    // "Going to die" is usually a figure of speech; with a time it is a plan.
    source: r`\b${WILL} ${gap(1)}(?:die|be dead|be gone|end it|end it all)\b(?= (?:${SOON})\b)`,
  }),
  pattern({
    id: 'si-dwelling',
    categories: SI,
    family: 'passive',
    // Thinking, dreaming, researching or being stopped from: "can't stop thinking about not waking up".
    source: r`\b${THINK} ${gap(2)}${DEATH_GERUND}\b`,
    notAfter:
      /^ ((of|from) (old age|natural causes|cancer|covid)|with|between|(of|in) (my|his|her|their|a|the) |my (hair|clothes|nails)|(it|them) \w+ (blue|red|black|pink|purple|green|blonde)|(since|after|because) (my|his|her) \w+ (passed|died))/,
  }),
  pattern({
    id: 'si-method',
    categories: SI,
    family: 'intent',
    // A way of dying with intent behind it: "want to drive my car into the river".
    source: r`\b(?:${WANT_TO}|${WILL}) ${gap(4)}(?:${methodAct('base')})\b|\b(?:jump|jumping|throw myself|throwing myself|threw myself|jumped) (?:off|from|in front of) (?:a |the |my )?(?:bridge|building|roof|rooftop|balcony|cliff|overpass|parking garage|window|train|bus|truck|traffic|oncoming traffic|tracks)\b`,
    // Round 11: a jump with a rope or a parachute is a sport: "did the bungee jump off the bridge".
    notBefore:
      /\b(bungee|bungy|base|tandem|parachute|skydiving|skydive|cliff diving|tombstoning|zipline)( \w+){0,2}\s*$/,
  }),
  pattern({
    id: 'si-gone-for-good',
    categories: SI,
    family: 'passive',
    // Going away with nothing after it but finality: "time for me to go. For good.", "not come home. Like ever."
    source: r`\b(?:time (?:for me )?to|want to|going to|ready to|about to|need to|i will|i am going to|just|by) (?:go|going|disappear|disappearing|vanish|vanishing|check out|be gone|leave|leaving)(?: away)? (?:for good|forever|for ever|permanently|once and for all)\b|\b(?:not|never) (?:come|coming|go|going) (?:back )?home ${gap(2)}(?:like )?(?:ever|ever again|again|forever)\b|\b(?:not|never) (?:have to )?(?:deal with|face|feel) (?:anything|anyone|it|this) ever again\b`,
    unless: ORDINARY_ABSENCE,
  }),
  pattern({
    id: 'si-wish-dead',
    categories: SI,
    family: 'passive',
    // Round 10: someone else's own wish, "he wishes he was dead" (the verb's -es says it is not the writer's).
    source: r`\bwishes (?:that )?(?:he|she|they) (?:(?:was|were|had|would|could) )?(?:just )?(?:dead|die|died|never been born|not here|not alive)\b|\b(?:wish|wished|wishing) (?:that )?i (?:(?:was|were|had|would|could) )?(?:just )?(?:dead|die|died|never been born|not been born|not born|never born|not here|not alive|gone|disappear|not wake up|never wake up|never woken up|not woken up|fall asleep and never wake up|stop existing|not exist|cease to exist|vanish|died (?:in|during|from|that)|had died|never woke up|did not wake up)\b|\b(?:would|had) rather be dead\b(?! than)|\b(?:would|had) rather (?:die|be dead) than (?:feel|live|go on|keep (?:going|living|feeling)|wake up|face (?:another|tomorrow))\b|\b(?:would|had) rather be dead than (?!(?:eat|eating|wear|wearing|listen|listening|watch|watching|be seen|dance|dancing|sing|singing|vote|voting|text|drink|drinking|use|using|drive|driving|fly|flying|lose|losing|go to (?:the|a|that) (?:gym|party|dentist|mall|concert|wedding|game)|work (?:at|for|in))\b)|\bi should (?:just )?(?:die|be dead|not be alive|not be here)\b|\bi (?:do not|did not|no longer) deserve to (?:live|be alive|exist|be here)\b|\b(?:hate|hating) (?:being alive|existing|that i am (?:still )?alive|that i woke up)\b|\bwhy (?:am i|do i|i) (?:even |still )?(?:keep )?(?:alive|exist|existing|waking up|wake up|bother (?:living|waking up|staying alive))\b|\b(?:i am|am) (?:just |such |nothing but )?a waste of (?:space|oxygen|air|life|skin|a life)\b|\b(?:hate|disappointed|upset|angry|sad|frustrated|annoyed|devastated)\b ${gap(6, { acrossSubject: true })}(?:that i am|i am|to be|finding out i am|to find i am|to find out i am) still (?:here|alive|breathing)\b|\b(?:do not|no longer) belong (?:in this world|on this earth|in this life|here anymore|anywhere)\b|\b(?:made|making|at) peace with (?:dying|death|my death|the idea of dying|leaving|not being here|ending it)\b|\b(?:feel like|feels like|i am) (?:i am )?already dead\b(?! (?:inside|tired|on my feet))|\buse (?:it|them|the gun|a gun|the knife|the pills|the rope) on (?:myself|herself|himself|themselves)\b|\bmight as well (?:just )?(?:die|be dead|end it|kill myself|disappear|not exist)\b|\b(?:${WANT_TO}|${WILL}|close to|so close to|scared i will|afraid i will) (?:do|doing) something (?:stupid|drastic|dumb|permanent|final|i can not take back)\b|\b(?:life|living|this life|existing|being alive) (?:is|feels) (?:too|so) (?:hard|much|painful|heavy|exhausting)\b ${gap(4, { acrossSubject: true })}(?:want|ready|going|need) to (?:quit|leave|end|stop) it\b|\b(?:can not|could not) (?:even )?do (?:another|one more) (?:day|year|week|night|month|minute|hour)\b(?= ?(?:$|of (?:this|it|life|living|my life) ?$|like this))|\bfeel(?:ing)? like (?:dying|ending it|ending (?:it all|my life)|not existing|disappearing (?:forever|for good))\b(?! (?:of|from|laughing|after)\b)`,
    notAfter:
      /^ (for (a|the|one|like a) (day|week|weekend|while|bit|few|month|hour|minute|night)|to (a|the|an|somewhere|another)|from (this|the) (party|room|meeting|class|group|conversation))\b/,
  }),
  pattern({
    id: 'si-never-wake-up',
    categories: SI,
    family: 'passive',
    source: r`\b(?:go to sleep|fall asleep|sleep|close my eyes) and (?:never|not) wake up\b|\b(?:hope|hoping|pray|praying|wish|wishing) (?:that )?i (?:do not|never|will not|would not) wake up\b|\b(?:do not|never) want to wake up\b(?! (?:early|at|before|so early|this early|for|to)\b)`,
    notAfter: /^ (until|till|before|early|at|for|on time|in time)\b/,
  }),
  pattern({
    id: 'si-make-it-official',
    categories: SI,
    family: 'passive',
    // Feeling already gone, and finishing the job: "I feel like a ghost already, might as well make it official".
    source: r`\bmight as well (?:just )?(?:make it official|make it real|finish the job|finish it)\b`,
    requires:
      /\b(ghost|dead|gone|invisible|not here|die|dying|disappear\w*|nobody would notice|no one would notice|already)\b/,
  }),
  pattern({
    id: 'si-do-not-want-to-live',
    categories: SI,
    family: 'passive',
    // "I don't want to live like this anymore" is change talk in treatment, not a wish to die.
    source: r`\b(?:do not|does not|never|no longer) (?:want|wish) to (?:live|be alive|exist|be here|be around|go on|keep going|keep living|carry on|continue living|be on this earth|be in this world|do life)\b|\b(?:not sure|unsure|do not know|wondering|do not think|does not feel like) (?:if |whether )?i (?:want|wanna|even want) to (?:live|be alive|keep living|keep going|go on|be here|exist)\b`,
    notAfter:
      /^ (like this|like that|this way|with|in (this|that|the|my|a) (room|group|meeting|class|house|job|city|town|program|relationship|place|building|state|apartment|dorm|country)|at|for (the|this|that|a)|alone|together|near|there|here|anymore (at|in|with))\b/,
  }),
  pattern({
    id: 'si-cannot-go-on',
    categories: SI,
    family: 'passive',
    source: r`\b(?:do not know|not sure|no idea|unsure) how (?:much )?(?:longer|long) i (?:can|will be able to) (?:stop myself|hold on|hold out|keep going|keep fighting|keep myself safe|stay safe|resist|do this|go on|last|hang on|keep it together|keep (?:that|it|this|my promise|that promise))\b(?= ?(?:$|anymore|any more|like this|for))|\b(?:can not|can no longer|could not) (?:go on|keep going|keep living|carry on)\b(?= ?(?:$|anymore|any more|any longer|much longer|like this))|\b(?:can not|can no longer) (?:do this|take it|take this|handle it|handle this|cope|live like this) (?:anymore|any more|any longer)\b|\bwhat is the point\b(?= ?(?:$|anymore|any more|of (?:anything|it all|any of this|trying anymore|trying$)))|\bwant (?:it|this|everything|it all) (?:to be )?over\b(?= ?(?:$|already|now|with|for good|forever))|\b(?:do not think|not sure|do not know if|unsure if) i can (?:go on|keep going|keep living|do this anymore|hold on (?:much )?longer)\b|\bhow much longer i can (?:do this|go on|keep going|keep doing this|take (?:it|this)|hold on)\b`,
  }),
  pattern({
    id: 'si-want-it-to-end',
    categories: SI,
    family: 'passive',
    source: r`\b(?:want|wanted|need|wish|just want) (?:it all|everything|my life|all of (?:this|it)) to (?:end|stop|be over)(?: forever| for good)?\b|\bwant (?:out|to get out|to check out)(?: of (?:this life|life|here|this world|everything|it all))? (?:for good|permanently|forever)\b|\bwant out of (?:this life|life|this world|existing|being alive)\b`,
    needs: 'self_reference',
  }),
  pattern({
    id: 'si-on-my-mind',
    categories: SI,
    family: 'passive',
    // Preoccupation frames: "suicide keeps crossing my mind", "dying is all I think about".
    source: r`\b(?:suicide|killing myself|ending it|ending my life|not being here|being dead|dying|death) (?:keeps|kept|is always|is constantly|is|has been|was) (?:crossing|on|in|popping into|running through) my (?:mind|head|thoughts)\b|\b(?:suicide|killing myself|ending it|ending my life|being dead|dying) is all i (?:think|can think) about\b`,
    notAfter: /^ (since|after|because)\b/,
  }),
];
