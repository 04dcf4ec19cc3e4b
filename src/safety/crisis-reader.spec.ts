import { detectCrisis, readByRules } from './crisis-detector';
import { READER_MODEL } from './crisis-reader-weights';
import { readCrisis, readerFeatures, readerText, READER_THRESHOLDS, riskOf, type ReaderScores } from './crisis-reader';
import { withReader, type RulesReading } from './crisis-verdict';
import type { CrisisVerdict } from './crisis-types';

const NONE: CrisisVerdict = { crisis: false, level: 'none', categories: [], someoneElse: [] };
const scores = (risk: number, urgent = 0): ReaderScores => ({
  risk: { suicidal_ideation: risk, self_harm: 0.01, overdose: 0.01, harm_to_others: 0.01 },
  urgent,
});
const T = { concern: 0.8, urgent: 0.9 };

describe('the learned reader (crisis-reader.ts)', () => {
  it('reads texts as people type them: case, curly apostrophes, repeated letters and punctuation do not matter', () => {
    expect(readerText('I DON’T  want to be here!!! sooooo tired...')).toBe('i dont want to be here soo tired');
    expect(readerFeatures('Im sooooo done.')).toEqual(readerFeatures('im soooo done'));
  });

  it('gives every text features of unit length, and none to an empty one', () => {
    const { value } = readerFeatures('i have enough saved up now');
    expect(Math.sqrt(value.reduce((sum, v) => sum + v * v, 0))).toBeCloseTo(1, 5);
    expect(readerFeatures('  !!! ').index.length).toBe(0);
  });

  it('scores with the trained weights, and its thresholds come from training (urgency unused when above 1)', () => {
    expect(READER_MODEL.bits).toBe(15);
    expect(READER_THRESHOLDS.concern).toBeGreaterThan(0.5);
    expect(READER_THRESHOLDS.concern).toBeLessThanOrEqual(1);
    const risk = riskOf(readCrisis('loaded it and put it on the nightstand'));
    expect(risk).toBeGreaterThan(READER_THRESHOLDS.concern);
    expect(riskOf(readCrisis('made pancakes with the kids this morning'))).toBeLessThan(READER_THRESHOLDS.concern);
  });
});

describe('rules and reader together (withReader in crisis-verdict.ts)', () => {
  const rules = (verdict: CrisisVerdict, guarded = false): RulesReading => ({ verdict, guarded });

  it('raises a concern, never a page, where the rules read nothing and the reader is sure', () => {
    expect(withReader(rules(NONE), scores(0.95, 0.99), T)).toEqual({
      crisis: false,
      level: 'concern',
      categories: ['suicidal_ideation'],
      someoneElse: [],
    });
    expect(withReader(rules(NONE), scores(0.7), T).level).toBe('none');
  });

  it('never overrules what the rules set aside (the past, negation, hyperbole, someone else)', () => {
    expect(withReader(rules(NONE, true), scores(0.99), T).level).toBe('none');
    expect(readByRules('my brother told me he wants to die').guarded).toBe(true);
    expect(readByRules('i used to want to die when i was a teenager').guarded).toBe(true);
    expect(readByRules('made pancakes with the kids this morning').guarded).toBe(false);
  });

  it("makes a rules' concern urgent only when the reader is sure of both, and keeps the rules' urgent and categories", () => {
    const concern: CrisisVerdict = { ...NONE, level: 'concern', categories: ['self_harm'] };
    expect(withReader(rules(concern), scores(0.95, 0.95), T)).toMatchObject({
      crisis: true,
      level: 'urgent',
      categories: ['self_harm'],
    });
    expect(withReader(rules(concern), scores(0.5, 0.95), T).level).toBe('concern');
    const urgent: CrisisVerdict = { crisis: true, level: 'urgent', categories: ['overdose'], someoneElse: [] };
    expect(withReader(rules(urgent), scores(0.1), T)).toEqual(urgent);
  });

  it('in the detector: a plan said without crisis words, which the rules miss, reaches the care team', () => {
    expect(readByRules('loaded it and put it on the nightstand').verdict.level).toBe('none');
    expect(detectCrisis('loaded it and put it on the nightstand')).toMatchObject({
      level: 'concern',
      categories: ['suicidal_ideation'],
    });
  });

  it('in the detector: a short everyday chat line is left to the rules (too few words for the reader)', () => {
    // Chat lines the reader alone scored above its threshold before the gate; nobody at risk said so little.
    for (const line of ['only once', 'only', "that's it", 'cut it out', 'cut it out!! 😂']) {
      expect(readByRules(line).verdict.level).toBe('none');
      expect(detectCrisis(line).level).toBe('none');
    }
    // Short risk stays the rules' to find.
    expect(detectCrisis('suicidal again').level).not.toBe('none');
  });
});
