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
