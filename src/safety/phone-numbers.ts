import { overlaps, type Found } from './text-span';

/**
 * Phone numbers in the formats people actually type. Strict shapes keep dates
 * (2024-01-15, 01/15/2024), times, years and counts out; crisis and emergency
 * lines are never held, because sharing them is exactly what peers should do.
 */
const NANP = /(?<![\p{L}\p{N}+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}(?![\p{L}\p{N}])/gu;
const INTERNATIONAL = /(?<![\p{L}\p{N}])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?![\p{L}\p{N}])/gu;
// National numbers with a trunk 0, as in the UK, Europe or Australia: "07700 900123", "020 7946 0958".
const TRUNK_ZERO = /(?<![\p{L}\p{N}])0\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?![\p{L}\p{N}])/gu;
// Seven digits are a local number only when the message says so: "text me at 555-1234".
const LOCAL =
  /(?<=\b(?:call|text|phone|cell|mobile|number|num|digits|reach me|hit me up|whatsapp|my #)\b[^\d\n]{0,15})\d{3}[\s.-]\d{4}(?![\p{N}])/giu;

// 988 Lifeline, Crisis Text Line, 911, the old Lifeline number, SAMHSA, DV hotline, Trevor Project.
const CRISIS_LINES = new Set(['988', '741741', '911', '8002738255', '8006624357', '8007997233', '8664887386']);

export function findPhoneNumbers(text: string): Found[] {
  const found: Found[] = [];
  // A number has seven digits at least (isPhoneShaped): most messages have none, and skip the expressions.
  if (!hasDigits(text, 7)) {
    return found;
  }
  for (const pattern of [INTERNATIONAL, NANP, TRUNK_ZERO, LOCAL]) {
    for (const match of text.matchAll(pattern)) {
      const candidate = { match: match[0].trim(), index: match.index ?? 0 };
      if (isPhoneShaped(candidate.match) && !found.some((f) => overlaps(f, candidate))) {
        found.push(candidate);
      }
    }
  }
  return found;
}

function isPhoneShaped(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) {
    return false;
  }
  return !CRISIS_LINES.has(digits.replace(/^1(?=\d{10}$)/, ''));
}

/** Whether the text holds at least `count` ASCII digits (every pattern above counts only those). */
function hasDigits(text: string, count: number): boolean {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++seen >= count) {
      return true;
    }
  }
  return false;
}
