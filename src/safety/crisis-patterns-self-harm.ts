import { THINK, WANT_TO, WILL } from './crisis-frames';
import { DETERMINED, gap, pattern, REFLEXIVE, type CrisisPattern } from './crisis-pattern';

const r = String.raw;
const SH = 'self_harm';

const BODY = r`(?:arms?|forearms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?|body|ankles?|calf|calves|chest|face|shoulders?)`;

// Accidents and figures of speech: "burned myself on the stove", "cut myself some slack".
// Round 11: what people cut or graze themselves on by accident: "cut myself on a tin of beans".
const MISHAP_OBJECT = String.raw`(?:tin|tins|tin can|can|lid|nail|nails|thorn|thorns|bramble|brambles|rose bush|roses|fence|barbed wire|mandoline|grater|blender|staple|stapler|saw|chisel|drill|tools?|coral|shell|shells|rocks?|wire|fish hook|hook)`;

const ACCIDENT_OR_IDIOM = new RegExp(
  r`^ (on (a|an|the|some|my) (\w+ )?${MISHAP_OBJECT}|laughing|by accident|accidentally|on (a|the|my) (stove|oven|pan|iron|knife|glass|paper|corner|door|table|edge|desk|grill|kettle)|(while|when) (cooking|shaving|chopping|running|working out|lifting|playing|cleaning|gardening|moving|fixing|climbing|skiing|hiking|baking)|shaving|cooking|chopping|baking|at (the )?(gym|work|practice|training|game)|playing|working out|lifting|running|skiing|hiking|out|up|off|some slack|slack|a break|by (going|staying|dating|texting|drinking|using|letting|being|trusting|comparing|overthinking|people pleasing|saying)|by (?!(?:cutting|burning|hitting|scratching|starving|hurting|punching|bleeding|carving|biting|banging)\b)(?:not )?\w+ing|(with|for) \w+ing|emotionally|financially|over (him|her|them|this|that))\b`,
);

// Verbs that only mean self-injury when what follows is the body, "again", or nothing at all.
// Round 10: a recent time right after it ("went back to cutting a few weeks ago").
const CUT_OBJECT = r`(?= ?(?:$|again|(?:a few|a couple(?: of)?|few|some|several|\d+|two|three|four) (?:days|weeks) ago|(?:the )?(?:past|last) (?:few |couple of |couple |two |three )?(?:days|weeks|week|nights)|will not|would not|is so|keeps|has been|gets|won|myself|my ${BODY}|tonight|last night|today|this week|so (?:bad|badly)|deeper|more|a lot|every (?:day|night)|right now|now|in (?:the|my|her|his) (?:bathroom|room|bedroom|car)|when|until|till|because|to feel|after|and (?:i|she|he|they|my|it|now|nobody|no one))(?:\b|$))`;

/** Self-injury as the object of a frame, in base or -ing form: "urge to cut", "thinking about burning myself". */
const SH_ACT = r`(?:(?:hurt|hurting|harm|harming|burn|burning|cut|cutting|punish|punishing|scratch|scratching|hit|hitting|slice|slicing|carve|carving) myself(?: open| up)?|self harm|self harming|self injure|self injuring|sh|bleed|bleeding|see (?:my own )?blood|feel (?:the )?(?:pain|blade|razor|sting|burn)(?: again)?|relaps(?:e|ing) (?:on|with|into) (?:sh|self harm|cutting|self injury)|(?:cut|cutting|burn|burning)${CUT_OBJECT})`;

// Where a blade is kept ready, or taken out of something made safe: "a blade in my phone case just in case".
// Self-injury as what alone brings relief: "the blade is the only thing that helps".
const SH_RELIEF = r`(?:the |my )?(?:blades?|razors?|cutting|burning myself|hurting myself|self harm|self harming|sh)`;

const BLADE_READY = r`(?:in my (?:room|phone case|bag|wallet|drawer|pocket|hand|sock|desk|pencil case|backpack|car)|under my (?:mattress|bed|pillow)|just in case|right now|apart|out of (?:the|my|a) (?:pencil sharpener|sharpener|razor|shaver)|so i (?:could|can) use (?:it|them|the blades?))`;

