import { overlaps, type Found } from './text-span';

/**
 * Handles on other platforms. Hearth itself uses "@displayname" for mentions, so a
 * bare "@word" is a mention; it is a handle only next to a platform word
 * ("insta: river.stone", "add me on discord river#1234", "@river on snap").
 */
const PLATFORM = String.raw`(?:insta|instagram|ig|snap|snapchat|sc|tiktok|tik tok|tt|twitter|x|discord|telegram|tg|whatsapp|kik|fb|facebook|messenger|reddit|youtube|yt|twitch|threads|bluesky|bsky|mastodon|signal|venmo|cashapp|cash app|linkedin|tumblr|pinterest|steam|psn|xbox|gamertag|wechat|skype|vsco|bereal)`;
const HANDLE = String.raw`@?[\p{L}\p{N}_.]{2,32}(?:#\d{4})?`;
const ASK = String.raw`(?:add|follow|dm|message|msg|hit|find|text|hmu|reach|friend|ping|contact|look) me (?:up )?(?:on|at|@|via)`;

const PATTERNS: readonly RegExp[] = [
  // "insta: river.stone", "snap = riv3r"
  new RegExp(String.raw`\b${PLATFORM}\s*[:=]\s*(${HANDLE})`, 'giu'),
  // "my insta is river.stone", "my discord username is river#1234"
  new RegExp(
    String.raw`\bmy ${PLATFORM}(?: handle| username| user| name| id| tag| account)?\s*(?:is|:|=)\s*(${HANDLE})`,
    'giu',
  ),
  // "add me on discord river#1234", "follow me on tiktok @riverdances"
  new RegExp(String.raw`\b${ASK}\s*${PLATFORM}\s*(?:at|:|@|-|,)?\s*(${HANDLE})`, 'giu'),
  // "snap me at riverstone", "dm me on insta"
  new RegExp(String.raw`\b(?:snap|insta|ig|discord|kik|telegram|whatsapp)\s+me\s+(?:at|@|on)?\s*(${HANDLE})`, 'giu'),
  // "@river.stone on insta", "ig @river"
  new RegExp(String.raw`(@[\p{L}\p{N}_.]{2,32})\s+(?:on|at|via|over on)\s+${PLATFORM}\b`, 'giu'),
  new RegExp(String.raw`\b${PLATFORM}\s+(@[\p{L}\p{N}_.]{2,32})`, 'giu'),
  // A Discord tag or a Reddit user is a handle wherever it appears.
  /(?<![\p{L}\p{N}_.])([\p{L}\p{N}_.]{2,32}#\d{4})(?!\d)/gu,
  /(?<![\p{L}\p{N}])(u\/[\p{L}\p{N}_-]{3,20})/gu,
];

// Words that follow a platform name in ordinary talk: "my insta is private", "add me on snap later".
const NOT_A_HANDLE = new Set(
  'a an the is it its i im me my you we us they and or but so if if when then too also please pls lol haha later tonight tomorrow sometime whenever now soon maybe sure ok okay private public down hacked dead deleted gone banned suspended locked new old empty boring not very on off at to for of in with because cause though'.split(
    ' ',
  ),
);

export function findSocialHandles(text: string): Found[] {
  const found: Found[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const handle = match[1];
      const item = { match: match[0].replace(/[.,]+$/, ''), index: match.index ?? 0 };
      if (isHandle(handle) && !found.some((f) => overlaps(f, item))) {
        found.push(item);
      }
    }
  }
  return found;
}

function isHandle(candidate: string): boolean {
  const bare = candidate.replace(/^@/, '').replace(/[.]+$/, '').toLowerCase();
  return bare.length >= 2 && !NOT_A_HANDLE.has(bare);
}
