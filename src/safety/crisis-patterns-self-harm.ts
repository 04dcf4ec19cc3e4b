import { pattern, REFLEXIVE, type CrisisPattern } from './crisis-pattern';

const r = String.raw;
const SH = 'self_harm';

const BODY = r`(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body|ankles?|chest|face)`;

// Accidents and figures of speech: "burned myself on the stove", "cut myself some slack".
const ACCIDENT_OR_IDIOM = new RegExp(
  r`^ (laughing|by accident|accidentally|on (a|the|my) (stove|oven|pan|iron|knife|glass|paper|corner|door|table|edge|desk|grill|kettle)|(while|when) (cooking|shaving|chopping|running|working out|lifting|playing|cleaning|gardening|moving|fixing|climbing|skiing|hiking|baking)|shaving|cooking|chopping|baking|at (the )?(gym|work|practice|training|game)|playing|working out|lifting|running|skiing|hiking|out|up|off|some slack|slack|a break|by (going|staying|dating|texting|drinking|using|letting|being|trusting|comparing|overthinking|people pleasing|saying)|(with|for) \w+ing|emotionally|financially|over (him|her|them|this|that))\b`,
);

// Verbs that only mean self-injury when what follows is the body, "again", or nothing at all.
const CUT_OBJECT = r`(?= ?(?:$|again|myself|my ${BODY}|tonight|last night|today|this week|so (?:bad|badly)|deeper|more|a lot|every (?:day|night))(?:\b|$))`;

export const SELF_HARM_PATTERNS: readonly CrisisPattern[] = [
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
  }),
  pattern({
    id: 'sh-urges',
    categories: SH,
    family: 'urge',
    source: r`\b(?:urges?|tempted|temptation|craving|cravings|itching) (?:to|for|on) (?:sh|self harm|cut|cutting|burn|burning|hurt myself|harm myself)\b`,
  }),
  pattern({
    id: 'sh-relapsed',
    categories: SH,
    family: 'act',
    source: r`\b(?:relapsed|relapse|relapsing) (?:on|with|into) (?:sh|self harm|self harming|cutting|burning)\b`,
  }),
  pattern({
    id: 'sh-cutting',
    categories: SH,
    family: 'act',
    source: r`\b(?:been|started|start|starting|keep|keeps|kept|still|back to|resumed|went back to|going back to|want to|wanted to|wants to|going to|thinking about|think about|tempted to|need to|have to|almost|nearly|not to|trying to|feel like|felt like|feeling like) (?:cutting|cut|burning|burn|scratching)\b${CUT_OBJECT}|(?:^|\b(?:i|and|then) )(?:cut|burned|burnt)\b(?= ?(?:again|last night|tonight|today|this morning|yesterday|earlier))`,
  }),
  pattern({
    id: 'sh-cut-body',
    categories: SH,
    family: 'act',
    source: r`\b(?:cut|cutting|cuts|slice|sliced|slicing|carve|carved|carving|burn|burned|burning|burnt|scratch|scratched|scratching|hit|hitting|punched|punching) (?:into )?(?:my|his|her) ${BODY}\b|\b(?:hit|hitting|bang|banging|banged|slam|slamming|slammed|smash|smashing|smashed) my head (?:against|into|on) (?:the |a )?(?:wall|floor|door|desk|mirror)\b|\b(?:carved|carving|cut|cutting|scratched|scratching|etched) (?:\w+ ){1,3}into my ${BODY}\b`,
    notAfter:
      /^ (on|open on|while|when|shaving|hiking|climbing|at|playing|in the|with (the|a) (knife|razor) (while|when)|cooking)\b/,
  }),
  pattern({
    id: 'sh-until-bleed',
    categories: SH,
    family: 'act',
    source: r`\b(?:until|till|so|to the point) (?:i|it|they|my \w+) (?:bleed|bled|bleeds|started bleeding|was bleeding|were bleeding)\b|\bmake (?:myself|me) bleed\b`,
    notBefore: /\b(laughed|laughing|cried|crying)\s*$/,
  }),
  pattern({
    id: 'sh-blade-to-skin',
    categories: SH,
    family: 'act',
    source: r`\b(?:took|take|taking|put|held|hold|holding|pressed|press|pressing|dragged|drag) (?:a |the |my )?(?:razor|blade|knife|scissors|box cutter|lighter|pencil sharpener) (?:to|against|on|across) my ${BODY}\b|\b(?:hiding|hid|hidden|stash|stashing|stashed|keep|kept|bought|buying) (?:my |the |some |new )?(?:blades|razor blades)\b|\b(?:blades|razor blades) (?:hidden|stashed|hid)\b`,
    notAfter: /^ (for (shaving|crafts|work|my (face|legs))|to shave)\b/,
  }),
  pattern({
    id: 'sh-feel-the-blade',
    categories: SH,
    family: 'urge',
    source: r`\b(?:feel|feeling) the (?:blade|razor|burn of the lighter) (?:again|on my skin)\b|\bmiss (?:cutting|the blade|the razor)\b`,
  }),
  pattern({
    id: 'sh-on-purpose',
    categories: SH,
    family: 'act',
    // Injury "on purpose" is self-harm whatever the verb: "slammed my fist into the mirror on purpose".
    source: r`\b(?:slammed|slam|punched|punch|hit|smashed|smash|burned|burn|burnt|cut|scratched|scratch|bit|bite|banged|bang|hurt|broke|bruised|stabbed) (?:\w+ ){0,6}on purpose\b|\b(?:fresh|new|deep|deeper|bleeding) (?:cuts|wounds|burns)\b(?! (?:of|from (?:my|the|a) (?:cat|dog|kitten|puppy|roses?|garden|gardening|hike|fall|bike|kitchen|job)))|\bcovered in (?:cuts|burns)\b|\b(?:sat|sitting|sit|stood|standing|lay|lying|locked myself in \w+ \w+) (?:\w+ ){0,5}with (?:a|the|my) (?:razor|blade|blades|box cutter)\b`,
    notAfter: /^ (in (the|my) (kitchen|garden|yard)|from (cooking|gardening))\b/,
  }),
  pattern({
    id: 'sh-deserve-pain',
    categories: SH,
    family: 'passive',
    source: r`\bi (?:deserve|deserved) (?:to (?:hurt|suffer|bleed|feel pain|be punished|be in pain)|pain|the pain)\b`,
  }),
];
