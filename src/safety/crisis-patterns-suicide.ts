import { pattern, REFLEXIVE, type CrisisPattern } from './crisis-pattern';

const r = String.raw;
const SI = 'suicidal_ideation';

// Effort and accident idioms: "killing myself at the gym", "shoot myself in the foot".
const KILL_SELF_IDIOM = new RegExp(
  r`^ (in the (foot|leg)|(at|in) (the )?(gym|work|office|job|school|class)|to (finish|meet|get|make|keep|pay|impress|please|study|catch up)|(working|studying|training|trying|laughing|cleaning|running|cramming)\b|for (\w+ing|a (cigarette|smoke|coffee|drink))\b|out\b|up\b|with (work|laughter|homework|studying|chores|overtime))`,
);

// Ways to die, stated about oneself; a clinician treats any of them as active ideation.
const DEATH_WISH = r`(?:(?:just |really |honestly |simply )?(?:die|be dead|stop living|(?:not exist|stop existing|cease to exist)(?! (?:in|as|like|on)\b)|not be alive|not wake up|never wake up|sleep forever|go to sleep forever|disappear (?:forever|for good|permanently)|be gone (?:forever|for good)|not be here anymore|not be here any more))`;

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
    // "Take my life back" is a recovery slogan, not a method.
    source: r`\b(?:take|taking|takes|took|end|ending|ends|ended) (?:my|his|her|their|your|our) (?:own )?life\b`,
    notAfter: /^ (back|in (my|his|her|their) (own )?hands|seriously|savings|story)\b/,
  }),
  pattern({
    id: 'si-end-it',
    categories: SI,
    family: 'intent',
    // "Ending it" is also how people talk about a relationship.
    notInSentence:
      /\b(with (him|her|them)|relationship|break ?up|broke up|dating|boyfriend|girlfriend|husband|wife|partner|my ex|marriage|engagement|lease|contract)\b/,
    source: r`\b(?:end|ending) (?:it all|everything|things|it)\b(?= ?(?:$|for good|tonight|right now|now|forever|soon|today|already|once and for all|this time|this week|this weekend)\b)|\b(?:end|ending|ended) it all\b`,
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
    source: r`\bsuicidal\b|\bsuicide (?:thoughts|urges|feelings)\b`,
    notAfter: /^ (ideation|thoughts|feelings) (is|are) (a |so )?(common|normal|symptom)/,
    needs: 'self_reference',
  }),
  pattern({
    id: 'si-thinking-about-death',
    categories: SI,
    family: 'passive',
    source: r`\b(?:think|thinking|thought|thoughts|considering|considered|contemplating|contemplated|obsessing|fantasi[sz]ing|fantasi[sz]e|dreaming|daydreaming|googling|googled|researching|researched|looking up|looked up|searching|searched) (?:about |of )?(?:just )?(?:suicide|killing myself|dying|death|being dead|not being here|not being alive|not existing|not waking up|ending (?:it|my life|things|everything)|taking my (?:own )?life|ways to die|how to die|the easiest way to die|painless ways(?: to (?:die|go))?)\b`,
    notAfter: /^ (of|from) (old age|natural causes|cancer|covid)|^ (of|in) (my|his|her|their|a|the) /,
  }),
  pattern({
    id: 'si-planning',
    categories: SI,
    family: 'plan',
    source: r`\b(?:planning|planned|plan|plotting) (?:on |out |to |how to |my )?(?:suicide|killing myself|dying|ending (?:it|my life|things|everything)|my death|my exit|to die)\b|\bi (?:know|have decided|decided|figured out|worked out|have figured out|have worked out|picked|have picked|chose|have chosen) (?:how|when|where|the (?:day|date|way|place|time|method)) (?:i am going to|i will|i would|to|i want to|i plan to|i am gonna) (?:do it|die|end it)\b`,
  }),
  pattern({
    id: 'si-want-to-die',
    categories: SI,
    family: 'passive',
    source: r`\b(?:want|wanted|wanting|wants|ready|trying|need|needed|deserve|deserved|deserves|hope|hoping|longing|praying|pray|prayed) to ${DEATH_WISH}\b`,
    // Idioms of exaggeration ("die of embarrassment") and a common misspelling ("die my hair").
    notAfter:
      /^ ((of|from) (laughter|laughing|embarrassment|boredom|shame|cringe|cuteness|happiness|jealousy|envy|excitement)|laughing|happy|old|peacefully at|my (hair|clothes|shirt))\b/,
  }),
  pattern({
    id: 'si-wish-dead',
    categories: SI,
    family: 'passive',
    source: r`\b(?:wish|wished|wishing) (?:that )?i (?:was|were|had|would|could) (?:just )?(?:dead|die|died|never been born|not been born|not born|never born|not here|not alive|gone|disappear|not wake up|never wake up|fall asleep and never wake up|stop existing|not exist|cease to exist)\b|\b(?:would|had) rather be dead\b(?! than)|\b(?:would|had) rather (?:die|be dead) than (?:feel|live|go on|keep (?:going|living|feeling)|wake up|face (?:another|tomorrow))\b|\bi should (?:just )?(?:die|be dead|not be alive|not be here)\b`,
    notAfter:
      /^ (for (a|the|one|like a) (day|week|weekend|while|bit|few|month|hour|minute|night)|to (a|the|an|somewhere|another)|from (this|the) (party|room|meeting|class|group|conversation))\b/,
  }),
  pattern({
    id: 'si-never-wake-up',
    categories: SI,
    family: 'passive',
    source: r`\b(?:go to sleep|fall asleep|sleep|close my eyes) and (?:never|not) wake up\b|\b(?:hope|hoping|pray|praying|wish|wishing) (?:that )?i (?:do not|never|will not|would not) wake up\b|\b(?:do not|never) want to wake up\b(?! (?:early|at|before|so early|this early|for|to)\b)`,
  }),
  pattern({
    id: 'si-do-not-want-to-live',
    categories: SI,
    family: 'passive',
    // "I don't want to live like this anymore" is change talk in treatment, not a wish to die.
    source: r`\b(?:do not|does not|never|no longer) (?:want|wish) to (?:live|be alive|exist|be here|be around|go on|keep going|keep living|carry on|continue living|be on this earth|be in this world)\b|\b(?:not sure|unsure|do not know|wondering) (?:if |whether )?i (?:want|wanna|even want) to (?:live|be alive|keep living|keep going|go on|be here|exist)\b`,
    notAfter:
      /^ (like this|like that|this way|with|in (this|that|the|my|a) (room|group|meeting|class|house|job|city|town|program|relationship|place|building|state|apartment|dorm|country)|at|for (the|this|that|a)|alone|together|near|there|here|anymore (at|in|with))\b/,
  }),
  pattern({
    id: 'si-better-off',
    categories: SI,
    family: 'passive',
    source: r`\bbetter off (?:dead|without me|gone|with me gone|with me dead|if i (?:was|were|died|did not exist|was never born|were never born|killed myself|disappeared))\b|\b(?:better|easier|happier) (?:for (?:everyone|everybody|them|my family|my kids|all of you) )?if i (?:just )?(?:died|was dead|were dead|was gone|were gone|was not here|were not here|was not around|disappeared|did not exist|never existed|killed myself|was never born)\b|\bworld (?:would be|is|will be) better (?:off )?without me\b`,
  }),
  pattern({
    id: 'si-no-reason-to-live',
    categories: SI,
    family: 'passive',
    source: r`\b(?:no|not any|not a|any|zero|what is the|whats the|(?:do not|can not|does not|could not|never) see (?:the|any|a)|lost (?:the|my|all)|losing (?:the|my)) (?:reason|point|purpose|will|desire|wish) (?:to|in|for|of) (?:keep going|keep living|keep trying|living|going on|being alive|being here|me being here|staying alive|stay alive|life|my life|existing|exist|carry on|carrying on|live|waking up|wake up|trying anymore|even trying|any of (?:this|it))\b|\b(?:nothing|no one|nobody|nothing left|not much|no reason) (?:left )?to live for\b`,
  }),
  pattern({
    id: 'si-if-i-was-gone',
    categories: SI,
    family: 'passive',
    // Imagining others' lives without oneself ("relieved if I was gone") is a recognised ideation marker.
    source: r`\b(?:if|when|once|after) i (?:was|were|am|die|died|am not|was not|were not|wasnt) (?:gone|dead|not around|not here|no longer (?:here|around)|around|here)\b|\b(?:picturing|imagining|planning|thinking about|dreaming about|pictured|imagined) my (?:own )?(?:funeral|death|obituary|grave)\b|\b(?:no way out|done trying)\b(?= ?(?:$|anymore|any more|of (?:this|it|life)))`,
    notAfter:
      /^ (for (a|the|one|two|three|like a|a few) \w+|on (vacation|holiday|a trip)|at (work|school|the)|to (work|school|the))\b/,
    needs: 'self_reference',
  }),
  pattern({
    id: 'si-no-future',
    categories: SI,
    family: 'passive',
    source: r`\b(?:can not|could not|do not) (?:see|imagine|picture) myself (?:being (?:alive|here|around) |living |making it |surviving )(?:(?:to|until|till|past|through|by) (?:next|the end|christmas|new year|my birthday|\w+day|tomorrow|the weekend|morning|\d+)|next (?:year|month|week)|much longer|another (?:year|day|week|month)|for (?:much|very) long)\b|\b(?:will not|do not think i will|not going to|might not) make it (?:through the night|through tonight|until morning|till morning|to morning|through the weekend)\b|\b(?:walk|swim|drive|go|wander) (?:\w+ ){0,4}and (?:not|never) (?:come back|return|wake up)\b`,
  }),
  pattern({
    id: 'si-on-my-mind',
    categories: SI,
    family: 'passive',
    // Preoccupation frames: "suicide keeps crossing my mind", "dying is all I think about".
    source: r`\b(?:suicide|killing myself|ending it|ending my life|not being here|being dead) (?:keeps|kept|is always|is constantly|is|has been|was) (?:crossing|on|in|popping into|running through) my (?:mind|head|thoughts)\b|\b(?:suicide|killing myself|ending it|ending my life|being dead|dying) is all i (?:think|can think) about\b|\bhow many (?:of )?(?:my |these |those |the )?(?:\w+ )?(?:pills|tablets|meds) (?:it would take|would kill me|to die|does it take|would it take)\b`,
  }),
  pattern({
    id: 'si-no-one-would-miss-me',
    categories: SI,
    family: 'passive',
    source: r`\b(?:the world|everyone|everybody|my family) (?:does not|do not|would not|will not) (?:need|miss) me\b|\b(?:no one|nobody) (?:would|will) (?:even )?miss me\b`,
    notAfter: /^ (at|in|during|on|for|when i (am|go)|if i (skip|leave|miss|do not (go|come)))\b/,
  }),
  pattern({
    id: 'si-means-at-hand',
    categories: SI,
    family: 'plan',
    source: r`\b(?:pills|bottle of pills|gun|rope|noose|razor|blades?|knife) (?:right )?(?:next to|beside|in front of|in) (?:me|my hand|my lap)\b`,
    needs: 'self_reference',
  }),
  pattern({
    id: 'si-life-not-worth',
    categories: SI,
    family: 'passive',
    source: r`\b(?:life|living|my life|this life) (?:is|feels|seems|is just) (?:not|no longer|never going to be) worth (?:living|it)\b|\bnot worth living\b|\b(?:my life|this life|life) (?:is|feels|seems) (?:so )?(?:pointless|meaningless|hopeless|not worth it)\b`,
  }),
  pattern({
    id: 'si-no-one-would-care',
    categories: SI,
    family: 'passive',
    source: r`\b(?:no one|nobody|not one person|none of you|would anyone|would anybody|does anyone|will anyone) (?:would |will |is going to |even )*(?:care|notice|miss me|cry|be sad|come to my funeral) (?:if|when) i (?:die|died|was gone|were gone|am gone|disappeared|disappear|killed myself|overdosed|did not wake up|was dead|left for good)\b|\b(?:do not|does not|would not) care if i (?:die|died|live|wake up|do not wake up|overdose|overdosed)\b|\bi am (?:just )?(?:a|such a) burden (?:to|on) (?:everyone|everybody|my family|them|you all|my kids|the world)\b`,
  }),
  pattern({
    id: 'si-tired-of-life',
    categories: SI,
    family: 'passive',
    source: r`\b(?:tired|sick|exhausted|done) (?:of|with) (?:living|being alive|life|my life|existing|this life|it all|waking up|being me|this world)\b(?! (?:being|revolving|going|looking|like this|like that|as|around|in|with|at|controlled|run)\b)|\b(?:give|giving|gave) up on (?:life|living)\b`,
  }),
  pattern({
    id: 'si-cannot-go-on',
    categories: SI,
    family: 'passive',
    source: r`\b(?:can not|can no longer|could not) (?:go on|keep going|keep living|carry on)\b(?= ?(?:$|anymore|any more|any longer|much longer|like this))|\b(?:can not|can no longer) (?:do this|take it|take this|handle it|handle this|cope|live like this) (?:anymore|any more|any longer)\b|\bwhat is the point\b(?= ?(?:$|anymore|any more|of (?:anything|it all|trying|any of this)))|\bwant (?:it|this|everything|it all) (?:to be )?over\b(?= ?(?:$|already|now|with|for good|forever))|\b(?:do not think|not sure|do not know if|unsure if) i can (?:go on|keep going|keep living|do this anymore|hold on (?:much )?longer)\b|\bhow much longer i can (?:do this|go on|keep going|keep doing this|take (?:it|this)|hold on)\b`,
  }),
  pattern({
    id: 'si-want-it-to-end',
    categories: SI,
    family: 'passive',
    source: r`\b(?:want|wanted|need|wish|just want) (?:it all|everything|my life|all of (?:this|it)) to (?:end|stop|be over)(?: forever| for good)?\b|\b(?:suicide|death|dying|being dead) (?:is|seems|looks|sounds|feels|is looking|is sounding|is starting to look|is starting to sound|keeps looking) (?:like )?(?:the only (?:way|option|answer)|my only (?:way|option)|the answer|the best option|good|better|appealing|tempting|peaceful|like relief|like a relief|real good|really good|nice)\b`,
    needs: 'self_reference',
  }),
  pattern({
    id: 'si-goodbye-letters',
    categories: SI,
    family: 'plan',
    // A goodbye letter to one's addiction is a standard treatment exercise.
    source: r`\b(?:wrote|writing|written|write|left|leaving|finished|drafted|drafting|wrote out|typed|typing) (?:out )?(?:my |a |the |some |all my )?(?:goodbye|suicide|farewell) (?:letters?|notes?|messages?|texts?|posts?|videos?)\b|\b(?:final|last) goodbyes?\b|\bgoodbye (?:forever|for good|cruel world)\b|\bmy last words\b`,
    notAfter:
      /^ (to|for) (my |the |your |our )?(addiction|drugs?|drug of choice|disease|old (self|life|me)|alcohol|drinking|eating disorder|ed|using|substance|habit|bottle|younger self|past self|\w+ (addiction|habit|use)|grandma|grandpa|grandmother|grandfather|dog|cat|house|home)\b|^ (at|before) (the|his|her) (funeral|service|memorial)/,
  }),
  pattern({
    id: 'si-giving-away',
    categories: SI,
    family: 'plan',
    source: r`\b(?:giving|gave|give) away (?:all )?(?:of )?my (?:stuff|things|belongings|possessions|pets?|cat|dog|clothes|guitar|games)\b`,
    notAfter:
      /^ (to goodwill|before (the|my|we) move|for the move|to (a |the )?(charity|thrift|shelter))|moving|declutter|donat/,
  }),
  pattern({
    id: 'si-means',
    categories: SI,
    family: 'plan',
    source: r`\b(?:tied|tying|made|making|bought|buying|got|have|set up|setting up|put up|hung) (?:a |the |my )?noose\b|\b(?:gun|pistol|barrel) (?:to|against|in) my (?:head|mouth|temple)\b|\bput a bullet (?:in|through) my (?:head|brain|skull)\b|\bblow my (?:brains|head) (?:out|off)\b|\b(?:slit|slitting|slice|slicing|open|opening) (?:my|his|her) (?:wrists?|throat|veins)\b|\b(?:drink|drinking|use|using) myself to death\b`,
  }),
  pattern({
    id: 'si-jump',
    categories: SI,
    family: 'intent',
    source: r`\b(?:jump|jumping|throw myself|throwing myself|threw myself|step|stepping|walk|walking|swerve|swerving|drive|driving) (?:off|from|in front of|into|onto) (?:a |the |my )?(?:bridge|building|roof|rooftop|balcony|cliff|overpass|parking garage|window|train|bus|car|truck|traffic|oncoming traffic|tracks|wall|tree)\b`,
  }),
  pattern({
    id: 'si-not-around-much-longer',
    categories: SI,
    family: 'plan',
    source: r`\b(?:will|am going to|going to) be dead (?:by|before|soon|tomorrow|tonight)\b|\b(?:will not|not going to) be (?:around|here|alive) (?:much longer|for (?:much|very) long|after tonight|by (?:tomorrow|morning|the weekend))\b`,
  }),
];
