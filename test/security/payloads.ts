/** Hostile and malformed values: wrong types, edge-case text, injection and prototype-pollution attempts. */
export const BAD_VALUES: unknown[] = [
  null,
  0,
  -1,
  1.5,
  Number.MAX_SAFE_INTEGER,
  1e308,
  true,
  [],
  [1, 2, 3],
  {},
  { nested: { deeper: { deepest: 'x' } } },
  '',
  ' ',
  'x'.repeat(100_000),
  '\u0000',
  '\uD800',
  '\u202Eevil\u202C',
  'Z̷̛̛̛̪̘͖̗̹͓̥̙̩̬͓͇̈́̈̐̓̀͑̑̆̄̀ą̸̡̛̛̲̞̦̖̹͕͙̩̥̟̱̃̉̀͌̊͒̀̓̆l̷',
  '👩‍👩‍👧‍👦🏳️‍🌈'.repeat(50),
  "' OR 1=1 --",
  "'; DROP TABLE users; --",
  '"><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '%00%2e%2e%2f',
  '${jndi:ldap://x}',
  '{{7*7}}',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '2026-13-45',
  'NaN',
  'Infinity',
];

/** Whole bodies that are not what any route expects. */
export const BAD_BODIES: unknown[] = [
  {},
  [],
  'just a string',
  42,
  null,
  { __proto__: { isAdmin: true } },
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
  { role: 'admin', isAdmin: true, status: 'active' },
  Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`field${i}`, i])),
];

/** Raw request bodies that are not even JSON. */
export const RAW_BODIES = ['{', '{"a":', 'null', '[[[[[[[[[[[[[[[[[[[[', '\u0000\u0001\u0002', '{"a":"\\ud800"}'];

/**
 * Per field, in an otherwise plausible body: null (optional fields must refuse it or
 * give it its documented meaning), wrong types, and strings that are huge (over the
 * 64 KiB body limit, and just under it), empty, broken or hostile.
 */
export const FIELD_VALUES: unknown[] = [
  null,
  -1,
  1.5,
  true,
  [],
  { nested: { deeper: 'x' } },
  '',
  'x'.repeat(100_000),
  'x'.repeat(60_000),
  '\uD800',
  "' OR 1=1 --",
  '00000000-0000-0000-0000-000000000000',
];

/** `{"a":{"a":…1…}}` and `[[…1…]]`, `depth` levels deep, as JSON text (under 64 KiB at the depths used). */
export const deepObject = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
export const deepArray = (depth: number): string => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
