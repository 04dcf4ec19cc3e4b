import { mentionCandidates, resolveMentions } from './mentions';

const resolve = (text: string, names: string[]): string[] =>
  resolveMentions(mentionCandidates(text), new Set(names.map((n) => n.toLowerCase())));

describe('mentions', () => {
  it('finds a one-word name', () => {
    expect(resolve('thanks @Robin, that helped', ['Robin'])).toEqual(['robin']);
  });

  it('finds a name with spaces, preferring the longest that exists', () => {
    expect(resolve('@Quiet Harbor said it well', ['Quiet', 'Quiet Harbor'])).toEqual(['quiet harbor']);
    expect(resolve('@Quiet Harbor said it well', ['Quiet'])).toEqual(['quiet']);
  });

  it('ignores email addresses and names nobody has', () => {
    expect(resolve('mail me at sam@example.test', ['example'])).toEqual([]);
    expect(resolve('hi @nobody here', ['Robin'])).toEqual([]);
  });

  it('counts a person once however often they are named', () => {
    expect(resolve('@Robin @robin @ROBIN', ['Robin'])).toEqual(['robin']);
  });

  it('handles a name at the very end and punctuation after it', () => {
    expect(resolve('see you @Morning Lark.', ['Morning Lark'])).toEqual(['morning lark']);
    expect(resolve('@Morning Lark', ['Morning Lark'])).toEqual(['morning lark']);
  });

  it('caps the number of mentions looked up', () => {
    const text = Array.from({ length: 40 }, (_, i) => `@name${'abcdefghij'[i % 10]}x`).join(' ');
    expect(mentionCandidates(text).perMention.length).toBeLessThanOrEqual(10);
  });
});
