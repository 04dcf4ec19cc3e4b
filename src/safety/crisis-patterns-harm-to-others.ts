import { DETERMINED, gap, pattern, type CrisisPattern } from './crisis-pattern';
import { PERSON_NOUN } from './crisis-lexicon';

const r = String.raw;
const HO = 'harm_to_others';

const VIOLENCE = r`(?:kill|killing|murder|murdering|stab|stabbing|shoot|shooting|strangle|strangling|choke|choking|hurt|hurting|harm|harming|beat up|beating up|beat the (?:shit|crap|hell|life) out of|run over|attack|attacking|poison|poisoning|punch|punching|bash|bashing|slit the throat of|burn down the house of|torture|torturing|smother|smothering|drown|drowning|shank|shanking|knife|maim|cripple|slaughter|gut|pistol whip|curb stomp|pop|cap|merk|merc|blast)`;
const VICTIM = r`(?:him|her|them|you|you all|yall|someone|somebody|anyone|anybody|everyone|everybody|people|all of (?:them|you)|them all|(?:every(?:one|body)|people|all the \w+) (?:in|at) (?:my|the|this|that) \w+(?: \w+)?|(?:my|his|her|their|that|this|the|those|these|your|our) (?:\w+ )?${PERSON_NOUN})`;

// Injuries done to a person, with the person inside: "break his neck", "put him in the hospital".
const VIOLENT_ACT = r`(?:beat|beating|end|ending|wreck|wrecking|jump|jumping) (?:him|her|them|(?:my|that|this|his|her) (?:\w+ )?${PERSON_NOUN})(?! (?:class|group|cohort|family|people|average|record|score|odds)\b)|(?:break|snap|crack|smash|bash|cave) (?:his|her|their|\w+s) (?:neck|jaw|legs?|arms?|face|skull|nose|ribs|knees|head)(?: in)?|(?:put|send|land) ${VICTIM} (?:in|into|to) (?:the )?(?:hospital|ground|grave|dirt|morgue|icu|er|a wheelchair|a body bag|a coma)|(?:hit|run over|ram|mow down) ${VICTIM} (?:with|in) (?:my|the|a|his|her) (?:car|truck|van|bat|baseball bat|hammer|crowbar)|(?:burn|torch|set fire to) (?:down )?(?:his|her|their|\w+s) (?:house|place|apartment|car|trailer)(?: down)?|set (?:his|her|their|\w+s) (?:house|place|apartment|flat|car|truck|trailer) (?:on fire|alight|ablaze)|(?:take|end|ending|taking) (?:(?:my|his|her|their|that|the) )?(?!my\b|own\b)\w+s life|(?:slit|slice|cut) (?:his|her|their|\w+s) (?:throat|wrists)|put (?:a|one|two|some) (?:bullet|bullets|round|rounds) (?:in|into|through) (?:his|her|their|\w+s) (?:head|brain|skull|chest|face|back)|(?:burn|torch|set fire to) (?:down )?(?:the|his|her|their|\w+s) (?:house|place|apartment|car|trailer)(?: down)? with (?:him|her|them|my \w+|\w+) (?:\w+ )?(?:in it|inside)|(?:set|setting|burning|torching) (?:the|his|her|their|\w+s) (?:house|place|apartment|car|trailer) (?:on fire|ablaze|alight)? ?with (?:him|her|them|my \w+|\w+) (?:\w+ )?(?:in it|inside)|poison (?:(?:my|that|the) )?(?:his|her|their|\w+s) (?:food|drink|coffee|meal|water|dinner|tea|beer)`;

const WEAPON = r`(?:gun|guns|pistol|rifle|shotgun|knife|knives|machete|bat|baseball bat|crowbar|hammer|weapon|axe|ar|glock)`;
const THEIR_PLACE = r`(?:his|her|their|my \w+s|that \w+s|the \w+s|\w+s) (?:house|place|apartment|work|job|school|car|door|room|office|building)`;

