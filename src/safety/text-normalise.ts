import { expandHashtags } from './hashtags';
import { resolveQuotes } from './quoted-speech';
import { TEXTING_WORDS } from './texting-words';

/**
 * Turns a chat message into plain lower-case words the crisis rules can read:
 * quotes resolved, contractions spelled out ("dont" → "do not", "im" → "i am"),
 * texting slang expanded ("kms" → "kill myself"), clause punctuation kept.
 */
const PHRASES: readonly [RegExp, string][] = [
  // "Not gonna lie, I want to die" asserts, it does not negate.
  [
    /\b(not (gonna|going to|gunna) lie|ngl|no lie|(i am |i'm |im )?not (even )?(kidding|joking|lying|exaggerating))\b/g,
    ' honestly ',
  ],
  // "I'd be lying if I said I wasn't..." asserts what follows.
  [
    /\bi('d| would) be lying if i said i (was not|wasn't|wasnt|am not|'m not|im not|did not|didn't|didnt|have not|haven't|havent)\b/g,
    ' honestly i ',
  ],
  [/\bw\/o\b/g, ' without '],
  [/\bw\//g, ' with '],
  [/\bb\/c\b/g, ' because '],
  [/\bs\/h\b/g, ' self harm '],
  [/\bsh('d|'ed|-ed|-d)(?=\s|$|[,.!?;])/g, ' self harmed '],
  [/\bself[\s-]*(delete|deleting|deleted)\b/g, ' kill myself '],
  [/\bsewer[\s-]*slide\b/g, ' suicide '],
  [/\bo\.d\.?(?=\s|$|[,!?;])/g, ' overdose '],
  [/\bod('d|'ed|-ed|ed)\b/g, ' overdosed '],
  [/\bo\.?d\.?'?ing\b/g, ' overdosing '],
  // "ready to unalive", "gonna rope": slang verbs with no object are about the writer.
  [
    /\bunalive\b(?! (myself|yourself|himself|herself|themselves|him|her|them|me|you|people|someone|everyone|my|his|the|a))/g,
    ' kill myself ',
  ],
  [
    /\b(going to|gonna|want to|wanna|about to|might|will|ready to) rope\b(?! (in|into|off|a|the|them|him|her|some|it|my|swing))/g,
    '$1 kill myself',
  ],
  // "kys" is said at others ("kill yourself"), but after the writer's own going to or wanting it is theirs:
  // "im gonna kys tonight", "ready to kys".
  [
    /(?<!\b(you|u|you are|youre|ur|u r|you r) )\b(going to|gonna|want to|wanna|about to|ready to|might|will|need to|have to|tryna) kys\b/g,
    '$2 kill myself',
  ],
  // "swallowed them. all of them", "took them. all 30": the amount said after a stop belongs to the verb, when it
  // ends its own sentence ("swallowed it. all good" is a reply, not an amount).
  [
    /\b(took|swallowed|downed|popped|take|swallow) (them|it)\s*[.!,…]+\s*all( of (them|it)| \d+( of (them|it))?)?(?=\s*([.!,…]|$))/g,
    '$1 all of $2',
  ],
  // Emoji that stand for means: "💊💊💊 tonight".
  [/💊/gu, ' pills '],
  [/🔪/gu, ' knife '],
  [/🔫/gu, ' gun '],
  [/🩸/gu, ' blood '],
  [/\bk\*+ll/g, 'kill'],
  [/\bs\*+icide|su\*+cide|suic\*+de/g, 'suicide'],
];

const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bain't\b/g, 'am not'],
  [/\bshan't\b/g, 'shall not'],
  [/n't\b/g, ' not'],
  [/'m\b/g, ' am'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/\b(it|he|she|that|what|there|who|where|how|here|tonight|today|tomorrow)'s\b/g, '$1 is'],
  [/\blet's\b/g, 'let us'],
];

// "ill" and "id" are words of their own; read them as "i will"/"i would" only where a subject stands.
const SUBJECT_SLOT = new Set(['', 'and', 'but', 'so', 'then', 'or', 'because', 'honestly', 'maybe', 'just', 'swear']);
const SUBJECT_SLOT_AFTER = new Set(['think', 'guess', 'promise', 'bet', 'know', 'said', 'feel', 'probably', 'lol']);

// Digits stand for letters only when the result is a word the rules care about: "k1ll", "su1c1de".
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};
const LEET_WORDS = new Set([
  'kill',
  'die',
  'dead',
  'suicide',
  'suicidal',
  'myself',
  'overdose',
  'hurt',
  'cut',
  'death',
]);

export function normaliseText(raw: string): string {
  let text = resolveQuotes(
    raw
      .normalize('NFKC')
      .replace(/[‘’‛`´]/g, "'")
      .replace(/[“”„]/g, '"'),
  );
  text = expandHashtags(text.toLowerCase());
  for (const [pattern, replacement] of [...PHRASES, ...CONTRACTIONS]) {
    text = text.replace(pattern, replacement);
  }
  text = text.replace(/'/g, '').replace(/[-_/]/g, ' ');
  // A clock time is one word ("the 6:40 express" is not two clauses): "6h40".
  text = text.replace(/\b(\d{1,2}):(\d{2})\b/g, '$1h$2');
  text = text.replace(/([.,!?;:\n])/g, ' $1 ').replace(/[^\p{L}\p{N}\s.,!?;:@$]/gu, ' ');
  return dropFillers(expandWords(text.split(/[ \t\r\f\v]+/).filter(Boolean)).join(' '));
}

// Intensifiers and hedges carry feeling, not meaning: "I kind of really want to fucking die" is "I want to die".
const FILLERS =
  /\b(really|literally|actually|seriously|truly|totally|simply|basically|genuinely|lowkey|highkey|fucking|fuckin|freaking|effing|damn|goddamn|bloody|kind of|sort of|sorta|a lot(?! of)|so much(?! (?:of|more))|even(?! (?:if|though|when)))\b ?/g;

function dropFillers(text: string): string {
  return text.replace(FILLERS, '');
}

/** Elongated words ("dieeee", "killll") are read both ways: a double letter may be real. */
export function textVariants(raw: string): string[] {
  if (!/(\p{L})\1\1/u.test(raw)) {
    return [raw];
  }
  return [raw.replace(/(\p{L})\1{2,}/gu, '$1$1'), raw.replace(/(\p{L})\1{2,}/gu, '$1')];
}

function expandWords(tokens: string[]): string[] {
  return tokens.map((token, i) => {
    const previous = i > 0 ? tokens[i - 1] : '';
    if ((token === 'ill' || token === 'id') && isSubjectSlot(previous, tokens[i + 1])) {
      return token === 'ill' ? 'i will' : 'i would';
    }
    if ((token === 'kms' || token === 'km') && isDistance(previous, tokens.slice(i + 1, i + 3).join(' '))) {
      return 'kilometres';
    }
    return TEXTING_WORDS[token] ?? TYPOS.get(token) ?? deLeet(token);
  });
}

// Two letters swapped ("wnat", "tonihgt") or, in longer words, one dropped ("suicde", "anymre") still reads as the word.
const TYPO_TARGETS = [
  'want',
  'wanna',
  'die',
  'dead',
  'dying',
  'kill',
  'killing',
  'myself',
  'suicide',
  'suicidal',
  'tonight',
  'anymore',
  'alive',
  'overdose',
  'overdosed',
  'pills',
  'cutting',
  'hurt',
  'hurting',
  'breathe',
  'breathing',
  'goodbye',
  'living',
  'everyone',
  'nobody',
  'burden',
  'disappear',
  'exist',
  'forever',
  'anyone',
  'because',
  'really',
];
const REAL_WORDS = new Set(['tried', 'lief', 'ide', 'dei', 'tonigh', 'exits', 'overdoes', 'breath', 'rally']);

const TYPOS: ReadonlyMap<string, string> = new Map(
  TYPO_TARGETS.flatMap((word) => misspellings(word).map((typo): [string, string] => [typo, word])).filter(
    ([typo]) => !TYPO_TARGETS.includes(typo) && !REAL_WORDS.has(typo),
  ),
);

function misspellings(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length - 1; i++) {
    out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  for (let i = 0; word.length >= 6 && i < word.length; i++) {
    out.push(word.slice(0, i) + word.slice(i + 1));
  }
  return out;
}

// "300 kms on a used car", "walked 12 kms": kilometres, not "kill myself".
function isDistance(previous: string, next: string): boolean {
  return (
    /^\d[\d,.]*$|^(a few|few|many|more|some|hundred|thousand|hundreds|thousands|the|walked|ran|drove|cycled|biked|hiked|did|done)$/.test(
      previous,
    ) || /^(on (a|the|it|my|that|this)|of|per|away|from here|an hour|left|to go|a day|a week)\b/.test(next)
  );
}

function isSubjectSlot(previous: string, next: string | undefined): boolean {
  if (next === undefined || /^[.,!?;:]$/.test(next)) {
    return false;
  }
  // Before a verb of violence or dying "ill" can only be "I'll": "if she tries ill shoot her".
  return (
    SUBJECT_SLOT.has(previous) ||
    SUBJECT_SLOT_AFTER.has(previous) ||
    /^[.,!?;:\n]$/.test(previous) ||
    /^(kill|shoot|stab|hurt|murder|strangle|choke|end|slit|jump|do|take|overdose|cut|never|just|make|be)$/.test(next)
  );
}

function deLeet(token: string): string {
  if (!/[0-9@$]/.test(token) || !/\p{L}/u.test(token)) {
    return token;
  }
  const word = token.replace(/[013457@$]/g, (ch) => LEET[ch] ?? ch);
  return LEET_WORDS.has(word) ? word : token;
}
