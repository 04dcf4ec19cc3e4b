import { ORDINARY_ABSENCE } from './crisis-lexicon';
import { gap, pattern, type CrisisPattern } from './crisis-pattern';

/**
 * Passive ideation and the warning signs clinicians screen for when nobody says
 * "suicide": hoping not to wake up, indifference to dying, death as relief, being a
 * burden, feeling trapped, no reason to live, tired of living. All 'passive': they
 * call for a check-in, not an emergency response.
 */
const r = String.raw;
const SI = 'suicidal_ideation';

/** Ways of saying "if I were dead", after "if I" or "care if I". */
const I_DIED = r`(?:just |simply |suddenly |quietly )?(?:die|died|was dead|were dead|did not wake up|do not wake up|never woke up|never wake up|got hit by (?:a|the) \w+|get hit by (?:a|the) \w+|was gone|were gone|disappeared|vanished|just vanished|just disappeared|stopped existing|just stopped existing|was just gone|stopped existing|overdosed|passed away|got killed|did not make it|do not make it|was never born|were never born|was not here|were not here|was not around|were not around|killed myself)`;

export const SUICIDE_SIGN_PATTERNS: readonly CrisisPattern[] = [
  pattern({
    id: 'si-hope-for-an-accident',
    categories: SI,
    family: 'passive',
    // Death hoped for from outside, without a verb of dying: "hope the bus doesn't stop", "praying for a car crash".
    source: r`\b(?:hope|hoping|pray|praying|wish|wishing) (?:that )?(?:a|the|some) (?:\w+ )?(?:bus|car|truck|train|plane|drunk driver|semi) (?:does not stop|will not stop|would not stop|hits me|would hit me|will hit me|runs me over|would run me over|takes me out|crashes|goes down|would crash|would go down)\b|\b(?:hope|hoping|pray|praying|wish|wishing) for (?:a|an) (?:fatal )?(?:car crash|car accident|crash|accident|heart attack|aneurysm|stroke|plane crash|bullet|meteor)\b|\b(?:hope|hoping|pray|praying|wish|wishing) (?:that )?something (?:bad )?(?:happens|will happen|would happen) to me\b|\b(?:would not|do not|would never|will not) mind if (?:the|my|a) (?:plane|car|bus|train) (?:went down|goes down|crashed|crashes|hit me)\b|\bif i (?:got|get|had|have|ever got) (?:cancer|a tumou?r|sick|a terminal \w+|something terminal) i (?:would not|will not|would never|would refuse to) (?:get treated|get treatment|fight it|treat it|see a doctor|go to the doctor)\b|\bif (?:a|the) (?:bus|car|truck|train) (?:hit|hits|killed|ran over) me i (?:would|will) (?:say thank you|be grateful|be relieved|be happy|welcome it|not mind|be thankful)\b|\b(?:would not|will not|would never|wouldnt) fight it if (?:something|anything) (?:happened|happens|bad happened)\b`,
  }),
  pattern({
    id: 'si-would-anyone-notice',
    categories: SI,
    family: 'passive',
    // Asking whether one's absence would register: "if I disappeared tomorrow would anyone even look".
    source: r`\bif i ${I_DIED}\b ${gap(3, { acrossSubject: true })}(?:would|will|does|do) (?:anyone|anybody|people|they|my \w+) (?:even )?(?:care|notice|look|miss me|come looking|realize)\b|\b(?:would|will|does) (?:anyone|anybody|it) (?:even )?(?:care|matter|notice) if i (?:took|take|swallowed|used|did) too (?:many|much)\b|\b(?:would be|am|would|i am) (?:totally |completely |honestly )?(?:okay|ok|fine|alright|at peace) with (?:not waking up|never waking up|dying|not being here|it all ending|not existing)\b`,
  }),
  pattern({
    id: 'si-want-it-over',
    categories: SI,
    family: 'passive',
    // Wanting it all to stop, and not knowing why one is alive: "i just want it to end", "idk why im still alive".
    source: r`\b(?:want|need|wish) (?:it all|everything|it|all of it|this life|my life|life) to (?:end|stop|be over)\b(?= ?(?:$|forever|for good|now|already|for real))|\b(?:do not know|not sure|wonder|wondering) why i am (?:still|even) (?:alive|here|breathing|around)\b|\b(?:dark|suicidal|death) thoughts? (?:again|are back|all day|today|tonight)\b|\bthe dark thoughts\b|\b(?:i )?would welcome death\b|\b(?:do not|no longer) care if i live or die\b|\bi want out\b(?= ?(?:$|of (?:this life|life|here)))|^(?:just |so )?want out(?: of (?:this life|life|here|everything|it all))?$`,
  }),
  pattern({
    id: 'si-only-still-here',
    categories: SI,
    family: 'passive',
    // Alive only for someone else: "I'm only still here because of my mom".
    source: r`\b(?:i am )?only (?:still )?(?:here|alive|around|breathing) (?:because of|for) (?:my|the|her|him|them)\b`,
  }),
  pattern({
    id: 'si-despair-fragments',
    categories: SI,
    family: 'passive',
    acrossClauses: true,
    // Words of despair in fragments, with no subject and no verb: "depressed. numb. done".
    source: r`\b(?:done|worthless|burden|hopeless|finished|empty|numb|dead inside)\b`,
    needs: 'despair_fragments',
  }),
  pattern({
    id: 'si-hope-to-die',
    categories: SI,
    family: 'passive',
    // Hoping or praying for death to arrive by itself: "I pray God takes me in my sleep".
    source: r`\b(?:hope|hoping|hoped|pray|praying|prayed|wish|wishing) (?:that )?${gap(3)}(?:i (?:die|died|do not wake up|will not wake up|would not wake up|never wake up|get hit|got hit|crash|get cancer|drop dead|stop breathing|get killed|would die|will die|could die|just die|just do not wake up|get in(?:to)? (?:a |an )?(?:car |fatal )?(?:accident|crash|wreck)|do not come (?:back )?up|never come (?:back )?up|do not come back|never come back)|(?:god|he|death|someone|something|a car|a bus|a truck|a train|the plane|the cancer|it) (?:just )?(?:takes|take|would take|will take|kills|kill|would kill|hits|hit|would hit) me|(?:this|it)(?: \w+)? is (?:an aneurysm|cancer|a heart attack|a stroke|something fatal|terminal|fatal)|(?:the|my) (?:plane|car|bus) (?:crashes|goes down)|(?:my life|it all|everything) (?:ends|would end|will end|is over|would be over))\b`,
    notAfter:
      /^ ((of|from) old age|surrounded|peacefully (at|surrounded)|before (him|her|them|my (wife|husband|partner))|early|late|at|before|in time|on time|hungover|with a hangover|(in|at) (the|this) (game|match|level))\b/,
  }),
  pattern({
    id: 'si-indifferent-to-dying',
    categories: SI,
    family: 'passive',
    // Not minding death, or imagining relief at it: "if I died in my sleep tonight I'd be relieved".
    source: r`\b(?:would not|do not|does not|will not|would) (?:care|mind|be (?:sad|upset|bothered|sorry))(?: at all| much| anymore)? (?:if|when) i ${I_DIED}\b|\b(?:if|when) i ${I_DIED} ${gap(5)}(?:(?:i|it|that) (?:would|will) (?:be|feel|honestly be) )?(?:relieved|a relief|okay with it|ok with it|fine with it|at peace|a blessing|for the best|grateful|good(?! (?:life|run|time|person|thing happened))|fine by me|not the worst thing)\b|\b(?:if|when) (?:a|the|some) (?:\w+ )?(?:truck|car|bus|train|plane|drunk driver|semi|bullet|meteor|lightning) (?:hit|hits|ran over|runs over|killed|kills|took out|takes out|crashed|crashes|went down|goes down) (?:me )?${gap(5)}(?:(?:i|it|that) (?:would|will) (?:be|feel|honestly be) )?(?:relieved|a relief|okay with it|ok with it|fine with it|at peace|a blessing|grateful|thankful|glad|happy)\b|\b(?:if|when) something (?:happened|happens|were to happen|bad happened|bad happens) to me ${gap(3)}(?:i would not|i will not|i do not|i would|would not|not) (?:even )?(?:try to )?(?:stop|fight|prevent|resist|mind|care)\b`,
  }),
  pattern({
    id: 'si-death-appeal',
    categories: SI,
    family: 'passive',
    // Death as relief, peace or the answer: "dying would be such a relief", "how nice it would be to not exist".
    source: r`\b(?:my )?(?:death|dying|being dead|not existing|not being here|not waking up|suicide|ending it|ending my life|killing myself|the thought of (?:dying|death|suicide|ending it|ending my life|killing myself|not waking up|being dead)) (?:would be|will be|is|sounds|seems|feels|looks|is looking|is sounding|is starting to (?:look|sound|feel)|starts to (?:look|sound|feel)|keeps (?:looking|sounding)|has been looking|brings me|gives me) (?:like )?(?:such |so |a |an |the |kind of |pretty |more and more |almost |just |real |very |super |kinda |quite |more |mighty )*(?:relief|peaceful|peace|freedom|easier|easy|better|nice|good|great|the answer|the only (?:way|option|answer|way out|choice)|my only (?:way|option|way out|choice)|the best (?:option|choice)|the way out|a way out|appealing|tempting|comforting|comfort|calming|inviting|welcome|a release|release|an escape|escape|the solution|a solution|a mercy|a gift|a blessing|rest|sweet|beautiful|attractive|my best option|the only thing)\b|\b(?:how|it would be|it will be|would be|it is) (?:so |really |kind of )?(?:nice|good|easy|peaceful|great|simple|lovely|much easier|easier|a relief|better) (?:it would be )?to (?:just )?(?:die|not exist|not wake up|be dead|disappear|end it|not be here|stop existing|fall asleep and (?:not|never) wake up|sleep forever|stop breathing)\b|\blooking forward to (?:dying|death|being dead|not being here|not waking up|my death|the day i die)\b|\b(?:not|no longer) (?:scared|afraid) of (?:dying|death)(?: anymore)?\b(?= ?(?:$|i am (?:ready|looking forward)|i want))`,
    notBefore:
      /\b(his|her|their|your|our|its|a|the|whose|grandmas|grandpas|moms|dads|mums|brothers|sisters|friends|dogs|cats|pets|fathers|mothers|characters)\s*$/,
  }),
  pattern({
    id: 'si-better-off',
    categories: SI,
    family: 'passive',
    // Others' lives imagined without oneself: "they'd be happier without me around".
    source: r`\bbetter off (?:dead|gone)\b|\b(?:better off|happier|easier|relieved|better|lighter|freer|fine|okay|go on|keep going|move on) ${gap(2)}(?:without me(?: (?:in it|around|here|there|in (?:their|the|your) (?:lives|life|way)))?|with me gone|with me dead|with me out of the (?:picture|way)|if i (?:was|were|am) (?:gone|dead|not here|not around|out of the (?:picture|way))|when i am gone|once i am gone|after i am gone)\b|\b(?:better|easier|happier|simpler) (?:for (?:everyone|everybody|them|my family|my kids|all of you) )?if i (?:just )?(?:died|was dead|were dead|was gone|were gone|was not here|were not here|was not around|disappeared|vanished|did not exist|never existed|killed myself|was never born|went under|did not come (?:back|up)|never came (?:back|up)|did not wake up|never woke up|stopped breathing)\b|\bbetter off if i (?:was|were|died|did not exist|was never born|were never born|killed myself|disappeared)\b|\b(?:would be|are|would do) better (?:off )?with (?:a different|another|a new|a better) (?:mom|dad|mother|father|parent|wife|husband|partner|daughter|son|sister|brother|friend)\b|\bworld (?:would be|is|will be) better (?:off )?without me\b`,
    // Absence for a while is not absence for good: "the group will be fine without me this week".
    notAfter:
      /^ (for (a|the|one|two|\w+) (day|days|week|weeks|weekend|while|bit|month|hour|shift|meeting|night|session)|while i am (away|gone|on|out)|at|during|on (vacation|holiday)|(this|next) (week|weekend|time)|today|tonight)\b/,
  }),
  pattern({
    id: 'si-burden',
    categories: SI,
    family: 'passive',
    // Perceived burdensomeness, a core risk factor: "I'm just a burden to everyone".
    source: r`\b(?:a|such a|just a|nothing but a|the|huge|big) burden (?:to|on|for) (?:everyone|everybody|all|my family|my kids|my children|my parents|my wife|my husband|my partner|them|people|others|the world|you all|you guys|all of you|everyone around me|everybody around me|my friends|anyone|everyone i love)\b|\bburden\b ${gap(8, { acrossSubject: true })}(?:stop(?:ped)? being one|better off|happier|easier|without me|relieve|free (?:them|everyone)|not have to|much longer|out of (?:the|their) (?:picture|way|lives))\b|\bdo(?:ing)? (?:everyone|everybody|them|the world|my family|you all|all of you|my kids) a favou?r (?:by|if i)\b|\b(?:will not|am not going to) be (?:a problem|a burden|your problem|anyones problem|in (?:your|their|anyones) way)(?: (?:for|to) (?:anyone|anybody|you|them|everyone|you all))?\b(?= ?(?:$|much longer|anymore|any more|soon|for long|after tonight|for much longer))|\b(?:will not|would not|do not|never) have to (?:deal with|worry about|put up with|take care of|look after|hear from|carry) me (?:much longer|anymore|any more|for (?:much|very) long|soon|after (?:tonight|today|this))\b`,
  }),
  pattern({
    id: 'si-no-one-would-care',
    categories: SI,
    family: 'passive',
    source: r`\b(?:no one|nobody|not one person|none of you|would anyone|would anybody|does anyone|will anyone) (?:would |will |is going to |even )*(?:care|notice|miss me|cry|be sad|come to my funeral) (?:if|when) i (?:die|died|was gone|were gone|am gone|disappeared|disappear|killed myself|overdosed|did not wake up|was dead|left for good)\b|\b(?:do not|does not|would not) care if i (?:live|wake up)\b|\b(?:the world|everyone|everybody|my family) (?:does not|do not|would not|will not) (?:need|miss) me\b|\b(?:no one|nobody) (?:would|will) (?:even )?miss me\b`,
    notAfter: /^ (at|in|during|on|for(?! (good|ever|real))|when i (am|go)|if i (skip|leave|miss|do not (go|come)))\b/,
  }),
  pattern({
    id: 'si-no-reason-to-live',
    categories: SI,
    family: 'passive',
    source: r`\b(?:no|not (?:a|any|one)|any|zero|lost (?:my|the|all)|losing (?:my|the)|without (?:a|any)|what is (?:the|my)|(?:can not|do not|does not|could not|never) (?:find|see|have) (?:a|any|the)) (?:good |single |real )?(?:reason|point|purpose|will|desire|motivation|wish) (?:for me )?(?:to|in|for|of) (?:be |being |stay |staying |keep |keeping |go |going |carry |carrying |continue |continuing |me )?(?:alive|living|live|here|on|going|existing|exist|life|my life|breathing|wake up|waking up|trying anymore|even trying|any of (?:this|it)|me (?:being )?(?:here|alive)|around|me|my existence)\b(?! (?:to|with|there|back|through|out|at|in the|in this|for the)\b)|\b(?:nothing|no one|nobody|nothing left|not much|no reason|not a thing) (?:left )?to live for\b|^(?:there is )?no point (?:anymore|any more|in anything|to anything|in any of (?:it|this))$`,
  }),
  pattern({
    id: 'si-life-not-worth',
    categories: SI,
    family: 'passive',
    source: r`\b(?:life|living|my life|this life|being alive) (?:is|feels|seems|is just) (?:not|no longer|never going to be) worth (?:living|it)\b|\bno more (?:waking up|mornings|tomorrows)\b|\bnot worth living\b|\b(?:my life|this life|life) (?:is|feels|seems) (?:so )?(?:pointless|meaningless|hopeless|not worth it)\b|\b(?:i am|am) not worth (?:saving|keeping alive|the air i breathe|the oxygen)\b`,
  }),
  pattern({
    id: 'si-tired-of-living',
    categories: SI,
    family: 'passive',
    // Weariness of life itself, not of a task: "so tired of being alive", "done fighting".
    source: r`\b(?:tired|sick|exhausted|done|weary|worn out) (?:of|with) (?:being a disappointment|being alive|living|existing|life|my life|this life|being here|waking up|everything|it all|all of (?:it|this)|fighting|being me|breathing|this world|the world|surviving)\b(?! (?:being|revolving|going|looking|like|as|around|in|with|at|controlled|run|to|for|so|because|when|on|that|i|people)\b)|\b(?:done|finished|through) (?:fighting|trying|living|existing)\b(?= ?(?:$|anymore|any more|for good|now))|\bdone being (?:alive|here|me|a burden)\b|\b(?:give|giving|gave) up on (?:life|living)\b`,
  }),
  pattern({
    id: 'si-trapped',
    categories: SI,
    family: 'passive',
    // Entrapment with no exit: "there's only one way out of this". Not "the only way out is through".
    source: r`\b(?:no future (?:for me|left|ahead of me)|(?:can not|do not) see (?:a|any) (?:way forward|way out|future)|only (?:one )?way out|no (?:other )?way out|no escape|only (?:one )?(?:option|choice|answer|solution) left)(?: (?:of|from) (?:this|it|here|this (?:life|pain|hell|mess|world)))?(?= ?(?:$|anymore|any more|left|for me|now|tonight|is (?:death|dying|suicide|to (?:die|end it|kill myself))))`,
    needs: 'self_reference',
  }),
  pattern({
    id: 'si-no-promises',
    categories: SI,
    family: 'passive',
    acrossClauses: true,
    // Declining to promise survival, or not expecting to be there for one's own milestones.
    source: r`\b(?:can not|could not|will not|do not want to) promise (?:i will|that i will|to|you i will) (?:be here|be around|stay|be alive|be safe|make it|still be here|be okay)\b|\b(?:not going to|will not) make it to (?:my|the) (?:\w+ )?(?:court date|birthday|graduation|appointment|wedding|hearing|trial|next \w+)\b(?=.*\b(?:decided|made up my mind|mind is made up|it is time|i am ready|goodbye)\b)|\bnot (?:planning on|planning to|expecting to|going to) (?:be |being )?(?:around|here|alive) (?:for|by|on|at|until|to see) (?:my (?:birthday|graduation|\w+s (?:birthday|graduation|wedding))|christmas|next (?:year|month|week)|new year|the holidays|the end of)\b`,
    unless: ORDINARY_ABSENCE,
  }),
  pattern({
    id: 'si-reasons-for-living',
    categories: SI,
    family: 'passive',
    // A single thread holding someone here implies the rest is gone: "my cat is the only reason I'm still alive".
    source: r`\bonly (?:thing|reason|one|person|people) (?:stopping|keeping|holding) me (?:from (?:doing it|it|ending it)|here|alive|back)\b|\bonly reason i am (?:still )?(?:alive|here|around|breathing)\b|\b(?:is|are) (?:the only (?:thing|reason|ones?)|all that is) (?:keeping|holding) me (?:alive|here)\b`,
  }),
  pattern({
    id: 'si-no-future',
    categories: SI,
    family: 'passive',
    source: r`\b(?:can not|could not|do not) (?:see|imagine|picture) myself (?:being (?:alive|here|around) |living |making it |surviving |(?:here|around|alive) )(?:(?:to|until|till|past|through|by) (?:next|the end|christmas|new year|my birthday|\w+day|tomorrow|the weekend|morning|\d+)|next (?:year|month|week)|much longer|another (?:year|day|week|month)|for (?:much|very) long)\b|\b(?:will not|do not think i will|not going to|might not|not sure (?:if |whether )?i will|do not know if i will|doubt i will|not sure i can) make it (?:through the night|through tonight|until morning|till morning|to morning|through the weekend)\b|\b(?:walk|swim|drive|go|wander) (?:\w+ ){0,4}and (?:not|never) (?:come back|return|wake up)\b`,
    notAfter: /^ (until|till|before|early|at|for|on time|in time)\b/,
  }),
  pattern({
    id: 'si-fine-if-i-died',
    categories: SI,
    family: 'passive',
    acrossClauses: true,
    // Indifference across a comma: "if I don't wake up tomorrow, that's fine by me".
    source: r`\b(?:if|when) i ${I_DIED}\b(?: [a-z0-9]+){0,5}(?: ,)? (?:then )?(?:that is|it is|that would be|it would be|i would be|i am|i will be|honestly|that is honestly) (?:totally |completely |honestly |really )?(?:fine|ok|okay|alright|cool|a relief|a blessing|for the best)(?: (?:by|with) me)?\b`,
  }),
  pattern({
    id: 'si-others-after-me',
    categories: SI,
    family: 'passive',
    // Imagining how others would take one's death: "everyone would get over it eventually if I killed myself".
    source: r`\b(?:everyone|everybody|nobody|no one|they|my (?:family|kids|parents|mom|dad|friends|wife|husband|partner)|people|the world) (?:would|will) ${gap(3)}(?:get over it|move on|be fine|be okay|be better|be happier|be relieved|forget (?:me|about me)|notice|care|miss me|cry|be sad|barely notice|survive|look for me|come looking|realize|find me)\b ${gap(3)}(?:if|when|once|after) i ${I_DIED}\b|\b(?:if|when|once|after) i ${I_DIED}\b ${gap(4)}(?:everyone|everybody|nobody|no one|they|my (?:family|kids|parents|mom|dad|friends|wife|husband|partner)|people|the world) (?:would|will) ${gap(2)}(?:get over it|move on|be fine|be okay|be better|be happier|be relieved|forget (?:me|about me)|barely notice|not (?:even )?notice|not care|survive|look for me|not (?:even )?look for me|come looking|not (?:even )?realize|find me)\b`,
  }),
  pattern({
    id: 'si-if-i-was-gone',
    categories: SI,
    family: 'passive',
    // Imagining others' lives without oneself ("relieved if I was gone") is a recognised ideation marker.
    source: r`\b(?:if|when|once|after) i (?:was|were|am|die|died|am not|was not|were not|wasnt) (?:gone|dead|not around|not here|no longer (?:here|around)|around|here)\b|\b(?:who|anyone|anybody|nobody|no one|people|how many people|if anyone|whether anyone) (?:would|will) (?:even )?(?:come to|show up (?:to|at)|go to|cry at|be at|attend) my funeral\b|\b(?:picturing|imagining|planning|thinking about|dreaming about|pictured|imagined) my (?:own )?(?:funeral|death|obituary|grave)\b|\b(?:no way out|done trying)\b(?= ?(?:$|anymore|any more|of (?:this|it|life)))`,
    notAfter:
      /^ (for (a|the|one|two|three|like a|a few) \w+|on (vacation|holiday|a trip)|at (work|school|the)|to (work|school|the))\b/,
    needs: 'self_reference',
  }),
];
