import { AnchorIndex } from './anchor-index';

describe('AnchorIndex', () => {
  const alternatives: [string, string[]][] = [
    ['ending', ['end', 'ending', ' to']],
    ['short', ['od', 'sh']],
    ['pills', ['pills', 'pill']],
    ['one letter', ['x']],
  ];
  const index = new AnchorIndex(alternatives);
  const byIncludes = (text: string): string[] =>
    alternatives.filter(([, words]) => words.some((word) => text.includes(word))).map(([key]) => key);

  it('finds exactly the alternatives whose words a text includes, anywhere in a word or across a space', () => {
    const texts = [
      '',
      'nothing here at all',
      'weekend plans', // "end" inside a word still counts, as includes would
      'going to bed', // " to" across a space
      'took an od',
      'ship',
      'a pill\nand more',
      'max',
      'e',
      'en',
    ];
    for (const text of texts) {
      expect([...index.keysIn(text)].sort()).toEqual(byIncludes(text).sort());
    }
  });

  it('agrees with includes on random texts', () => {
    const letters = 'endiopshlx t\n';
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2_000; n++) {
      const text = Array.from(
        { length: Math.floor(random() * 20) },
        () => letters[Math.floor(random() * letters.length)],
      ).join('');
      expect([...index.keysIn(text)].sort()).toEqual(byIncludes(text).sort());
    }
  });
});
