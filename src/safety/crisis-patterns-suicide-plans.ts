import { FAREWELL_CUES, HOPELESS, ORDINARY_ABSENCE, SI_CONTEXT } from './crisis-lexicon';
import { DETERMINED, gap, pattern, type CrisisPattern } from './crisis-pattern';

/**
 * The later C-SSRS levels: method, plan and preparatory behaviour. Researching a
 * method, means at hand, standing at a height, rehearsing, a recent attempt,
 * goodbyes, giving things away, arranging not to be needed. All urgent.
 */
const r = String.raw;
const SI = 'suicidal_ideation';

/** Things people die by, as objects of looking, holding or sitting with. */
const MEANS = r`(?:loaded )?(?:gun|guns|pistol|rifle|revolver|shotgun|pills|pill bottle|bottle of pills|rope|noose|belt|cord|razor|blade|blades|knife|knives|train tracks|tracks|railway|bridge|ledge|edge of the roof|roof|railing|pills in my hand)`;

const HEIGHT = r`(?:roof|rooftop|bridge|building|balcony|cliff|parking garage|overpass|tower|ledge|railing|train tracks|tracks)`;

export const SUICIDE_PLAN_PATTERNS: readonly CrisisPattern[] = [
  pattern({
    id: 'si-planning',
    categories: SI,
    family: 'plan',
    source: r`\b(?:planning|planned|plan|plotting) (?:on |out |to |how to |my )?(?:suicide|killing myself|dying|ending (?:it|my life|things|everything)|my death|my exit|to die)\b|\bi (?:know|knew|have decided|decided|figured out|worked out|have figured out|have worked out|picked|have picked|chose|have chosen|planned|have planned) (?:exactly |already |out )?(?:how|when|where|the (?:day|date|way|place|spot|time|method)) (?:i am going to|i will|i would|to|i want to|i plan to|i am gonna|i can) (?:do it|die|end it|kill myself|go)\b|\bi know (?:how|when|where) and (?:i know )?(?:how|when|where)\b`,
  }),
  pattern({
    id: 'si-planned-out',
    categories: SI,
    family: 'plan',
    source: r`\b(?:have|got) (?:it|everything) (?:all )?(?:planned|figured|worked) out\b|\b(?:have|got) (?:a|my) plan\b(?= ?(?:$|now|and))|\b(?:have|got|found|bought) (?:the )?means\b(?! to\b)|\b(?:ordered|bought|got|have|gathered|collected) (?:the |all the )?(?:stuff|things|everything|what) (?:i )?(?:need|needed) to (?:do it|end it|go through with it)\b`,
    requires:
      /\b(die|dying|dead|death|suicide|kill myself|end it|end my life|pills|gun|rope|noose|bridge|jump|overdose|goodbye|note|not be here|means|plan)\b/,
  }),
  pattern({
    id: 'si-method-research',
    categories: SI,
    family: 'plan',
    // Researching how, how many or how high: "looked up how many tylenol it takes to die".
    source: r`\bhow (?:much|many) ${gap(3)}before (?:you|i|a person|someone|one) (?:just )?(?:do not wake up|die|stop breathing|never wake up|od|overdose|pass out for good)\b|\b(?:quickest|fastest|easiest|least painful|most painless|best|surest|painless|quick|easy|cleanest) (?:way|method) (?:that|which) (?:does not|will not|would not|wont|will not even) hurt\b|\b(?:looked up|look up|looking up|googled|google|googling|researched|research|researching|searched|searching|search|reading up on|read up on|looking into|looked into|figuring out|figured out|worked out|calculating|calculated|asked|asking|wondering)\b ${gap(2)}(?:how (?:many|much|high|long|far)|what (?:dose|amount|floor|height)|the (?:best|easiest|quickest|fastest|surest|least painful|most painless|most peaceful) (?:way|ways|method|methods)|ways|methods|painless|lethal|fatal|how to|which)\b ${gap(6, { acrossSubject: true })}(?:die|dying|kill (?:me|myself|a person|someone)|be fatal|be lethal|lethal|fatal|overdose|od|to go|go without|without pain|painlessly|hang|noose|drown|bleed out|end it|end my life|to jump|survive the fall|a fall)\b|\bhow (?:many|much) (?:of )?(?:my |these |those |the )?(?:\w+ ){0,2}(?:would|will|does it|would it|it would|it will|it|to)? ?(?:take|takes) (?:for me )?to (?:die|kill (?:me|myself|a person|someone)|od|overdose|not wake up)\b|\bhow many (?:of )?(?:my |these |those |the )?(?:\w+ )?(?:pills|tablets|meds) (?:would kill me|to die|would it take|does it take|it would take)\b|\b(?:which|what) (?:of )?(?:my |the |these )?(?:\w+ )?(?:meds|pills|drugs|medications|medicine|tablets) (?:would|will|could|is|are) ${gap(2)}(?:do the most damage|kill (?:me|a person|someone)|be fatal|be lethal|be deadly|the most dangerous|most lethal|fatal|lethal|deadly)\b|\bhow (?:long|many|much|high|far) ${gap(5, { acrossSubject: true })}(?:does it take|would it take|it takes|it would take|to) (?:to )?(?:die|bleed out|kill (?:me|myself|a person|someone)|drown|suffocate|od|overdose|not wake up|be fatal|be lethal)\b|\b(?:painless|quick|quickest|easiest|easy|best|surest|fastest|peaceful|least painful|most painless) (?:way|ways|method|methods) to (?:die|go|end it|end my life|kill myself|check out|off myself)\b(?! (?:to|home|back|there|about|through|from|on|in|out|up|with)\b)|\b(?:tallest|highest) (?:bridge|building|parking garage|cliff|overpass) (?:near|around|close to) (?:me|here)\b|\b(?:most|least) (?:painless|peaceful|reliable|effective|certain|foolproof|painful|quick|quickest|easiest|surest) (?:way|method)s?(?: to (?:go|die|do it|end it|end things))?(?= ?(?:$|,|asking|honestly|for real|please|i need))|\bhow high (?:does|do|would|should|has) (?:a|the|it|this|that) (?:bridge|building|fall|jump|floor|balcony|drop|cliff|roof) (?:have to|need to|has to) be\b(?= ?(?:$|to be sure|to (?:die|kill|be fatal)|so|for it to work))|\b(?:quicker|faster|easier|less painful|more painful|more reliable|surer|more certain|more painless) (?:with|by|to use|using) (?:a |the )?(?:belt|cord|rope|pills|gun|knife|razor|bag|helium|car|bridge|train|jumping|hanging|drowning)\b`,
  }),
  pattern({
    id: 'si-means',
    categories: SI,
    family: 'plan',
    source: r`\b(?:tied|tying|made|making|bought|buying|got|have|set up|setting up|put up|hung) (?:a |the |my )?noose\b|\b(?:gun|pistol|barrel) (?:to|against|in) my (?:head|mouth|temple)\b|\bput a bullet (?:in|through) my (?:head|brain|skull)\b|\bblow my (?:brains|head) (?:out|off)\b|\b(?:slit|slitting|slice|slicing|open|opening) my (?:wrists?|throat|veins)\b|\b(?:drink|drinking|use|using) myself to death\b`,
  }),
  pattern({
    id: 'si-means-at-hand',
    categories: SI,
    family: 'plan',
    // Means within reach, or being looked at for a long time: "staring at my dad's gun for an hour".
    source: r`\b(?:pills|bottle of pills|gun|rope|noose|razor|blades?|knife) (?:right )?(?:next to|beside|in front of|in) (?:me|my hand|my lap)\b|\b(?:staring at|stared at|stare at|looking at|looked at|look at|holding|held|sitting with|sat with|sitting here with|playing with|counting|counted|loading|loaded) ${DETERMINED}${MEANS}\b ${gap(4)}(?:for (?:an|a|another|the last|over an|half an|like an|hours|ages|so long|a long time)(?: hour| hours| while| long time| night| minutes)?|all (?:night|day|evening)|right now|again tonight|tonight|in my (?:hand|hands|lap|mouth)|next to me|beside me|and thinking|and think about (?:it|doing it|taking them|using it)|thinking about it|and (?:can not|could not) stop|wondering)\b|\b(?:gun|pistol|rifle|revolver|shotgun) (?:is )?(?:loaded )?(?:loaded|cocked) (?:and )?(?:next to me|beside me|in my (?:hand|lap|mouth)|on my (?:lap|bed|desk|nightstand)|ready)\b|\b(?:i|just) (?:loaded|cocked) (?:my|the|his|her|\w+s) (?:gun|pistol|rifle|revolver|shotgun)\b|\b(?:had|have|got|holding|held) (?:the|my|a|all the|all my|a handful of|a bottle of) (?:pills|gun|rope|noose|pill bottle|bottle of pills) (?:in (?:my|both) (?:hand|hands|mouth|lap|palm)|to my (?:head|throat|neck|temple|chest))\b|\b(?:hold|holding|held|count|counting|counted|line up|lining up|lined up|pour|pouring|poured) (?:out )?(?:the |my |all the |all my )?(?:pills|tablets) (?:out )?and (?:count|counting|counted|line|lining|lined|look|looking|stare|staring) (?:them|at them)\b`,
    needs: 'self_reference',
  }),
  pattern({
    id: 'si-means-kept',
    categories: SI,
    family: 'plan',
    // Means acquired or kept, with secrecy or fixation: "bought a gun today. nobody knows", "a rope in my closet and I keep looking at it".
    source: r`\b(?:the |my |a )?(?:gun|pistol|rifle|shotgun|rope|noose|pills|bottle of pills|exit bag)\b (?:is|are) (?:still )?(?:in|under|on) (?:my|the) (?:closet|drawer|car|bag|backpack|nightstand|desk|bed|mattress|glovebox|pocket|shelf|room)\b|\b(?:bought|buying|got|get|getting|have|has|had|hid|hiding|hidden|keep|keeping|kept|stashed|ordered) ${DETERMINED}(?:gun|pistol|rifle|shotgun|revolver|rope|noose|pills|bottle of pills|helium|charcoal|exit bag)\b|\b(?:know|have|got|found|figured out|guessed) the (?:code|combination|key|keys|pin) (?:to|for) ${DETERMINED}(?:gun |pill |medicine )?(?:safe|cabinet|lockbox|case|locker)\b|\b(?:gun|pill|medicine) (?:safe|cabinet|lockbox|case) (?:code|combination|key|pin) is\b`,
    requires:
      /\b(gun|guns|rifle|pistol|no one knows|nobody knows|nobody can know|do not tell|keep (looking|staring) at (it|them)|can not stop (looking|staring) at (it|them)|looking at (it|them) (again|all day|all night|for hours)|in case i need (it|them)|i (checked|tried it|tested it)|for when i (am ready|need it|decide)|not telling (anyone|anybody)|(nobody|no one) (knows|needs to know|can know)|(have not|did not) told|(it is|they are) in (my|the) (closet|car|trunk|backpack|bag|drawer|glovebox)|ready for (tonight|tomorrow|\w+day)|when the time comes|it is ready|they are ready|loaded|tonight|this weekend|(i )?decided|made up my mind|mind is made up|(i am )?doing it|know the (tree|spot|place|bridge|way))\b/,
    unless:
      /\b(climbing|camping|trip|gym|boat|sailing|moving|swing|tow|crafts?|hunting|range|target practice|pharmacy|refill|prescription)\b/,
    // Round 11: stored safely is not kept at hand: "i keep my late husbands gun in the safe".
    notAfter:
      /^ (locked |safely )?(in|inside) (a|the|my|our) (gun |locked |biometric )?(safe|lockbox|locker|gun cabinet)\b|^ (locked up|locked away|unloaded)\b/,
  }),
  pattern({
    id: 'si-means-here',
    categories: SI,
    family: 'plan',
    acrossClauses: true,
    // Means within reach, beside exhaustion or hopelessness: "the pills are right here and I'm so tired".
    source: r`\b(?:the |my |all the |all my )?(?:pills|gun|rope|noose|razor|blades?|knife|bottle)\b (?:is|are) (?:right )?(?:here|next to me|beside me|in front of me|in my (?:hand|lap)|ready)\b`,
    requires: HOPELESS,
  }),
  pattern({
    id: 'si-means-on-me',
    categories: SI,
    family: 'plan',
    // A weapon or a ligature on the writer's body needs no other word: "the gun is in my lap".
    source: r`\b(?:the |my |a |his |\w+s )?(?:gun|pistol|revolver|rifle|shotgun|rope|noose|belt)\b (?:is |was )?(?:right )?(?:in my (?:lap|hands?|mouth)|on my (?:lap|neck|temple)|against my (?:head|temple|chest)|around my neck)\b`,
  }),
  pattern({
    id: 'si-only-reason-not',
    categories: SI,
    family: 'plan',
    // What alone holds back an act: "the only reason I didn't do it tonight", "the only thing stopping me from jumping".
    source: r`\bthe only (?:thing|reason|one|person) (?:that |who )?(?:stopped|stops|kept|keeps|held|holds|is stopping|was stopping) me(?: back)?(?: from (?:doing it|going through with it|ending it|jumping|killing myself|taking them))?(?: (?:yesterday|last night|tonight|today|this time))? (?:was|is|were|are)\b|\bthe only (?:reason|thing) (?:why |that )?i (?:did not|have not|am not|do not|will not|could not|have not yet) (?:do it|done it|gone through with it|go through with it|kill myself|killed myself|end it|ended it|jump|jumped|take them|taken them|pull the trigger)\b|\bonly (?:thing|reason|one|person) (?:stopping|keeping|holding) me (?:from|back from) (?:jumping|ending it|killing myself|taking (?:them|the pills|all of them)|pulling the trigger|going through with it|doing it)\b`,
  }),
  pattern({
    id: 'si-exit-planned',
    categories: SI,
    family: 'plan',
    // Euphemisms for one's death, arranged: "my exit is planned for the 14th".
    source: r`\bmy (?:exit|way out|departure|checkout|check out|final day|last day on earth) (?:is|was|has been) (?:planned|set|scheduled|booked|arranged|decided|chosen|picked)\b`,
  }),
  pattern({
    id: 'si-ligature-ready',
    categories: SI,
    family: 'plan',
    // A ligature made ready: "i have the cord tied and im just sitting here with it".
    source: r`\b(?:have|got|had) (?:the |a |my )?(?:cord|rope|belt|noose|ligature|cable|extension cord) (?:tied|ready|set up|up|hung|knotted)\b|\b(?:cord|rope|belt|noose|extension cord) (?:is )?(?:tied|hung|knotted) (?:to|around|on|from) (?:the|my) (?:door|doorknob|closet|rail|railing|beam|fan|neck|shower)\b`,
  }),
  pattern({
    id: 'si-on-the-tracks',
    categories: SI,
    family: 'plan',
    // Waiting on railway tracks: "im parked on the tracks. train comes at 11".
    source: r`\b(?:i am|am|i have been|been) (?:parked|lying|laying|sitting|standing|stopped|waiting) (?:on|across) (?:the )?(?:train )?(?:tracks|rails|railway line|railroad)\b`,
  }),
  pattern({
    id: 'si-cannot-wait-longer',
    categories: SI,
    family: 'plan',
    acrossClauses: true,
    // A delay given up: "i was going to wait until after christmas but i cant anymore. tonight".
    source: r`\b(?:was going to|wanted to|planned to|meant to|told myself i would|promised myself i would) wait (?:until|till|for) ${gap(5, { acrossSubject: true })}(?:but )?i (?:can not|could not) (?:anymore|any more|any longer|wait)\b`,
    requires: /\b(tonight|today|now|right now|goodbye|sorry|end|die|pills|gun|rope)\b/,
    unless:
      /\b(buy|buying|order|ordering|tell|telling|watch|watching|eat|eating|open|opening|call|text|ask|asking|propose|announce|quit|play|playing)\b/,
  }),
  pattern({
    id: 'si-exhaust',
    categories: SI,
    family: 'plan',
    acrossClauses: true,
    // A car running in a shut garage is the method itself: "car is running in the garage and the door is shut".
    source: r`\b(?:car|engine|motor) (?:is )?(?:running|on)\b ${gap(6, { acrossSubject: true })}(?:garage|doors? (?:is |are )?(?:shut|closed)|windows? (?:up|closed))\b|\bgarage\b ${gap(6, { acrossSubject: true })}(?:car|engine) (?:is )?(?:running|on)\b`,
    unless: /\b(warm(ing)? up|defrost\w*|cold|snow|ice|mechanic|leaving|heading out)\b/,
  }),
  pattern({
    id: 'si-no-promise-tonight',
    categories: SI,
    family: 'intent',
    // Refusing to promise safety: "I can't promise I won't do something tonight", "i don't think i can stay safe tonight".
    source: r`\b(?:do not think|not sure|do not know if|no idea if) i (?:can|will) (?:stay|keep myself|be) safe\b|\b(?:can not|could not|will not be able to) (?:stay|keep myself) safe\b|\b(?:can not|could not|will not) promise (?:you |anyone )?(?:i will not|that i will not|not to|to not|i am not going to|i will not try to) (?:do (?:something|anything|it)|hurt myself|kill myself|end it|try again)\b`,
  }),
  pattern({
    id: 'si-insurance',
    categories: SI,
    family: 'plan',
    // Checking what a death pays out is putting affairs in order.
    source: r`\blife insurance\b`,
    requires:
      /\b(suicide|kill myself|if i die|when i die|if i was gone|pay out|pays out|covers|after i am gone|would get)\b/,
  }),
  pattern({
    id: 'si-place-and-it',
    categories: SI,
    family: 'plan',
    acrossClauses: true,
    // A place or means, then "thinking about it": "I looked at the bridge today and thought about it".
    source: r`\b(?:bridge|overpass|tracks|train|roof|rooftop|ledge|cliff|balcony|parking garage|pills|gun|rope|noose|razor|blade|high places?|heights?)\b ${gap(10, { acrossSubject: true })}(?:thinking|thought|think|thinking hard|fantasi[sz]ing|dreaming) about (?:it|doing it|jumping|stepping off(?: it)?|going over|taking them|using (?:it|them))\b|\b(?:urge|urges|tempted|want|wanting|itching) to jump\b(?! (?:in|into|on|at|up|rope|for joy|around|ship|the gun|start|right in|back|through))`,
    notInSentence:
      /\b(proposal|propose|trip|vacation|buy|buying|price|job|offer|move|moving|jump rope|skydiv\w*|bungee|pool|lake|trampoline)\b/,
  }),
  pattern({
    id: 'si-at-a-height',
    categories: SI,
    family: 'plan',
    // Standing where a fall would kill: "stood on the edge of the roof tonight for a long time".
    source: r`\b(?:standing|stood|sitting|sat|stand|sit|climbed|climbing|am|was) (?:on|at|onto|over) (?:the )?(?:edge|ledge|railing|rail|wrong side) of (?:the|a|my|this|that) ${HEIGHT}\b|\b(?:i am|am|standing|sitting) (?:on|at) (?:the|a) (?:ledge|railing|edge of the \w+|roof|bridge|tracks|train tracks|cliff edge) (?:right now|now|tonight)\b`,
  }),
  pattern({
    id: 'si-rehearsal',
    categories: SI,
    family: 'plan',
    // Rehearsing or aborting an attempt: a car running in the garage, a belt tested on a rod.
    source: r`\b(?:tied|tying|tie|hung|hanging|hang|attached|attaching|fastened|looped) (?:a |the |my )?rope (?:to|from|around|on|over) (?:the |my |a )?(?:closet|door|doorknob|beam|ceiling|fan|rafter|rod|shower|railing|banister|hook|pipe)\b|\b(?:almost|nearly|so close to|came close to|was about to) (?:did it|do it|doing it|went through with it|go through with it|going through with it|pulled the trigger|pull the trigger|jumped|took them all|swallowed them)\b|\bchickened out\b|\bbacked out at the last (?:minute|second)\b|\bcould not go through with it\b`,
    requires: SI_CONTEXT,
  }),
  pattern({
    id: 'si-recent-attempt',
    categories: SI,
    family: 'act',
    // "Attempted" on its own is how survivors say it: "I attempted on Saturday".
    source: r`\battempted\b(?= ?(?:$|again|on \w+|last \w+|yesterday|this (?:morning|week|weekend)|earlier|tonight|today|a (?:few|couple of) (?:days|weeks) ago))|\b(?:my|an|another|a) (?:suicide )?attempt (?:last (?:night|week|weekend)|yesterday|on \w+day|this (?:week|weekend|morning)|a (?:few|couple of) days ago)\b|\b(?:just )?(?:got|came) (?:out of|home from|back from) (?:the )?(?:hospital|er|icu|psych ward) (?:after|because of) (?:my|an|the) (?:attempt|overdose)\b`,
  }),
  pattern({
    id: 'si-ligature',
    categories: SI,
    family: 'plan',
    // A ligature tried or tied where people hang themselves: "tied a belt to the closet rod to see if it would hold".
    source: r`\b(?:in|sat in|sitting in) (?:the|my) (?:garage|car) with the (?:car|engine) (?:running|on)\b|\b(?:belt|rope|cord|sheet|scarf|noose|extension cord|leash) (?:around|round) my neck\b|\b(?:tied|tying|tie|hung|hanging|hang|attached|attaching|fastened|looped) (?:a |the |my )?(?:belt|cord|sheet|bedsheet|scarf|extension cord|charger cable|cable) (?:to|from|around|on|over) (?:the |my |a )?(?:closet|door|doorknob|beam|ceiling|fan|rafter|rod|shower|railing|banister|hook|pipe|bunk|bed frame)\b`,
  }),
  pattern({
    id: 'si-at-the-edge-will-not-come-down',
    categories: SI,
    family: 'emergency',
    // Someone at a height who will not come back: "my friend is standing on the roof edge and won't come down".
    source: r`\b(?:standing|sitting|is|are|am|climbed|climbing) (?:out )?on (?:the |a |our |his |her |my )?(?:roof|ledge|edge|railing|rail|bridge|balcony)(?: \w+)? and (?:will not|would not|refuses to|does not want to|is not|are not) (?:come|coming|get|getting|step|stepping) (?:down|in|inside|back|off)\b`,
  }),
  pattern({
    id: 'si-place-now',
    categories: SI,
    family: 'plan',
    // The writer at a height, on tracks or by water now, with what they brought or how high it is.
    source: r`\b(?:i am|am|sitting|standing|parked|sat|stood|waiting|on|at) (?:in my car )?(?:at |on |by |near )?(?:the )?(?:top of (?:the |a )?)?(?:roof|rooftop|bridge|overpass|parking garage|parking deck|ledge|tracks|train tracks|platform|train platform|cliff|lake|river|pier|edge)\b`,
    requires:
      /\b(high up|so high|how high|up here|the edge|jump|down there|brought everything|have everything|it is quiet|again|alone|goodbye|sorry|do not want to be talked|been here|for an hour|for hours|cold|the water|closer|rocks|stones|weights|in my pockets|(tell|telling) (someone|somebody|you|you all|yall) first|just (needed|wanted) to tell|(wanted|needed) (someone|somebody|you|you all) to know)\b/,
    unless:
      /\b(picnic|birthday|party|friends|kids|view|swim|swimming|fishing|walk|run|running|jog|photos?|pictures?|sunset|sunrise|date|concert|work|shift|job|commute|train to|waiting for (the|my) (train|bus|ride)|(?<!parking )deck|bar|restaurant|vacation|trip|hike|hiking)\b/,
  }),
  pattern({
    id: 'si-rehearsed-ligature',
    categories: SI,
    family: 'plan',
    aboutWriter: true,
    // Testing a ligature: "practiced with the belt last night to see if it would hold".
    source: r`\b(?:practiced|practised|tested|testing|tried|trying out|test) (?:it )?(?:with )?(?:the |a |my )?(?:belt|rope|cord|noose|knot|ligature|sheet)\b`,
    requires: /\b(hold|held|weight|neck|see if|closet|door|beam|rod|ceiling|fan)\b/,
    unless: /\b(climbing|camping|boat|sailing|tow|swing|hammock|tent|scouts|knots class|gym)\b/,
  }),
  pattern({
    id: 'si-courage-to-do-it',
    categories: SI,
    family: 'plan',
    // "It" with no antecedent, in a message about dying, is the act: "waiting for the courage to do it".
    source: r`\b(?:waiting|wait) (?:for|on) (?:the )?(?:courage|guts|nerve|right moment|right time) to (?:do it|go through with it|end it)\b|\b(?:just |only )?(?:need|have) to (?:actually )?do it\b(?= ?(?:$|now|tonight|already))|\b(?:courage|guts|nerve|balls|strength|bravery) to (?:finally )?(?:do it|go through with it|end it|follow through|pull the trigger|jump)\b|\b(?:going to|about to|ready to|will|finally) (?:do it|go through with it)\b(?= ?(?:$|tonight|today|this time|this weekend|soon|now|for real))|\b(?:tonight|tomorrow|\w+day|this weekend) i (?:finally )?(?:do it|go through with it|end it)\b`,
    requires: new RegExp(`${SI_CONTEXT.source}|\\b(finally|ready|decided|goodbye|sorry|no more|not telling)\\b`),
  }),
  pattern({
    id: 'si-would-have-done-it',
    categories: SI,
    family: 'plan',
    // The one thread holding someone back, told counterfactually: "if my mom wasn't alive I'd have done it already".
    source: r`\b(?:i would have|i would|i could have) (?:done it|ended it|killed myself|gone through with it|been gone|ended my life) (?:already|by now|long ago|years ago|a long time ago)\b|\b(?:if (?:it (?:was|were) not for|not for)|without) (?:my |me )?(?:\w+ ){0,3}(?:i would have|i would) (?:done it|ended it|killed myself|gone through with it|been gone|ended my life|not be here|be dead)\b`,
  }),
  pattern({
    id: 'si-decided-the-day',
    categories: SI,
    family: 'plan',
    // A day chosen, after a decision: "I've decided. Sunday is the day."
    source: r`\b(?:\w+day|tonight|tomorrow|this weekend|next week) (?:is|will be) (?:the|my) (?:day|night|date)\b|\b(?:picked|chose|chosen|set) (?:a|the) (?:day|date)\b`,
    requires:
      /\b(decided|made up my mind|mind is made up|no turning back|it is time|i am ready|goodbye|last|for good|end it|die|not telling (anyone|anybody)|(nobody|no one) (knows|needs to know|can know)|(have not|did not) told)\b/,
    unless:
      /\b(move|moving|wedding|party|trip|birthday|interview|surgery|game|launch|date night|court|graduation|exam|test|appointment|start|first day|quit date|sobriety date|clean date)\b/,
  }),
  pattern({
    id: 'si-courage-waiting',
    categories: SI,
    family: 'plan',
    source: r`\b(?:waiting|wait) (?:for|on) (?:the )?(?:courage|guts|nerve) to (?:do it|go through with it|end it)\b`,
  }),
  pattern({
    id: 'si-waiting-for-the-moment',
    categories: SI,
    family: 'plan',
    acrossClauses: true,
    // Waiting for a moment with nothing to wait for, beside hopelessness: "nothing matters, I'm just waiting for the right moment".
    source: r`\b(?:waiting|wait) (?:for|on) (?:the )?(?:right|perfect) (?:moment|time|chance|day)\b(?= ?$)`,
    requires: HOPELESS,
  }),
  pattern({
    id: 'si-the-note',
    categories: SI,
    family: 'plan',
    source: r`\b(?:wrote|written|writing|finished|left|leaving|have) (?:the|my|a) note\b`,
    requires: /\b(do it|tonight|goodbye|sorry|ready|end it|after|when i am gone|find it|forgive|love you)\b/,
  }),
  pattern({
    id: 'si-goodbye-letters',
    categories: SI,
    family: 'plan',
    // A goodbye letter to one's addiction is a standard treatment exercise.
    source: r`\b(?:wrote|writing|written|write|left|leaving|finished|drafted|drafting|wrote out|typed|typing) (?:out )?(?:my |a |the |some |all my )?(?:goodbye|suicide|farewell) (?:letters?|notes?|messages?|texts?|posts?|videos?)\b|\b(?:final|last) goodbyes?\b|\bgoodbye (?:forever|for good|cruel world|world)\b|\bmy last words\b|\b(?:writing|wrote|written|finished|finishing|started|starting|drafting|drafted|rewrote|rewriting|working on) my (?:note|letter)\b(?! (?:for|to|on|about|in|at|of)\b)`,
    notAfter:
      /^ (to|for) (my |the |your |our )?(addiction|drugs?|drug of choice|disease|old (self|life|me)|alcohol|drinking|eating disorder|ed|using|substance|habit|bottle|younger self|past self|\w+ (addiction|habit|use)|grandma|grandpa|grandmother|grandfather|dog|cat|house|home|old (?!(man|lady|woman|girl|boy|friend|friends|folks|people)\b)\w+|phone|laptop|car|job|apartment|hair|braces|cast|year|semester|\d{4})\b|^ (at|before) (the|his|her) (funeral|service|memorial)/,

    // Round 10: a goodbye taken back in the same sentence ("goodbye forever, see you in a year") is a joke.
    unless:
      /\bsee (you|ya|yall|everyone|you all) (in (a|an|\d+|two|three|a few|the) \w+|next \w+|tomorrow|soon|later|on \w+day)\b/,
  }),
  pattern({
    id: 'si-notes-for-each',
    categories: SI,
    family: 'plan',
    // Notes or letters, one for each person: "started writing the notes. one for mom one for my brother".
    source: r`\b(?:writing|wrote|written|write|finished|started writing|finished writing) (?:the |my |all the )?(?:notes|letters)\b`,
    requires:
      /\b(one for|one to|for each|to each|for everyone|explaining (everything|why)|so they (know|understand)|after i am gone|when i am gone)\b/,
    notAfter:
      /^ (to|for) (my |the |your |our )?(addiction|future|younger|past|old|self|santa|teacher|class|homework|group)\b/,
  }),
  pattern({
    id: 'si-letters-to-family',
    categories: SI,
    family: 'plan',
    // Letters for the family to find afterwards: "they'll find them after".
    source: r`\b(?:wrote|writing|written|write|left|leaving|finished|recorded|recording) (?:\w+ )?(?:letters?|notes?|videos?|messages?) (?:to|for) (?:my |each of my |all my |everyone|everybody|each|people|the people)`,
    // Round 11: a letter to one's addiction or old self is a recovery exercise ("wrote a letter to my addiction").
    notAfter:
      /^(addiction|habit|drinking|drug|drugs|using|eating disorder|ed|depression|anxiety|self harm|old self|younger self|future self|inner child|abuser|disease)\b/,
    requires:
      /\b(after i am gone|when i am gone|once i am gone|(will|to) find (them|it|this)|after (tonight|i die|i am dead)|read (them|it) after|so they have something|goodbye|forgive me|just in case|in case|deleted (all )?my (social media|accounts|photos|profiles))\b/,
    unless:
      /\b(surgery|deploy\w*|trip|travel\w*|flight|camp|school project|homework|assignment|exercise|therapist asked)\b/,
  }),
  pattern({
    id: 'si-farewell',
    categories: SI,
    family: 'plan',
    // Farewell cues adding up (see FAREWELL_CUES): "I'm sorry everyone. I love you all. Goodbye."
    source: FAREWELL_CUES.map(([cue]) => cue.source).join('|'),
    needs: 'finality',
  }),
  pattern({
    id: 'si-giving-away',
    categories: SI,
    family: 'plan',
    source: r`\b(?:giving|gave|give|given) away (?:all )?(?:of )?my (?:stuff|things|belongings|possessions|pets?|cat|dog|clothes|guitar|games)\b|\b(?:giving|gave|give|given) (?:all )?(?:of )?my (?:stuff|things|belongings|possessions) away\b|\b(?:gave|giving|given|rehomed|rehoming|found a (?:new )?home for) (?:away )?my (?:dog|cat|pet|puppy|kitten|bird|rabbit)\b|\b(?:deciding|decided|figuring out|figured out|writing down|wrote down|making a list of|made a list of) who (?:gets|will get|should get|can have|gets to have) (?:my|all my) (?:things|stuff|belongings|possessions|\w+)\b`,
    notAfter:
      /^ (to goodwill|before (the|my|we) move|for the move|to (a |the )?(charity|thrift|shelter))|moving|declutter|donat/,
    unless: ORDINARY_ABSENCE,
  }),
  pattern({
    id: 'si-giving-without-reason',
    categories: SI,
    family: 'plan',
    // Handing over what one will not need, without saying why: "gave her my car keys. she doesn't know why".
    aboutWriter: true,
    source: r`\b(?:gave|giving|given|handed|handing) (?:\w+ ){0,3}my (?:car|car keys|keys|guitar|jewelry|laptop|dog|cat|savings|passwords|bank card|things|stuff|phone)\b`,
    requires:
      /\b((does|do|did) not know why|no idea why|without (saying|telling \w+) why|did not (say|tell \w+) why|(will|would) not need|no longer need|just in case|after i am gone|when i am gone)\b/,
  }),
  pattern({
    id: 'si-if-i-am-not-here',
    categories: SI,
    family: 'plan',
    // "If I'm not online tomorrow, you know why."
    source: r`\bif i am not (?:online|here|around|back|answering|on here|in group) (?:tomorrow|tonight|by (?:morning|tomorrow)|in the morning|next week)\b|\bif i (?:do not|did not|never) (?:show up|come|make it|answer|reply|post|log on)(?: to \w+| in \w+)?(?: \w+day| tomorrow| tonight| again)?\b`,
    requires:
      /\b(you know why|you will know why|know that|remember me|goodbye|sorry|love you|do not blame|not your fault|my choice|it is not because of you|i tried|because i did it)\b/,
  }),
  pattern({
    id: 'si-not-around',
    categories: SI,
    family: 'plan',
    // Saying one will not be here, with no trip, move or shift to explain it.
    source: r`\b(?:will|am going to|going to) be dead (?:by|before|soon|tomorrow|tonight)\b|\b(?:will not|not going to|might not|may not|probably will not|do not think i will|am not going to) be (?:around|here|alive|in (?:your|anyones|their) (?:way|life|lives)) (?:much longer|for (?:much|very) long|after (?:tonight|today|this week|this weekend)|by (?:tomorrow|morning|the weekend|next week|the end of (?:the|this|next) (?:week|month|year|day)|\w+day)|tomorrow|next (?:week|month|year)|to (?:see|take care of|watch|deal with|bother|annoy|worry|look after)|anymore|any more|soon)\b|\b(?:will not|am not going to|do not|wont) need (?:them|it|those|these|this|that|my \w+|any of (?:it|this|that|them))\b(?= ?(?:$|anymore|any more|where i am going|after (?:tonight|today|this week)|much longer))`,
    unless: ORDINARY_ABSENCE,
  }),
];
