import { splitClauses } from './crisis-clauses';
import { detectCrisis } from './crisis-detector';
import { readSignals } from './crisis-signals';
import { expandHashtags, splitTag } from './hashtags';
import { normaliseText } from './text-normalise';

const signals = (text: string) => {
  const normalised = normaliseText(text);
  return readSignals(splitClauses(normalised), normalised);
};

describe('hashtags', () => {
  it('splits a tag made of known words into them, shortest split first', () => {
    expect(splitTag('wanttodie')).toEqual(['want', 'to', 'die']);
    expect(splitTag('tiredofeverything')).toEqual(['tired', 'of', 'everything']);
  });

  it('leaves a tag it cannot split wholly as its letters, each tag a fragment of its own', () => {
    expect(splitTag('xyzzy')).toBeUndefined();
    expect(expandHashtags('day 3 #tiredofeverything #xyzzy')).toBe('day 3  , tired of everything ,   , xyzzy , ');
  });

  it('lets the rules read a run-together tag as words', () => {
    expect(detectCrisis('#wanttodie #sad').level).toBe('concern');
    expect(detectCrisis('#blessed #mondaymood').level).toBe('none');
  });
});

describe('signals across a message (crisis-signals.ts)', () => {
  it('reads means, a decision and a time spread over sentences as a plan', () => {
    const text =
      'ive been holding on for months. i have a bottle of my moms oxy and im going to take it tonight when everyone is asleep';
    expect(signals(text)?.level).toBe('urgent');
    expect(signals(text)?.categories).toEqual(['suicidal_ideation', 'overdose']);
    expect(detectCrisis(text).level).toBe('urgent');
  });

  it('reads despair with death dwelt on as a concern', () => {
    expect(signals('every night i go to bed hoping this is the one where i dont wake up')?.level).toBe('concern');
    expect(signals("i'm so tired. tired of being a person. tired of trying")?.level).toBe('concern');
  });

  it('adds nothing for ordinary occasions, the past, someone else or songs', () => {
    expect(signals("it's happening this weekend, my sister's wedding")).toBeUndefined();
    expect(signals('two years ago i had it planned for a sunday. therapy helped')).toBeUndefined();
    expect(signals('my brother is so tired of living and says he wants out')).toBeUndefined();
    expect(signals('this song about being tired of living is on repeat')).toBeUndefined();
    expect(signals('the bridge on 5th is closed again, took me an hour to get home')).toBeUndefined();
    expect(signals("i'm going to take my meds tonight")).toBeUndefined();
  });

  // Round 8: long, wandering posts.
  it("reads a subjectless clause as the writer's own even with someone else in it", () => {
    expect(signals('left a note for my sister. doing it when she leaves for work')?.level).toBe('urgent');
  });

  it('keeps a decision told in the past, and a wish in a long post with a show elsewhere in it', () => {
    expect(signals('i decided im done. got the rope in my trunk')?.level).toBe('urgent');
    expect(
      signals('watched two episodes of a show, it was ok. on the walk back i kept wishing i could just not wake up')
        ?.level,
    ).toBe('concern');
  });
});

describe('quoted words of someone else', () => {
  it('reads them in their own person: the writer is told of a friend at risk', () => {
    const verdict = detectCrisis('she texted me "i want to die" and now her phone is off');
    expect(verdict.level).toBe('none');
    expect(verdict.someoneElse).toContain('suicidal_ideation');
  });

  it('still reads a quoted line named as a song as a song', () => {
    expect(detectCrisis('"goodbye cruel world" pink floyd hits different').level).toBe('none');
  });
});
