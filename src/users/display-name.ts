/**
 * Display names are pseudonyms (PRODUCT.md): they must not carry an email address,
 * a phone-like run of digits or a link, and must not sound like staff.
 * Returns the reason a name is refused, or undefined when it is fine.
 */
const RESERVED = ['moderator', 'admin', 'administrator', 'clinician', 'staff', 'hearth', 'system', 'support'];

export function displayNameProblem(raw: string): string | undefined {
  const name = raw.normalize('NFKC');
  if (name.trim() !== name) {
    return 'must not start or end with a space';
  }
  if (name.length < 3 || name.length > 30) {
    return 'must be between 3 and 30 characters';
  }
  if (/@|\b[\w-]+\.(com|net|org|io|me|co|us|info|app|ly)\b/i.test(name) || /www\.|https?|:\/\//i.test(name)) {
    return 'must not contain an email address or a link';
  }
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ._'-]*$/u.test(name)) {
    return "may use letters, numbers, spaces and . _ ' - only, starting with a letter or number";
  }
  if (/ {2,}/.test(name)) {
    return 'must not contain double spaces';
  }
  const digits = name.replace(/[^\p{N}]/gu, '');
  if (digits.length >= 7 || /\p{N}{5,}/u.test(name)) {
    return 'must not contain a phone number or long run of digits';
  }
  const letters = name.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (RESERVED.some((word) => letters.includes(word))) {
    return 'must not sound like a staff account (moderator, admin, clinician, staff)';
  }
  return undefined;
}