export const SELF_HARM_PATTERNS: readonly CrisisPattern[] = [
  pattern({
    id: 'sh-only-relief',
    categories: SH,
    family: 'urge',
    source: r`\b${SH_RELIEF} (?:is|are|has been|was|is still) (?:the only (?:thing|way|one)|all|what|the one thing) (?:that )?(?:helps|works|calms me|gets me through|keeps me (?:going|sane|calm|grounded)|makes (?:it|me|the pain|things) (?:stop|feel|better|okay|ok|calm|quiet))\b|\b(?:the only thing|all|the one thing|only) that (?:helps|works|calms me down|calms me) (?:is|are) ${SH_RELIEF}\b`,
  }),
  pattern({
    id: 'sh-wound-deep',
    categories: SH,
    family: 'act',
    // A wound said to be deep, or tissue showing: "the cut on my thigh is deep and i can see fat".
    source: r`\b(?:cut|cuts|wound|wounds|gash|slash|slashes)\b ${gap(4)}(?:is|are|was|were|looks|look) (?:so |really |too |very |pretty |super )?(?:deep|gaping|wide open)\b|\bwent (?:too|so|way too) deep\b|\bcan see (?:the )?(?:inside|insides|fat|bone|white (?:stuff|tissue|layer)|tissue|yellow (?:stuff|layer))\b`,
    requires:
      /\b(cut|cuts|cutting|blade|razor|sh|self harm|my (arm|wrist|thigh|leg|stomach|skin)|er|stitches|hospital|scared|bleeding|blood)\b/,
    unless:
      /\b(kitchen|cooking|chopping|knife slipped|accident|accidentally|fell|broken glass|surgery|dog|cat|bit me|scraped|bike)\b/,
  }),
  pattern({
    id: 'sh-hurt-more',
    categories: SH,
    family: 'act',
    // Making an injury hurt or open again: "i keep pressing on the bruises so they hurt more".
    source: r`\b(?:press|pressing|pressed|push|pushing|pushed|poke|poking|poked|dig|digging|dug) (?:on |at |into )?(?:my |the )?(?:bruises?|cuts?|wounds?|burns?|scabs?|stitches)\b ${gap(2)}(?:so (?:they|it) (?:hurt|hurts|bleed|bleeds|sting|stings)|to (?:make (?:them|it) )?(?:hurt|bleed|sting)|until (?:they|it) (?:hurt|hurts|bleed|bled|open|opened))\b`,
  }),
  pattern({
    id: 'sh-needs-stitches',
    categories: SH,
    family: 'act',
    // A wound that needs care, kept from others: "blood everywhere. i think i need stitches but i cant tell anyone".
    source: r`\b(?:need|needs|needed|might need|probably need|should get|getting|got) (?:stitches|stiches|steri strips|glue|to go to the (?:er|hospital))\b`,
    requires: /\b(blood|bleeding|bled|cut|cuts|cutting|deep|blade|razor|can not tell|nobody can know|hide)\b/,
    unless:
      /\b(fell|fall|accident|accidentally|kitchen|cooking|chopping|dog|cat|bike|surgery|knife slipped|glass broke|stitches out|tooth|dentist|forehead|chin|game|match|practice)\b|\bon (a|an|the|some|my) (\w+ )?(tin|tin can|can|lid|nail|thorn|thorns|bramble|fence|barbed wire|mandoline|grater|saw|chisel|drill|coral|shell|rocks?|wire)\b/,
  }),
  pattern({
    id: 'sh-sharpener',
    categories: SH,
    family: 'plan',
    // Taking a blade out of something made safe: "took the sharpener apart again".
    source: r`\b(?:took|take|taking|broke|break|breaking|smashed|smash|unscrewed|unscrewing) (?:apart )?(?:the |a |my |another )?(?:pencil )?(?:sharpener|razor|shaver|disposable razor)s? (?:apart|open)\b|\b(?:took|take|taking|got|get|getting|popped|pop) (?:the |a )?blades? out of (?:the |a |my )?(?:pencil )?(?:sharpener|razor|shaver)\b`,
  }),
  pattern({
    id: 'sh-alone-with-blade',
    categories: SH,
    family: 'plan',
    // Alone with a blade and losing the fight: "im in the bathroom with a blade and i cant stop myself this time".
    source: r`\b(?:in|on) (?:the|my) (?:bathroom|room|bedroom|floor|bed|car|shower) with (?:a|the|my) (?:blade|razor|razor blade|knife|shard|box cutter|lighter)\b|\bwith (?:a|the|my) (?:blade|razor|razor blade|shard|box cutter) (?:in my hand|right now|again)\b`,
    requires: /\b(can not stop myself|going to|about to|right now|tonight|this time|again|want to|urge|cut|cutting)\b/,
  }),
  pattern({
    id: 'sh-streak-broken',
    categories: SH,
    family: 'act',
    acrossClauses: true,
    // A count of clean days from self-harm, then the count broken: "30 days clean from cutting and i blew it tonight".
    source: r`\b(?:days?|weeks?|months?|years?) (?:clean|free|without|away) (?:from |of )?(?:cutting|self harm|self harming|sh|burning|self injury)\b ${gap(8, { acrossSubject: true })}(?:blew it|broke (?:it|my streak|the streak)|relapsed|slipped|caved|gave in|back to (?:day )?(?:0|zero|one|1)|reset)\b`,
  }),
  pattern({
    id: 'sh-hurt-self',
    categories: SH,
    family: 'intent',
    source: r`\b(?:hurt|hurting|hurts|harm|harming|harmed|cut|cutting|cuts|burn|burning|burns|burned|burnt|scratch|scratching|scratched|hit|hitting|punch|punching|punched|starve|starving|starved|bruise|bruising|bruised|stab|stabbing|stabbed|punish|punishing|punished|carve|carving|carved|bash|bashing|slap|slapping|choke|choking|strangle|strangling|mutilate|mutilating|injure|injuring|injured) ${REFLEXIVE}\b`,
    notAfter: ACCIDENT_OR_IDIOM,
    notBefore: /\b(accidentally|accidently)\s*$/,
  }),
  pattern({
    id: 'sh-self-harm-named',
    categories: SH,
    family: 'act',
    source: r`\bself (?:harm|harmed|harming|harms|injury|injure|injured|injuring|mutilation|mutilate|mutilating)\b`,
    // Old scars and support groups are recovery talk.
    notAfter: /^ (support|awareness|prevention|group|resources|hotline|scars?|history|recovery|free|clean)\b/,
    needs: 'self_reference',
    // "A worksheet for self harm": tools and talks about it, not an act.
    notBefore:
      /\b(worksheets?|skills?|groups?|class|handouts?|plans?|resources|support|meetings?|pamphlets?|apps?) (for|on|about)\s*$/,
  }),
  pattern({
    id: 'sh-urges',
    categories: SH,
    family: 'urge',
    source: r`\b(?:urges?|tempted|temptation|craving|cravings|itching) (?:to|for|on) (?:sh|self harm|cut|cutting|burn|burning|hurt myself|harm myself)\b|\b(?:sh|self harm|cutting|cut|blade|razor) (?:urges?|cravings?|thoughts)\b`,
  }),
  pattern({
    id: 'sh-slipped-body-again',
    categories: SH,
    family: 'act',
    // A streak broken, said with the body or the act: "slipped today after 90 days. my arms again". A streak or being
    // clean must be named, and a bare "cut" is no act ("slipped in the kitchen and cut my finger", "caved and cut my bangs").
    source: r`\b(?:slipped|slipped up|relapsed|caved|broke my streak)\b`,
    requires: new RegExp(
      r`^(?=[\s\S]*\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of) (?:days?|weeks?|months?|years?)|clean|streak|relapse|relapsed)\b)[\s\S]*(?:\bmy ${BODY} again\b|\b(?:sh|self harm|the blade|the razor|blades|cut again|cutting again)\b)`,
    ),
    unless: /\b(drink|drinking|drank|alcohol|beer|vodka|wine|weed|used|using|smoked|vape|diet|sugar|gym|ice)\b/,
  }),
  pattern({
    id: 'sh-relapsed-body-again',
    categories: SH,
    family: 'act',
    // A relapse is a streak broken by name: "relapsed. my arms again" needs no count of days (round 10). The body
    // must end its clause, or the act be named; drink, drugs, a diet or the gym anywhere mean another relapse
    // ("relapsed on my diet. my arms again are sore"). Told as a want of context, not set aside, so that the learned
    // reader may still read a relapse onto pills.
    source: r`\brelapsed\b`,
    requires: new RegExp(
      r`^(?![\s\S]*\b(?:drink|drinking|drank|alcohol|beer|vodka|wine|weed|used|using|smoked|smoking|vape|vaping|pills?|meds|drugs?|heroin|coke|cocaine|coffee|caffeine|diet|sugar|soda|junk food|chocolate|gym|ice|climbing|sore|workout|leg day|pizza)\b)[\s\S]*(?:\bmy ${BODY} again\b(?= ?(?:[.!,;\n]|$))|\b(?:sh|self harm|the blade|the razor|blades|cut again|cutting again)\b)`,
    ),
  }),
  pattern({
    id: 'sh-relapsed',
    categories: SH,
    family: 'act',
    source: r`\b(?:relapsed|relapse|relapsing) (?:on|with|into) (?:sh|self harm|self harming|cutting|burning)\b|\b(?:sh|self harm|cutting) relapse\b`,
  }),
  pattern({
    id: 'sh-cutting',
    categories: SH,
    family: 'act',
    source: r`^(?:cutting|cut|burning|burned|sh|self harming|self harmed|harming) again\b|\b(?:^|i |and |then |just |so i )(?:cut|burned|burnt|did sh|self harmed|hit myself|scratched) (?:\w+|\d+) times\b(?= ?(?:today|tonight|last night|yesterday|this (?:week|morning)|again|$))|\b(?:is|am|are|was|been|started|start|starting|keep|keeps|kept|still|back to|resumed|went back to|going back to|want to|wanted to|wants to|going to|thinking about|think about|tempted to|need to|have to|almost|nearly|not to|trying to|feel like|felt like|feeling like) (?:cutting|cut|burning|burn|scratching)\b${CUT_OBJECT}|(?:^|\b(?:i|and|then|just|finally|so i) )(?:cut|burned|burnt|did sh|self harmed|sh)\b(?= ?(?:again|last night|tonight|today|this morning|yesterday|earlier|on \w+day|an hour ago|just now|for the first time|$))|\bcut(?:ting)? (?:(?:so|too|really|very|way) ){0,2}deep(?:er)?\b(?! (?:in|into|cuts?) (?:the|a|this|my) (?:budget|costs?|spending|wood|paper|onion))|\b(?:cut|cuts|cutting|went|go|going|got|get|hit|saw|see) (?:down )?(?:to|into) (?:beans|styro|the fat|fat layer|subq|sub q)\b|\b(?:arms?|legs?|thighs?|wrists?|stomach) (?:look|looks|looking|looked) like (?:a )?barcode|\bbarcode (?:arms|legs|thighs|wrists)|\bbarcoded\b`,
  }),
  pattern({
    id: 'sh-cut-body',
    categories: SH,
    family: 'act',
    source: r`\b(?:cut|cutting|cuts|slice|sliced|slicing|carve|carved|carving|burn|burned|burning|burnt|scratch|scratched|scratching|hit|hitting|punched|punching|bite|bit|biting|stab|stabbed|stabbing|gouge|gouged|gouging) (?:into )?(?:my|his|her) ${BODY}\b|\b(?:hit|hitting|bang|banging|banged|slam|slamming|slammed|smash|smashing|smashed) my head (?:against|into|on) (?:the |a )?(?:wall|floor|door|desk|mirror)\b|\b(?:carved|carving|cut|cutting|scratched|scratching|etched) (?:\w+ ){1,3}into my ${BODY}\b`,
    notAfter:
      /^ (on|open on|(while|when) (i |we )?(was |were )?(cooking|shaving|chopping|hiking|climbing|playing|working|running|fell|slipped|tripped|moving|cleaning|gardening)|shaving|hiking|climbing|at|playing|in the|with (the|a) (knife|razor) (while|when)|cooking)\b/,
    // "My dog scratched my leg": someone else's claws or teeth.
    notBefore: /\b(dog|dogs|cat|cats|puppy|kitten|bird|parrot|hamster|rabbit|horse|baby|toddler|kid|son|daughter)\s*$/,
  }),
  pattern({
    id: 'sh-cut-bare',
    categories: SH,
    family: 'act',
    // "Cut" with no object, told beside the bleeding: "went upstairs and cut and its not stopping".
    source: r`\b(?:i|and|just|then|went and|so i) (?:cut|sliced)(?= (?:and|again|so|too|deep|deeper|tonight|today|last night|it is|its)\b|\s*$)`,
    requires:
      /\b(blood|bleeding|bleed|bled|not stopping|will not stop|towel|stitches|wound|gash|razor|blade|bandage|dizzy)\b/,
    unless:
      /\b(hair|bangs|fabric|paper|wood|onions?|vegetables|carrots|wire|pattern|lawn|grass|bread|cake|meat|wrapping|coupon|line|queue|class|school|sugar|carbs|calories|video|film|scene|deal|ties)\b/,
  }),
  pattern({
    id: 'sh-until-bleed',
    categories: SH,
    family: 'act',
    source: r`\b(?:until|till|so|to the point) (?:i|it|they|my \w+) (?:(?:broke|split|opened|tore) (?:open )?and )?(?:bleed|bled|bleeds|started bleeding|was bleeding|were bleeding)\b|\b(?:make|made|making) (?:myself|me) bleed\b|\b(?:scratch|scratching|scratched|pick|picking|picked|dig|digging|dug|rub|rubbing|rubbed) (?:at )?(?:my |her |his )?(?:\w+ ){0,5}(?:until|till) (?:they are|it is|they were|it was|my \w+ (?:are|is|were|was)) raw\b`,
    notBefore: /\b(laughed|laughing|cried|crying)\s*$/,
    // Itches are scratched until they bleed without anyone meaning harm.
    notInSentence: /\b(mosquito|bug bites?|bites|eczema|rash|hives|poison ivy|chicken ?pox|sunburn|itchy|itch)\b/,
  }),
  pattern({
    id: 'sh-blade-to-skin',
    categories: SH,
    family: 'act',
    source: r`\b(?:took|take|taking|put|held|hold|holding|pressed|press|pressing|dragged|drag) (?:a |the |my )?(?:razor|blade|knife|scissors|box cutter|lighter|pencil sharpener) (?:to|against|on|across|into) my ${BODY}\b|\b(?:hiding|hid|hidden|stash|stashing|stashed|keep|kept|bought|buying) (?:my |the |some |new )?(?:blades|razor blades)\b|\b(?:blades|razor blades) (?:hidden|stashed|hid)\b`,
    notAfter: /^ (for (shaving|crafts|work|my (face|legs))|to shave)\b/,
  }),
  pattern({
    id: 'sh-feel-the-blade',
    categories: SH,
    family: 'urge',
    source: r`\b(?:feel|feeling) the (?:blade|razor|burn of the lighter) (?:again|on my skin)\b|\bmiss (?:cutting|the blade|the razor)\b|\b(?:craving|crave|craves|need|needing) the (?:blade|razor|pain|lighter)\b`,
  }),
  pattern({
    id: 'sh-on-purpose',
    categories: SH,
    family: 'act',
    // Injury "on purpose" is self-harm whatever the verb: "slammed my fist into the mirror on purpose".
    source: r`\b(?:slammed|slam|slamming|punched|punch|punching|hit|hitting|smashed|smash|smashing|burned|burn|burning|burnt|cut|cutting|scratched|scratch|scratching|bit|bite|biting|banged|bang|banging|hurt|hurting|broke|breaking|bruised|bruising|stabbed|stabbing) (?:\w+ ){0,6}on purpose\b|\b(?:fresh|new|deep|deeper|bleeding) (?:cuts|wounds|burns)\b(?! (?:of|from (?:my|the|a) (?:cat|dog|kitten|puppy|roses?|garden|gardening|hike|fall|bike|kitchen|job)))|\bcovered in (?:cuts|burns)\b|\b(?:sat|sitting|sit|stood|standing|lay|lying|locked myself in \w+ \w+) (?:\w+ ){0,5}with (?:a|the|my) (?:razor|blade|blades|box cutter)\b`,
    notAfter: /^ (in (the|my) (kitchen|garden|yard)|from (cooking|gardening))\b/,
  }),
  pattern({
    id: 'sh-deserve-pain',
    categories: SH,
    family: 'passive',
    source: r`\bi (?:deserve|deserved) (?:to (?:hurt|suffer|bleed|feel pain|be punished|be in pain)|pain|the pain)\b`,
  }),
  pattern({
    id: 'sh-urge-frame',
    categories: SH,
    family: 'urge',
    // Wanting, needing, being close to or dwelling on self-injury: "so close to cutting right now".
    source: r`\b(?:${WANT_TO}|${WILL}|${THINK}|(?:scared|afraid|worried) i (?:am going to|will|might)|addicted to|hooked on|craving|crave|miss) ${gap(2)}${SH_ACT}(?:\b|$)`,
  }),
  pattern({
    id: 'sh-blade-ready',
    categories: SH,
    family: 'plan',
    // A blade kept, held or taken out of a sharpener or razor, ready to use.
    source: r`\b(?:keep|keeping|kept|carry|carrying|have|got|hid|hide|hiding|hidden|holding|held|took|take|taking|pulled|pull|pulling|broke|breaking|smashed) ${DETERMINED}(?:blade|blades|razor|razors|razor blades?|box cutter)\b ${gap(4)}${BLADE_READY}|\b(?:used|use|using|took|take|taking|put|ran|run|dragged) ${DETERMINED}(?:razor|blade|blades|knife|scissors|box cutter|lighter|compass|safety pin|glass|needle) (?:on|to|against|across|into) (?:my|his|her|their) (?:own )?${BODY}\b|\b(?:use|using) (?:a |the |my )?(?:razor|blade|blades|box cutter)(?: \w+)? (?:again|tonight|right now)\b|\b(?:razor|blade|blades|box cutter|knife|lighter) (?:is|are) (?:in|on) my (?:hand|hands|lap|wrist|arm|skin)\b`,
    notInSentence: /\b(shav\w*|for work|at work|warehouse|boxes|packages|crafts?|art|kitchen|cooking|beard|legs)\b/,
  }),
  pattern({
    id: 'sh-afraid-of-myself',
    categories: ['suicidal_ideation', 'self_harm'],
    family: 'urge',
    // Fear of one's own next act: "I'm scared of what I'm going to do to myself tonight".
    source: r`\b(?:scared|afraid|worried|terrified|frightened) (?:of )?what i (?:am going to|might|will|could|would|may) do to myself\b|\b(?:do not|can not) trust myself (?:alone |tonight |right now |with (?:the |my )?(?:pills|knife|razor|blades?|gun))`,
  }),
  pattern({
    id: 'sh-used-it-on-me',
    categories: SH,
    family: 'act',
    // "Broke a glass and used it on my leg."
    source: r`\b(?:used|use|using|took|take|taking) (?:it|them|that|this|a piece|the pieces|a shard) on (?:my|his|her) (?:own )?${BODY}\b`,
    requires: /\b(glass|blade|blades|razor|knife|lighter|scissors|pin|needle|broke|shard|sharpener|compass)\b/,
  }),
  pattern({
    id: 'sh-use-them',
    categories: SH,
    family: 'urge',
    // "I want to use them", said of blades, razors or a lighter.
    source: r`\b(?:want|need|going|tempted|urge|urges|itching|close) to use (?:it|them|the \w+|one)\b`,
    requires: /\b(blade|blades|razor|razors|scissors|knife|knives|lighter|box cutter|sharpener)\b/,
  }),
  pattern({
    id: 'sh-wounds',
    categories: SH,
    family: 'act',
    // Wounds that are fresh, hidden or kept open: "picking at the cuts so they don't heal".
    source: r`\b(?:my )?(?:arms?|legs?|thighs?|wrists?|forearms?|stomach|hips?|skin) (?:is|are) (?:all )?(?:a mess|cut up|scratched up|torn up|sliced up|carved up|shredded|ripped up|scarred up|bleeding|(?:covered|full) (?:in|of|with) (?:new |fresh |deep )?(?:cuts|scratches|burns|wounds|blood|slashes))(?: again)?\b(?! (?:from|because|thanks|after|since)\b)|\b(?:cutting|self harm|self harming|sh|hurting myself|burning myself) (?:is|has been|was) (?:the only (?:thing|way)|all that|my only|what) ${gap(2)}(?:helps|works|calms|keeps|makes|gets|i can (?:breathe|cope|feel|function|survive|calm down))\b|\b(?:picking|picked|pick|scratching|ripping|tearing|reopening|reopened|opening|opened) (?:at )?(?:the|my|old) (?:cuts|scabs|wounds|scars)\b ${gap(2)}(?:so (?:they|it) (?:do not|does not|will not|can not) heal|open|again|until (?:they|it) bleeds?)|\b(?:reopening|reopened|reopen|ripping open|ripped open|tearing open|tore open) (?:the |my |old )?(?:cuts|wounds|scars|stitches)\b|\b(?:opening|open|opened) (?:up )?(?:the |my |old )?cuts\b|\b(?:cut|cuts|cutting|sliced|slice|wound|wounds) ${gap(6, { acrossSubject: true })}(?:need|needs|needed|might need|probably needs) stitches\b|\b(?:my )?(?:cuts|burns|wounds) (?:are|get|keep getting|are getting|have been getting) (?:deeper|worse|bigger|more)\b|\b(?:cut|sliced|slit|opened) (?:\w+ ){0,4}(?:will not|would not|does not|can not) stop bleeding\b|\b(?:wear|wearing|wore) (?:long sleeves|a hoodie|hoodies|sleeves|pants|jeans|bracelets)(?: \w+){0,3} (?:to hide|so (?:no one|nobody|people do not) (?:sees?|can see|notices?|will see))\b`,
    notInSentence:
      /\b(chopping|cooking|kitchen|knife slipped|by accident|accidentally|shaving|glass|surgery|stitches out|mosquito|bug bites|eczema|rash|hives)\b/,
    needs: 'self_reference',
  }),
  pattern({
    id: 'sh-done-to-self',
    categories: SH,
    family: 'act',
    // Someone else's injuries, self-inflicted: "burns on her arms, she did them herself".
    source: r`\b(?:cuts|burns|scratches|marks|scars|bruises|wounds) (?:all )?(?:on|up and down) (?:her|his|their|my) ${BODY}\b`,
    requires:
      /\b(herself|himself|themselves|themself|on purpose|did (it|them|this|that) to (her|him|them)self|self inflicted)\b/,
  }),
  pattern({
    id: 'sh-bleeding-will-not-stop',
    categories: SH,
    family: 'act',
    acrossClauses: true,
    // "The bathroom is covered in blood and it won't stop."
    source: r`\b(?:bleeding|blood)\b ${gap(6, { acrossSubject: true })}(?:will not|would not|does not|can not get it to|is not going to) stop\b|\b(?:can not|could not|unable to) (?:get (?:it|the bleeding|the blood) to )?stop (?:the |all the )?(?:bleeding|blood)\b|\b(?:towels?|sheets?|bandages?|gauze|shirt|sleeves?) (?:is |are |was |were |already )?(?:soaked|soaking|drenched) (?:through|in blood|with blood)?`,
    requires:
      /\b(cut|cuts|cutting|blade|razor|knife|arms?|wrists?|thighs?|legs?|bathroom|towel|sh|self harm|stitches)\b/,
    notInSentence: /\b(nose|nosebleed|period|gums|tooth|dentist|surgery)\b/,
  }),
  pattern({
    id: 'sh-did-it-again',
    categories: SH,
    family: 'act',
    // "Did it again. The cutting. Sorry."
    source: r`\b(?:i )?did it again\b`,
    requires: /\b(cutting|cut|cuts|sh|self harm|self harming|blade|razor|burning myself|hurting myself)\b/,
  }),
  pattern({
    id: 'sh-injure-to-feel',
    categories: SH,
    family: 'act',
    // Injury meant to hurt: "punched the wall until my knuckles split, I wanted it to hurt".
    source: r`\b(?:punched|punch|punching|hit|hitting|banged|bang|slammed|slam|kicked|burned|burnt|scratched|bit|cut) (?:\w+ ){0,5}(?:until|till) (?:my \w+|it|they|i) (?:split|broke|bled|bleed|bruised|swelled|blistered|cracked)\b|\bwanted (?:it|myself|me) to (?:hurt|bleed)\b`,
    requires:
      /\b(punch\w*|hit|hitting|bang\w*|slam\w*|kick\w*|burn\w*|scratch\w*|bit|bite|cut\w*|razor|blade|lighter|on purpose|wall|door|(felt|feels|feel) (good|better|right|amazing|nice|calm|real)|deserved? it|helps?|helped)\b/,
  }),
];
