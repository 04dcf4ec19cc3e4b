import { detectCrisis, readByRules } from './crisis-detector';
import { POST_SETS } from '../../test/fixtures/crisis';
import { HELD_OUT } from '../../test/support/crisis-train';
import { readCrisis, readerFeatures, readerText, riskOf, type ReaderScores } from './crisis-reader';
import { withReader, type RulesReading } from './crisis-verdict';
import type { CrisisVerdict } from './crisis-types';

const NONE: CrisisVerdict = { crisis: false, level: 'none', categories: [], someoneElse: [] };
const scores = (risk: number, urgent = 0): ReaderScores => ({
  risk: { suicidal_ideation: risk, self_harm: 0.01, overdose: 0.01, harm_to_others: 0.01 },
  urgent,
});
const T = { concern: 0.8, urgent: 0.9 };
/** The shipped weights measure 0.92 (2026-12-07); a retrained reader below this floor reads clearly worse. */
const AUC_FLOOR = 0.88;

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

  it('ranks the writer’s own risk above everything else on posts it was never trained on (the held-out sets)', () => {
    // The sets training leaves out (test/support/crisis-train.ts HELD_OUT): at risk (any level) against benign
    // look-alikes (the past, someone else, hyperbole, lyrics) and everyday chat. The area under the ROC curve
    // is the chance that a random text at risk scores above a random benign one (0.5: no better than a coin).
    const held = POST_SETS.filter((set) => HELD_OUT(set.name)).flatMap((set) => set.posts);
    const atRisk = held.filter((post) => post.level !== 'none').map((post) => riskOf(readCrisis(post.text)));
    const benign = held.filter((post) => post.level === 'none').map((post) => riskOf(readCrisis(post.text)));
    expect(atRisk.length).toBeGreaterThan(100);
    expect(benign.length).toBeGreaterThan(100);
    let above = 0;
    for (const r of atRisk) {
      for (const b of benign) {
        above += r > b ? 1 : r === b ? 0.5 : 0;
      }
    }
    expect(above / (atRisk.length * benign.length)).toBeGreaterThan(AUC_FLOOR);
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

  it('in the detector: passive ideation without crisis words, which the rules miss, reaches the care team', () => {
    // From the sixth hold-out, which neither the rules nor the reader were tuned on (no set trained on says it).
    const text = "tbh i think about jumping every time i'm on a high floor";
    expect(readByRules(text)).toEqual({ verdict: NONE, guarded: false });
    expect(detectCrisis(text)).toEqual({ ...NONE, level: 'concern', categories: ['suicidal_ideation'] });
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
