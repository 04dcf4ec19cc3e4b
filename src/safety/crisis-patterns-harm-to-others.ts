import { pattern, type CrisisPattern } from './crisis-pattern';
import { PERSON_NOUN } from './crisis-lexicon';

const r = String.raw;
const HO = 'harm_to_others';

const VIOLENCE = r`(?:kill|killing|murder|murdering|stab|stabbing|shoot|shooting|strangle|strangling|choke|choking|hurt|hurting|beat up|beating up|beat the (?:shit|crap|hell|life) out of|run over|attack|attacking|poison|poisoning|punch|punching|bash|bashing|slit the throat of|burn down the house of)`;
const VICTIM = r`(?:him|her|them|you|you all|yall|someone|somebody|anyone|anybody|everyone|everybody|people|all of (?:them|you)|them all|(?:my|his|her|their|that|this|the|those|these|your|our) (?:\w+ )?${PERSON_NOUN})`;

// "Shoot him a text", "kill them with kindness", "hurt her feelings", "beat you at chess".
const NOT_VIOLENCE = new RegExp(
  r`^ ?(s )?(feelings|feeling|chances|pride|ego|reputation|credit|up\b|back\b|a (text|message|email|dm|pm|note|link|line|msg|call|pic|photo|picture|look|smile|glance)|an (email|invite|update)|with (kindness|love|questions|compliments|this (news|story|joke))|in (a |the )?(game|match|round|fortnite|chess|cards|arm wrestling|an argument|a debate)|at (chess|cards|pool|the game|ping pong|mario kart|uno|monopoly|scrabble|checkers|darts|basketball|tennis))`,
);

export const HARM_TO_OTHERS_PATTERNS: readonly CrisisPattern[] = [
  pattern({
    id: 'ho-violence',
    categories: HO,
    family: 'intent',
    source: r`\b${VIOLENCE} ${VICTIM}\b|\bmake ${VICTIM} (?:bleed|suffer|hurt)\b|\bsmash (?:his|her|their|your) (?:face|head|skull) in\b|\b(?:use|used|using) (?:it|the gun|a gun|my gun|the knife|a knife|my knife|this) on ${VICTIM}\b`,
    notAfter: NOT_VIOLENCE,
    // "I need to stop hurting the people I love" is remorse, not intent.
    notBefore: /\b(stop|stopped|quit|avoid|never|without|done)\s*$/,
    needs: 'intent_subject',
  }),
  pattern({
    id: 'ho-want-dead',
    categories: HO,
    family: 'intent',
    source: r`\b(?:want|wanted|wants|need|wish|wished) ${VICTIM} dead\b|\b(?:beat|beating|stab|stabbing|choke|choking|kick|kicking|strangle|strangling) ${VICTIM} to death\b`,
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
    source: r`\b(?:run|running) (?:him|her|them|that \w+) over\b`,
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
    source: r`\b(?:bring|bringing|take|taking|brought) (?:a |my |the )?(?:gun|guns|knife|weapon|weapons|bomb|rifle|pistol) (?:to|into) (?:school|work|group|class|church|the (?:office|meeting|clinic|school|building|party|group|program)|my (?:work|job|school|office|class|group))\b|\b(?:shoot|shooting) up (?:the |my |a |this )?(?:school|office|work|place|building|clinic|group|party|mall|church|meeting)\b|\b(?:bomb|blow up) (?:the |my |this )?(?:school|office|building|clinic|place)\b|\b(?:bought|got|getting|buying|have) (?:a |my )?(?:gun|knife|weapon) (?:to|for) (?:deal with|handle|take care of|settle things with|use on|go after) ${VICTIM}\b`,
  }),
  pattern({
    id: 'ho-threatened',
    categories: HO,
    family: 'threat',
    // Someone threatening the member is a danger staff must act on, whoever is speaking.
    source: r`\b(?:threatened|threatening|threatens|threaten) to (?:kill|hurt|shoot|stab|strangle|murder|beat|burn|harm|come after) (?:me|us|my \w+|him|her|them|you|the \w+)\b|\b(?:said|says|told me|texted|keeps saying|swore) (?:that )?(?:he|she|they) (?:is|are|will|would|was)? ?(?:going to |gonna )?(?:kill|hurt|shoot|stab|murder|come after|find and kill) (?:me|us|my \w+)\b`,
  }),
];