// "Shoot him a text", "kill them with kindness", "hurt her feelings", "beat you at chess".
const NOT_VIOLENCE = new RegExp(
  r`^ ?(s )?(feelings|feeling|chances|pride|ego|reputation|credit|up\b|back\b|out with\b|by\b|over\b(?! and over)|the question|one\b|a (text|message|email|dm|pm|note|link|line|msg|call|pic|photo|picture|look|smile|glance)|an (email|invite|update)|with (kindness|love|questions|compliments|this (news|story|joke))|in (a |the )?(game|match|round|fortnite|chess|cards|arm wrestling|an argument|a debate)|at (chess|cards|pool|the game|ping pong|mario kart|uno|monopoly|scrabble|checkers|darts|basketball|tennis))`,
);

export const HARM_TO_OTHERS_PATTERNS: readonly CrisisPattern[] = [
  pattern({
    id: 'ho-violence',
    categories: HO,
    family: 'intent',
    source: r`\b${VIOLENCE} ${VICTIM}\b|\b(?:${VIOLENT_ACT})\b|\b(?:make|see|watch) ${VICTIM} (?:bleed|suffer|hurt|die|beg|scream)\b|\b(?:push|pushing|shove|shoving|throw|throwing) ${VICTIM} (?:in front of|off|down the stairs|into traffic|over the)\b|\bsmash (?:his|her|their|your) (?:face|head|skull) in\b|\b(?:use|used|using) (?:it|the gun|a gun|my gun|the knife|a knife|my knife|this) on ${VICTIM}\b`,
    notAfter: NOT_VIOLENCE,
    // Harm that is emotional, legal or financial is not violence.
    notInSentence: /\b(emotionally|mentally|financially|legally|in court|feelings)\b/,
    // "I need to stop hurting the people I love" is remorse, not intent.
    notBefore: /\b(stop|stopped|quit|avoid|never|without|done)\s*$/,
    needs: 'intent_subject',
  }),
  pattern({
    id: 'ho-want-dead',
    categories: HO,
    family: 'intent',
    source: r`\b(?:want|wanted|wants|need|wish|wished) ${VICTIM} dead\b|\b(?:wish|wished|wishing|hope) (?:that )?(?:he|she|they|(?:my|that) ${PERSON_NOUN}) (?:was|were|would|will) (?:just )?(?:be )?(?:dead|die|drop dead)\b|\b(?:beat|beating|stab|stabbing|choke|choking|kick|kicking|strangle|strangling) ${VICTIM} to death\b`,
    notAfter: /^ (lol|haha)/,
  }),
  pattern({
    id: 'ho-know-where-they-live',
    categories: HO,
    family: 'plan',
    // A weapon and a location named together is a plan, even without a verb of violence.
    source: r`\b(?:i know|i found out|i found) where (?:he|she|they|that \w+|my \w+) (?:lives|live|works|work|sleeps|stays)\b`,
    needs: 'weapon_context',
  }),
  pattern({
    id: 'ho-run-over',
    categories: HO,
    family: 'intent',
    source: r`\b(?:run|running) (?:him|her|them|that \w+|my \w+) over\b`,
    needs: 'intent_subject',
  }),
  pattern({
    id: 'ho-homicidal',
    categories: HO,
    family: 'intent',
    source: r`\bhomicidal\b`,
    needs: 'self_reference',
  }),
  pattern({
    id: 'ho-weapon-to-place',
    categories: HO,
    family: 'plan',
    source: r`\b(?:bring|bringing|take|taking|brought) (?:a |my |the |my \w+s |his |her )?(?:gun|guns|knife|weapon|weapons|bomb|rifle|pistol) (?:to|into) (?:school|work|group|class|church|the (?:office|meeting|clinic|school|building|party|group|program)|my (?:work|job|school|office|class|group))\b|\b(?:shoot|shooting) up (?:the |my |a |this )?(?:old |new |former )?(?:school|office|work|place|building|clinic|group|party|mall|church|meeting)\b|\b(?:bomb|blow up) (?:the |my |this )?(?:school|office|building|clinic|place)\b|\b(?:bought|got|getting|buying|have) (?:a |my )?(?:gun|knife|weapon) (?:to|for) (?:deal with|handle|take care of|settle things with|use on|go after) ${VICTIM}\b`,
  }),
  pattern({
    id: 'ho-threatened',
    categories: HO,
    family: 'threat',
    // Someone threatening the member is a danger staff must act on, whoever is speaking; a pet or a thing is not the member.
    source: r`\b(?:threatened|threatening|threatens|threaten) to (?:kill|hurt|shoot|stab|strangle|murder|beat|burn|harm|come after|finish) (?:me|us|my (?!(?:dog|dogs|cat|cats|pet|pets|car|tv|phone|laptop|plants?|fish|bird|hamster)\b)\w+|him|her|them|you|the \w+|it|the job)\b|\b(?:said|says|told me|texted|keeps saying|swore) (?:that )?(?:he|she|they) (?:is|are|will|would|was)? ?(?:going to |gonna )?(?:come (?:and |over and |back and )?)?(?:kill|hurt|shoot|stab|murder|come after|find and kill|finish) (?:me|us|my (?!(?:dog|dogs|cat|cats|pet|pets|car|tv|phone|laptop|plants?|fish|bird|hamster)\b)\w+|it|the job|me off)\b|\b(?:he|she|they|my (?!(?:dog|dogs|cat|cats|pet|pets|car|tv|phone|laptop|plants?|fish|bird|hamster)\b)\w+) (?:choked|strangled|suffocated) me\b`,
  }),
  pattern({
    id: 'ho-armed-approach',
    categories: HO,
    family: 'plan',
    // A weapon taken to where someone is: "taking my dad's gun to my ex's house", "outside his place with a knife".
    source: r`\b(?:taking|bringing|take|bring|took|brought|carrying|carry|grabbed|grab|grabbing|got|get|getting|with|have|has|had) ${DETERMINED}${WEAPON}\b ${gap(3)}(?:to|over to|into|at|outside|by|in front of) ${THEIR_PLACE}\b|\b(?:outside|at|by|near|in front of|waiting (?:for (?:him|her|them) )?(?:outside|at|by)) ${THEIR_PLACE} ${gap(3)}with ${DETERMINED}${WEAPON}\b|\b(?:go|going|come|coming|head|heading|drive|driving|walk|walking|show up|showing up) (?:over )?(?:there|over there|to ${THEIR_PLACE}) ${gap(2)}with ${DETERMINED}${WEAPON}\b|\b(?:took|grabbed|got|have|bringing|taking|brought) ${DETERMINED}${WEAPON}\b ${gap(4, { acrossSubject: true })}(?:driving|going|heading|walking|on my way) (?:to|over to) ${THEIR_PLACE}\b`,
    notAfter:
      / (to|for) (cut|cook|carve|chop|slice|help|fix|build|play|practice|hunt|the range|cricket|baseball)\b|^ and (ball|glove)/,
  }),
  pattern({
    id: 'ho-hit-list',
    categories: HO,
    family: 'plan',
    // A list of people with retribution promised: "i have a list of names. they will learn".
    source: r`\b(?:have|made|make|making|keep|keeping|wrote|writing|started) (?:a|my|the) (?:hit |kill |death )?list (?:of (?:names|people|targets|everyone))?\b|\b(?:hit|kill|death) list\b`,
    requires:
      /\b(will (learn|pay|regret|see|be sorry|get)|what happens when|get what|deserve|payback|revenge|make them|they will|kill|hurt|shoot|gun)\b/,
    unless: /\b(grocery|shopping|to do|todo|reading|gift|guest|wish|bucket|playlist|packing|santa|christmas|chores?)\b/,
  }),
  pattern({
    id: 'ho-push',
    categories: HO,
    family: 'intent',
    // Pushing someone to their death: "urges to push people onto the tracks".
    source: r`\bpush(?:ing)? (?:someone|somebody|people|him|her|them|strangers|my \w+|that \w+) (?:onto|into|in front of|off) (?:the |a )?(?:tracks|train|traffic|oncoming traffic|road|stairs|cliff|balcony|bridge|roof|platform)\b`,
    needs: 'intent_subject',
  }),
  pattern({
    id: 'ho-do-it-again',
    categories: HO,
    family: 'intent',
    // Violence done and feared again: "i hit my girlfriend last night and im scared ill do it again".
    source: r`\b(?:scared|afraid|worried|terrified) (?:that )?i (?:will|would|might|am going to|could) (?:do it|do that|hit (?:her|him|them)|hurt (?:her|him|them)|snap) again\b`,
    requires: /\b(hit|hurt|choked|slapped|punched|shoved|pushed|grabbed|beat|strangled|threw)\b/,
  }),
  pattern({
    id: 'ho-they-will-be-dead',
    categories: HO,
    family: 'plan',
    // Someone's death foretold with a weapon at hand: "hes going to be dead by tonight, i have the knife".
    source: r`\b(?:he|she|they|that \w+|my \w+) (?:is|are|will be) (?:going to be |gonna be )?(?:dead|done for|in the ground|six feet under) (?:by|before|tonight|tomorrow|soon|when|after)\b`,
    needs: 'weapon_context',
  }),
  pattern({
    id: 'ho-when-he-is-done',
    categories: HO,
    family: 'plan',
    // Round 10: "when he ... he is done" ending a sentence ("i have his crowbar. when he gets back tonight hes done").
    // Round 10 review: a weapon merely named is not enough ("once he bowls his last over he is done. retiring his bat");
    // the writer must hold it: "i have", "i got", "in my hand".
    source: r`\b(?:when|once|after|the moment|as soon as) (?:he|she|they) (?:\w+ ){1,8}?(?:he|she|they) (?:is|are) (?:so )?(?:done|dead)(?= ?(?:[.!]|$))`,
    requires:
      /\b(i (have|ve got|have got|got|grabbed|took|bought|brought|am holding)|in my (hand|hands|bag|car|boot|trunk|pocket|jacket)) (his |her |their |my |the |a |dads |an )?(\w+ )?(gun|pistol|rifle|shotgun|knife|machete|bat|baseball bat|crowbar|hammer|axe|tire iron)\b/,
  }),
  pattern({
    id: 'ho-make-them-all-pay',
    categories: HO,
    family: 'plan',
    // Retribution on a whole group: "tomorrow im going to make the whole class pay".
    source: r`\bmake (?:the whole|all the|every(?:one|body) (?:in|at) (?:the|my)|all of) (?:class|school|office|group|family|team|department|them|you|those \w+|\w+s)? ?pay\b`,
  }),
  pattern({
    id: 'ho-violent-thoughts',
    categories: HO,
    family: 'urge',
    // "i have violent thoughts about my stepdad and they scare me".
    // Intrusive or frightening thoughts of a harm done: "intrusive thoughts about hurting my newborn again".
    // Round 10 review: the person daydreamed of ends the clause (or a time, a manner follows): beating my brother at
    // mario kart, shooting my sisters wedding are a game and a photo shoot.
    source: r`\b(?:daydream|daydreaming|daydreamed|fantasi[sz]e|fantasi[sz]ing|keep imagining) (?:about|of) (?:hurting|harming|killing|stabbing|strangling|beating up|beating|punching|shooting|attacking|choking|running over) (?:my \w+|him|her|them|people|someone|somebody)(?= ?(?:[.!,;?\n]|$| (?:again|every|all|so|until|till|when|with|and|because|to death|in (?:his|her|their) sleep)\b))|\b(?:violent|homicidal|murderous|intrusive violent) (?:thoughts|urges|fantasies|images) (?:about|of|towards|toward|against) (?:my \w+|him|her|them|people|someone|somebody|others|strangers|my)\b|\b(?:(?:intrusive|scary|dark|horrible|awful|disturbing|frightening|terrifying) (?:thoughts|urges|fantasies|images)|(?:pictures|images) in my head|(?:flashes|visions)) (?:about|of) (?:hurting|harming|killing|stabbing|strangling|smothering|suffocating|drowning|shaking|pushing|hitting|punching|beating|attacking|choking) (?:my \w+|him|her|them|people|someone|somebody|others|strangers|the baby|a stranger)\b`,
    needs: 'self_reference',
  }),
  pattern({
    id: 'ho-shake-baby',
    categories: HO,
    family: 'intent',
    // "sometimes i want to shake my baby when he wont stop crying".
    source: r`\b(?:shake|shaking|shook|throw|throwing|smother|smothering|suffocate) (?:my |the |our |her |his )?(?:baby|infant|newborn|son|daughter|kid|child|toddler)\b`,
    needs: 'intent_subject',
  }),
  pattern({
    id: 'ho-payback',
    categories: HO,
    family: 'plan',
    // Retribution promised, with a weapon in the message: "he's going to pay. I have the knife in my bag".
    source: r`\b(?:he|she|they|that \w+|my \w+|them|people|everyone) (?:is |are |will |am )?(?:going to |gonna )?(?:pay|regret (?:it|this|that|the day|what (?:he|she|they) did|everything|ever \w+ing)|not see it coming|get what is coming)\b|\b(?:he|she|they|that \w+|my \w+) (?:is |are |will )?(?:going to |gonna )?see what (?:he|she|they) did\b|\bget what is coming(?: to (?:him|her|them))?\b|\bwhat is coming to (?:him|her|them)\b|\bmake (?:him|her|them|that \w+|my \w+|everyone|everybody)(?: all)? pay\b|\btake care of (?:him|her|them|that \w+|my \w+) (?:for good|permanently|once and for all)\b|\b(?:will not|is not going to|are not going to|not going to) know what hit (?:him|her|them)\b|\b(?:he|she|they|that \w+|my \w+) (?:deserves|deserve) to (?:die|suffer|be dead|rot|bleed)\b`,
    notAfter:
      /^ (for (?!what)|the|child|rent|back|me|us|you|attention|off|up|it|a|his|her|their|bills?|money|cash|\d)\b/,
    // A second cue makes it a threat: a weapon, or stealth ("he won't see it coming").
    requires:
      /\b(gun|guns|pistol|rifle|shotgun|knife|knives|machete|bat|crowbar|weapon|loaded|ammo|bullets?|not see it coming|never see it coming|make it happen|do it myself|make sure of it|waiting for (him|her|them)|outside (his|her|their) \w+|know where (he|she|they) (lives|live|works|work|is|sleeps)|(know|found out) (his|her|their) route( home)?|know when (he|she|they) (leaves?|gets off|walks|comes home|finishes)|(driving|going|heading|walking) (there|over there|to (his|her|their) \w+) (now|tonight|right now)|on my way (there|to (his|her|their) \w+))\b/,
  }),
  pattern({
    id: 'ho-going-after',
    categories: HO,
    family: 'plan',
    // Going after someone, or declaring them dead, when a weapon is in the message or the threat is conditional.
    source: r`\b(?:go|going|come|coming|went) after (?:him|her|them|that \w+|my \w+)\b|\b(?:following|stalking|tracking|watching|followed|stalked) (?:him|her|them|that \w+|my \w+)\b(?! (?:on|online|around online))|\bwaiting (?:for|on) (?:him|her|them|that \w+|my \w+) to (?:get|come) (?:home|back|out|here)\b|\b(?:if|when|next time|once) i (?:see|find|catch|get my hands on) (?:him|her|them|you|that \w+|my \w+) ${gap(3)}(?:he|she|they|you|that \w+) (?:is|are|will be) (?:so )?dead\b|\bmake sure (?:he|she|they) (?:never|does not|do not|can not) (?:breathes?|walks?|wakes? up) again\b`,
    requires:
      /\b(gun|guns|pistol|rifle|shotgun|knife|knives|machete|bat|crowbar|weapon|loaded|dead|breathe|walk|wake|kill|hurt|stab|shoot)\b/,
  }),
  pattern({
    id: 'ho-armed-threat',
    categories: HO,
    family: 'threat',
    // Someone armed coming for the member: "my ex texted that he's coming over with a gun".
    source: r`\b(?:he|she|they|my \w+|someone|somebody) (?:is|are|was|were|says (?:he|she|they) (?:is|are)|said (?:he|she|they) (?:is|are|was|were)|texted (?:that )?(?:he|she|they) (?:is|are|was|were)) (?:coming|on (?:his|her|their) way|outside|here|at (?:my|the) (?:door|house|place)|(?:banging|pounding|knocking|kicking) (?:on|at) (?:my|the|our) (?:door|window)) (?:over |here |back )?(?:to (?:my|our|the) \w+ )?with (?:a|his|her|their|the) ${WEAPON}\b`,
  }),
  pattern({
    id: 'ho-afraid-of-what-i-would-do',
    categories: HO,
    family: 'intent',
    // Fear of one's own next act towards someone: "I'm scared of what I might do to her".
    source: r`\b(?:scared|afraid|worried|terrified|frightened) (?:of )?what i (?:am going to|might|will|could|would|may) do to (?:him|her|them|someone|somebody|my ${PERSON_NOUN}|that \w+)\b|\b(?:voices?|they|it) (?:are |is )?(?:keep |keeps )?(?:telling|tell|told|ordering|order|commanding|command) me to (?:hurt|kill|stab|harm|attack|strangle) (?:people|someone|somebody|him|her|them|everyone|my ${PERSON_NOUN})\b`,
  }),
  pattern({
    id: 'ho-could-hurt',
    categories: HO,
    family: 'intent',
    // Fear of losing control: "I could really hurt someone right now".
    source: r`\b(?:i could|i might|i am (?:scared|afraid|worried) i (?:could|might|will|am going to)) (?:really |seriously )?(?:hurt|kill|harm|seriously hurt) (?:someone|somebody|anyone|people|him|her|them|my \w+)\b(?= ?(?:$|right now|tonight|today|if|when|i swear|and i|i am))`,
  }),
  pattern({
    id: 'ho-arson',
    categories: HO,
    family: 'plan',
    // Fuel poured on someone's things: "poured gasoline around his car". A grill or a fire pit is a barbecue.
    source: r`\b(?:poured|pouring|soaked|soaking|doused|dousing|splashed|spread) (?:the )?(?:gas|gasoline|petrol|lighter fluid|kerosene) (?:on|around|all over|over) (?:his|her|their|my \w+s) (?:car|truck|van|bike|motorcycle|house|place|apartment|flat|room|door|front door|porch|garage|shed|clothes|bed|mattress|stuff|things|belongings)\b`,
    unless:
      /\b(grill|grills|charcoal|bbq|barbecue|barbeque|fire pit|firepit|bonfire|campfire|smoker|burn pile|brush pile|by accident|accidentally|spilled|spilt|filling (it |her )?up|fill (it )?up)\b/,
  }),
  pattern({
    id: 'ho-waiting-armed',
    categories: HO,
    family: 'plan',
    // Lying in wait with a weapon for someone: "his car is in the lot. im waiting w the bat". Sitting with a hammer
    // is a chore; a knife in the kitchen is for cooking only when the cooking is named.
    source: r`\b(?:(?:waiting|hiding|lying in wait) (?:for (?:him|her|them) )?|(?:wait|hide) for (?:him|her|them) )(?:outside |here |there |in the \w+ |by (?:his|her|their) \w+ |behind (?:the|his|her|their) \w+ )?(?:with|w) (?:the|a|my|his|dads|my \w+s) (?:bat|baseball bat|knife|gun|crowbar|hammer|pistol|rifle|shotgun|machete|tire iron)\b`,
    // Someone waited for by a pronoun: "for my sister to walk by" or "for them ducks" is family and game, not a target.
    requires:
      /\b(for (him|her)|(until|till|til|when|before) (he|she|they) (comes?|gets?|walks?|leaves?|shows?|pulls?|is|are|goes|opens?)|(his|her|their) (car|truck|house|place|door|shift|apartment)|(he|she|they) (will not|is not going to|are not going to|will never) (walk|breathe|wake up|get up|see) again)\b/,
    unless:
      /\b(game|practice|batting|bat next|turn|cage|cook|cooking|cooks|chop|chopping|dinner|lunch|cake|birthday|surprise|recipe|onions?|veggies|vegetables|meat|steak|carve|carving|pumpkins?|turkey|range|hunting|hunt|deer|ducks?|blind|camp|camping|team|fix|fixing|build|building|help|helping|shelf|halloween|prank|scare|jump scare)\b/,
  }),
];
