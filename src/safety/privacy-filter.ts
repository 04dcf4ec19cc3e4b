import { findPhoneNumbers } from './phone-numbers';
import { findSocialHandles } from './social-handles';
import { matchesOf, overlaps, type Found } from './text-span';

/**
 * Finds contact details in a message: peers are not bound by confidentiality,
 * so a phone number, email, handle, link or street address posted in a cohort
 * room is held for a moderator by default (PRODUCT.md, Safety).
 */
export type PersonalDetailKind = 'phone' | 'email' | 'social_handle' | 'url' | 'address';

export interface PersonalDetail {
  kind: PersonalDetailKind;
  match: string;
  index: number;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// "river [at] gmail [dot] com", "river at gmail dot com": spelled out to dodge filters.
const EMAIL_SPELLED =
  /\b[\w.+-]+\s*(?:\[at\]|\(at\)|\{at\}|\s+at\s+(?=(?:gmail|yahoo|hotmail|outlook|icloud|aol|protonmail|proton|live|msn|ymail|gmx)\b))\s*[\w-]+\s*(?:\[dot\]|\(dot\)|\{dot\}|\s+dot\s+|\.)\s*[a-z]{2,}\b/gi;

const TLD = 'com|net|org|edu|gov|io|co|me|ly|gg|app|tv|info|us|uk|ca|au|de|link|xyz|dev|biz|site|online|page|to|be|so';
const URL_PATTERN = new RegExp(
  String.raw`\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+|\b(?:[a-z0-9-]+\.)+(?:${TLD})\b(?:\/[^\s<>"]*)?`,
  'gi',
);

const STREET =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir';
const UNIT = String.raw`(?:,?\s+(?:Apt|Apartment|Unit|Suite|#)\.?\s*\w+)?`;
const ADDRESS = new RegExp(
  String.raw`\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:${STREET})\b\.?${UNIT}`,
  'g',
);
// Lower-case addresses only count after words that announce one, so "3 blocks down main st" stays.
const ADDRESS_ANNOUNCED = new RegExp(
  String.raw`(?<=\b(?:live at|living at|address is|i am at|i'm at|im at|staying at|come to|come over to|meet me at|pick me up at)\s+)\d{1,6}\s+(?:[a-z]+\s+){1,3}(?:${STREET.toLowerCase()})\b\.?${UNIT}`,
  'gi',
);

export function findPersonalDetails(text: string): PersonalDetail[] {
  const found: PersonalDetail[] = [];
  const claim = (kind: PersonalDetailKind, items: Found[]): void => {
    for (const item of items) {
      if (!overlapsAny(found, item)) {
        found.push({ kind, ...item });
      }
    }
  };
  claim('email', [...matchesOf(EMAIL, text), ...matchesOf(EMAIL_SPELLED, text)]);
  claim('url', matchesOf(URL_PATTERN, text).map(trimTrailingPunctuation));
  claim('social_handle', findSocialHandles(text));
  claim('address', [...matchesOf(ADDRESS, text), ...matchesOf(ADDRESS_ANNOUNCED, text)]);
  claim('phone', findPhoneNumbers(text));
  return found.sort((a, b) => a.index - b.index);
}

function overlapsAny(found: readonly Found[], item: Found): boolean {
  return found.some((other) => overlaps(other, item));
}

function trimTrailingPunctuation(item: Found): Found {
  return { ...item, match: item.match.replace(/[.,!?;:)\]'"]+$/, '') };
}
