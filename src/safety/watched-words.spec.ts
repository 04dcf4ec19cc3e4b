import { censor, compileWatchedWords, isSafePattern, type WatchedWord } from './watched-words';

const words: WatchedWord[] = [
  { id: 'w1', term: 'shit', action: 'censor' },
  { id: 'w2', term: 'ass', action: 'censor' },
  { id: 'w3', term: 'dealer', action: 'flag' },
  { id: 'w4', term: 'hook me up', action: 'require_approval' },
  { id: 'w5', term: 'slur', action: 'block' },
  { id: 'w6', term: 'pills?\\s+for\\s+sale', action: 'block', isRegex: true },
];
const matcher = compileWatchedWords(words);
const ids = (text: string): string[] => matcher.match(text).map((m) => m.id);

describe('compileWatchedWords', () => {
  it.each(['shit', 'SHIT', 'Shit!', 'sh1t', '$hit', '5h1t', 'shiiiiit', 'SHHHIT', 'oh shit.'])(
    'matches a plain term in any case, stretched or in leetspeak: %p',
    (text) => {
      expect(ids(text)).toEqual(['w1']);
    },
  );

  it.each(['class', 'assistant', 'bass guitar', 'shitake mushrooms', 'passage', 'as', 'a s s'])(
    'matches whole words only: %p',
    (text) => {
      expect(ids(text)).not.toContain('w2');
      expect(ids(text)).not.toContain('w1');
    },
  );

  it('matches multi-word terms across spacing and punctuation', () => {
    expect(ids('can you hook me up?')).toEqual(['w4']);
    expect(ids('HOOK   ME   UP')).toEqual(['w4']);
    expect(ids('hook_me_up')).toEqual(['w4']);
    expect(ids('hook me upstairs')).toEqual([]);
  });

  it('keeps double letters at least double and maps 4, @ to a and 0 to o', () => {
    expect(ids('a$$')).toEqual(['w2']);
    expect(ids('@ss')).toEqual(['w2']);
    expect(ids('as')).toEqual([]);
    expect(compileWatchedWords([{ id: 'x', term: 'good', action: 'flag' }]).match('g00d god')).toHaveLength(1);
  });

  it('reports id, action, term, index and length for every match, in text order', () => {
    expect(matcher.match('my dealer said shit')).toEqual([
      { id: 'w3', action: 'flag', term: 'dealer', index: 3, length: 6 },
      { id: 'w1', action: 'censor', term: 'shit', index: 15, length: 4 },
    ]);
  });

  it('uses safe regex terms as written', () => {
    expect(ids('PILLS  for sale, dm me')).toEqual(['w6']);
  });

  it('refuses unsafe regexes and empty terms, and compiles the rest', () => {
    const compiled = compileWatchedWords([
      { id: 'ok', term: 'fine', action: 'flag' },
      { id: 'bad', term: '(a+)+$', action: 'block', isRegex: true },
      { id: 'empty', term: '   ', action: 'flag' },
    ]);
    expect(compiled.refused.map((r) => r.id)).toEqual(['bad', 'empty']);
    expect(compiled.match('fine aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!').map((m) => m.id)).toEqual(['ok']);
  });

  it('stays fast on adversarial input', () => {
    const started = Date.now();
    matcher.match(`${'s'.repeat(20000)}h${'a'.repeat(20000)}`);
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('censor', () => {
  it('replaces each match with asterisks, at least three, keeping the rest', () => {
    const text = 'oh shit, what an ass';
    expect(censor(text, matcher.match(text))).toBe('oh ****, what an ***');
  });

  it('never reveals a one or two letter word by its length', () => {
    expect(censor('no ok', [{ index: 3, length: 2 }])).toBe('no ***');
  });

  it('merges overlapping matches', () => {
    expect(
      censor('abcdefgh', [
        { index: 1, length: 4 },
        { index: 3, length: 4 },
      ]),
    ).toBe('a******h');
  });

  it('returns the text unchanged when nothing matched', () => {
    expect(censor('all good', [])).toBe('all good');
  });
});

describe('isSafePattern', () => {
  it.each([
    'pills?\\s+for\\s+sale',
    '\\bplug\\b',
    'h[o0]{2}k\\s?up',
    '(?:buy|sell)ing\\s+\\w+',
    'x{1,3}y',
    '(ab)?c+',
    '[a-z]+\\d{3}',
  ])('accepts %p', (pattern) => {
    expect(isSafePattern(pattern)).toBeUndefined();
  });

  it.each([
    ['(a+)+$', /nested quantifiers/],
    ['(\\w*)*x', /nested quantifiers/],
    ['((ab)+){2,}', /nested quantifiers/],
    ['([a-z]+)*', /nested quantifiers/],
    ['(a|aa)+', /repeated alternation/],
    ['(.*a){10}', /nested quantifiers/],
    ['(x)\\1', /backreferences/],
    ['(?<w>x)\\k<w>', /backreferences/],
    ['(?<=buy )pills', /lookbehind/],
    ['(?<!not )pills', /lookbehind/],
    ['a'.repeat(201), /longer than 200/],
    ['', /empty/],
    ['a*', /matches empty text/],
    ['(unclosed', /not a valid regular expression/],
  ])('refuses %p', (pattern, reason) => {
    expect(isSafePattern(pattern)).toMatch(reason);
  });
});
