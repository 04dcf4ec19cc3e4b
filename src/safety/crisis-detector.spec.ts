import { clausesHolding, detectCrisis, explainCrisis, readByRules } from './crisis-detector';
import { CRISIS_PHRASES } from '../../test/fixtures/crisis/crisis-phrases';
import { CRISIS_DEV_PHRASES } from '../../test/fixtures/crisis/crisis-phrases.dev';
import { CRISIS_HOLDOUT_PHRASES } from '../../test/fixtures/crisis/crisis-phrases.holdout';
import { CRISIS_HOLDOUT2_PHRASES } from '../../test/fixtures/crisis/crisis-phrases.holdout2';
import { CRISIS_HOLDOUT3_PHRASES } from '../../test/fixtures/crisis/crisis-phrases.holdout3';
import { CRISIS_BLIND_PHRASES } from '../../test/fixtures/crisis/crisis-phrases.blind';
import type { LabelledPhrase } from '../../test/fixtures/crisis/labelled';
import { POST_SETS } from '../../test/fixtures/crisis';
import { describePhrases, describePosts, measurePhrases, measurePosts } from '../../test/support/crisis-measure';
import { CRISIS_PATTERNS } from './crisis-patterns';
import { splitClauses } from './crisis-clauses';
import { normaliseText } from './text-normalise';
import { needsStaff } from './crisis-verdict';
import { CRISIS_CATEGORIES } from './crisis-types';

interface SetGuard {
  name: string;
  phrases: readonly LabelledPhrase[];
  /** Regression guards at (or just under) the measured level; see BENCHMARKS.md for what each number means. */
  minRecall: number;
  maxFalsePositiveRate: number;
  minCategoryRecall: number;
  note: string;
}

const SETS: readonly SetGuard[] = [
  {
    name: 'tuning set',
    phrases: CRISIS_PHRASES,
    minRecall: 0.95,
    maxFalsePositiveRate: 0.05,
    minCategoryRecall: 0.9,
    note: 'the target for the set the rules were first written against',
  },
  {
    name: 'first hold-out set',
    phrases: CRISIS_HOLDOUT_PHRASES,
    minRecall: 0.9,
    maxFalsePositiveRate: 0.1,
    minCategoryRecall: 0.85,
    // 50% recall before the compositional rules. Its misses were printed by this spec
    // while they were written, so it is no longer strictly unseen.
    note: 'regression guard; no longer strictly unseen',
  },
  {
    name: 'development set',
    phrases: CRISIS_DEV_PHRASES,
    minRecall: 0.95,
    maxFalsePositiveRate: 0.05,
    minCategoryRecall: 0.9,
    // Each of its six batches was measured once before tuning (recall 49.7%, 64.5%, 46.9%,
    // 65.5%, 71.4%, 47.3%), then tuned on.
    note: 'tuned on; first measurements in BENCHMARKS.md',
  },
  {
    name: 'second hold-out set',
    phrases: CRISIS_HOLDOUT2_PHRASES,
    // Written after the fifth round of tuning: 84.7% recall, 3.2% FPR when first measured.
    // A sixth round followed, and three structural bugs found by the third hold-out were
    // fixed, so it is no longer strictly unseen. The 85% goal is not asserted.
    minRecall: 0.8,
    maxFalsePositiveRate: 0.08,
    minCategoryRecall: 0.7,
    note: 'first measured unseen; since touched by structural fixes',
  },
  {
    name: 'third hold-out set',
    phrases: CRISIS_HOLDOUT3_PHRASES,
    // Written after the last round of tuning: 67.2% recall, 6.3% FPR when first measured
    // (old rules: 60.3%, 6.3%), the honest estimate for unseen wording. Three structural
    // bugs it exposed were fixed afterwards; no phrasing was added for it.
    minRecall: 0.7,
    maxFalsePositiveRate: 0.08,
    minCategoryRecall: 0.5,
    note: 'unseen except for three structural fixes',
  },
  {
    name: 'independent blind set',
    phrases: CRISIS_BLIND_PHRASES,
    // Written by a separate author who never saw the detector; measured once at 76.7%
    // recall, 5.7% FPR. Never tune on it. The goal (recall 85%) is not met. Kept out of the
    // learned reader's training: rules alone 80.8% / 5.0%, with the reader 83.3% / 5.0%.
    minRecall: 0.83,
    maxFalsePositiveRate: 0.06,
    minCategoryRecall: 0.55,
    note: 'independent, never tuned on',
  },
];

describe.each(SETS)(
  'crisis detector on the $name',
  ({ name, phrases, minRecall, maxFalsePositiveRate, minCategoryRecall }) => {
    const measured = measurePhrases(phrases, detectCrisis);

    it(`reports its numbers and keeps recall and false alarms within the guard`, () => {
      console.log(describePhrases(`crisis detector — ${name}`, measured));
      expect(measured.recall).toBeGreaterThanOrEqual(minRecall);
      expect(measured.falsePositiveRate).toBeLessThanOrEqual(maxFalsePositiveRate);
    });

    it.each(CRISIS_CATEGORIES)('names the category %s for most of its crises', (category) => {
      expect(measured.categoryRecall[category]).toBeGreaterThanOrEqual(minCategoryRecall);
    });
  },
);

interface PostGuard {
  name: string;
  /** Risk found at any level, and benign posts given any level or urgent: guards at or just under the measured level. */
  minRecall: number;
  maxFalsePositiveRate: number;
  maxUrgentFalsePositiveRate: number;
}

// See BENCHMARKS.md: the unseen sets were written before any tuning and measured once; these guard that measurement.
// Since round 7 every set here but the sixth and seventh hold-outs is also the learned reader's training data
// (crisis-reader.ts), so their figures with the reader are fitted, not estimates; the guards were not raised for it.
const POST_GUARDS: readonly PostGuard[] = [
  { name: 'dev posts', minRecall: 0.95, maxFalsePositiveRate: 0.03, maxUrgentFalsePositiveRate: 0.03 },
  { name: 'dev posts, second batch', minRecall: 0.95, maxFalsePositiveRate: 0.05, maxUrgentFalsePositiveRate: 0.03 },
  // First unseen sets: 78.6%, 87.5%, 69.0%, 70.6% recall when measured once; since read and worked on (see BENCHMARKS.md).
  { name: 'unseen suicidal ideation', minRecall: 0.8, maxFalsePositiveRate: 0.05, maxUrgentFalsePositiveRate: 0.03 },
  { name: 'unseen self-harm', minRecall: 0.85, maxFalsePositiveRate: 0.07, maxUrgentFalsePositiveRate: 0.04 },
  { name: 'unseen overdose', minRecall: 0.85, maxFalsePositiveRate: 0.05, maxUrgentFalsePositiveRate: 0.05 },
  { name: 'unseen harm to others', minRecall: 0.8, maxFalsePositiveRate: 0.03, maxUrgentFalsePositiveRate: 0.03 },
  // Second unseen sets, measured once at the end of the second round and never tuned on: the honest figures.
  {
    name: 'second unseen suicidal ideation',
    minRecall: 0.5,
    maxFalsePositiveRate: 0.08,
    maxUrgentFalsePositiveRate: 0.08,
  },
  { name: 'second unseen self-harm', minRecall: 0.7, maxFalsePositiveRate: 0.07, maxUrgentFalsePositiveRate: 0.03 },
  { name: 'second unseen overdose', minRecall: 0.9, maxFalsePositiveRate: 0.07, maxUrgentFalsePositiveRate: 0.07 },
  {
    name: 'second unseen harm to others',
    minRecall: 0.8,
    maxFalsePositiveRate: 0.03,
    maxUrgentFalsePositiveRate: 0.03,
  },
  // Round 4's dev posts (tuned on): 74.0%, 44.7% and 70.8% recall when first measured.
  { name: 'dev posts, third batch', minRecall: 0.9, maxFalsePositiveRate: 0.03, maxUrgentFalsePositiveRate: 0.03 },
  { name: 'dev posts, fourth batch', minRecall: 0.9, maxFalsePositiveRate: 0.05, maxUrgentFalsePositiveRate: 0.05 },
  { name: 'dev posts, fifth batch', minRecall: 0.9, maxFalsePositiveRate: 0.03, maxUrgentFalsePositiveRate: 0.03 },
  // Round 8's dev posts (tuned on): 75.0% recall, 11.4% FPR on their first 112 posts before the round; 93.9% after round 9.
  { name: 'dev posts, sixth batch', minRecall: 0.93, maxFalsePositiveRate: 0.04, maxUrgentFalsePositiveRate: 0.02 },
  // Round 9's dev posts (tuned on): 78.4% recall, 16.3% FPR (urgent 12.2%) on their first 123 posts before the round;
  // 90.7%, 0.8% (urgent 0.0%) on all 237 at its end.
  { name: 'dev posts, seventh batch', minRecall: 0.9, maxFalsePositiveRate: 0.017, maxUrgentFalsePositiveRate: 0.017 },
  // Round 10's dev set (long forum posts, three parts), tuned on: 64.5% recall, 12.5% false alarms before the round,
  // 91.6% at its end, 88.8% after the round 10 review took out over-broad rules.
  { name: 'dev posts, eighth batch', minRecall: 0.88, maxFalsePositiveRate: 0.06, maxUrgentFalsePositiveRate: 0.06 },
  // Round 11's dev set (false-alarm kinds beside at-risk posts of the same shape), tuned on: 27.3% urgent false alarms
  // before the round, 8.7% after.
  { name: 'dev posts, ninth batch', minRecall: 0.97, maxFalsePositiveRate: 0.09, maxUrgentFalsePositiveRate: 0.09 },
  // Fourth hold-out: 70.1% recall, 14.3% FPR when measured once at the end of round 4; round 5 was tuned on its misses.
  {
    name: 'fourth hold-out suicidal ideation',
    minRecall: 0.9,
    maxFalsePositiveRate: 0.04,
    maxUrgentFalsePositiveRate: 0.04,
  },
  { name: 'fourth hold-out self-harm', minRecall: 0.95, maxFalsePositiveRate: 0.1, maxUrgentFalsePositiveRate: 0.1 },
  { name: 'fourth hold-out overdose', minRecall: 0.9, maxFalsePositiveRate: 0.0, maxUrgentFalsePositiveRate: 0.0 },
  {
    name: 'fourth hold-out harm to others',
    minRecall: 0.95,
    maxFalsePositiveRate: 0.0,
    maxUrgentFalsePositiveRate: 0.0,
  },
  // Fifth hold-out: 67.3% recall, 8.1% FPR when measured once at the end of round 5; round 6 was tuned on its misses.
  {
    name: 'fifth hold-out suicidal ideation',
    minRecall: 0.95,
    maxFalsePositiveRate: 0.06,
    maxUrgentFalsePositiveRate: 0.06,
  },
  { name: 'fifth hold-out self-harm', minRecall: 0.95, maxFalsePositiveRate: 0.0, maxUrgentFalsePositiveRate: 0.0 },
  { name: 'fifth hold-out overdose', minRecall: 0.95, maxFalsePositiveRate: 0.0, maxUrgentFalsePositiveRate: 0.0 },
  {
    name: 'fifth hold-out harm to others',
    minRecall: 0.95,
    maxFalsePositiveRate: 0.0,
    maxUrgentFalsePositiveRate: 0.0,
  },
  // Sixth hold-out, measured once at the end of round 6 (65.8% recall, 4.5% FPR; one harm-to-others miss, a
  // regression of round 6's "hes" spelling, was fixed afterwards): the honest figures, goals not met.
  // Kept out of the learned reader's training: suicidal ideation 52.4% → 61.9% with it, false alarms unchanged.
  {
    name: 'sixth hold-out suicidal ideation',
    minRecall: 0.6,
    maxFalsePositiveRate: 0.09,
    maxUrgentFalsePositiveRate: 0.0,
  },
  { name: 'sixth hold-out self-harm', minRecall: 0.75, maxFalsePositiveRate: 0.0, maxUrgentFalsePositiveRate: 0.0 },
  { name: 'sixth hold-out overdose', minRecall: 1, maxFalsePositiveRate: 0.0, maxUrgentFalsePositiveRate: 0.0 },
  {
    name: 'sixth hold-out harm to others',
    minRecall: 0.75,
    maxFalsePositiveRate: 0.0,
    maxUrgentFalsePositiveRate: 0.0,
  },
  // Seventh hold-out: written and committed before the learned reader was built, measured once at the end of
  // round 7 (rules alone 65.6% recall, 9.5% FPR; with the reader 72.9%, 9.5%): the honest figures, goals not met.
  {
    name: 'seventh hold-out suicidal ideation',
    minRecall: 0.64,
    maxFalsePositiveRate: 0.11,
    maxUrgentFalsePositiveRate: 0.04,
  },
  { name: 'seventh hold-out self-harm', minRecall: 0.84, maxFalsePositiveRate: 0.0, maxUrgentFalsePositiveRate: 0.0 },
  { name: 'seventh hold-out overdose', minRecall: 0.68, maxFalsePositiveRate: 0.19, maxUrgentFalsePositiveRate: 0.1 },
  // Harm to others was 92.3% with the first reader, 84.6% after it was retrained with everyday talk (one post).
  // Its one false alarm (9.1%, a coworker's plan read as the writer's) went in round 9.
  {
    name: 'seventh hold-out harm to others',
    minRecall: 0.84,
    maxFalsePositiveRate: 0.0,
    maxUrgentFalsePositiveRate: 0.0,
  },
  // Eighth hold-out: written and committed (1bdefaf) before round 8 changed the detector, measured before (61.1% recall,
  // 11.8% FPR) and once at the end of round 8 (68.9%, 10.3%): the honest figures, goals not met. Never trained on.
  // Round 9 worked on the kinds its misses and false alarms are named by in BENCHMARKS' known weaknesses (so these
  // later figures are not estimates): suicidal ideation false alarms 12.5% -> 0.0%, self-harm 83.3% -> 88.9%,
  // overdose false alarms 14.3% -> 7.1%.
  {
    name: 'eighth hold-out suicidal ideation',
    minRecall: 0.57,
    maxFalsePositiveRate: 0.0,
    maxUrgentFalsePositiveRate: 0.0,
  },
  { name: 'eighth hold-out self-harm', minRecall: 0.88, maxFalsePositiveRate: 0.0, maxUrgentFalsePositiveRate: 0.0 },
  { name: 'eighth hold-out overdose', minRecall: 0.81, maxFalsePositiveRate: 0.08, maxUrgentFalsePositiveRate: 0.08 },
  {
    name: 'eighth hold-out harm to others',
    minRecall: 0.68,
    maxFalsePositiveRate: 0.13,
    maxUrgentFalsePositiveRate: 0.13,
  },
  // Ninth hold-out: written and committed (a964331) before round 9 changed the detector, measured before (62.0% recall,
  // 9.8% FPR, urgent 8.2%) and once at the end of round 9 (63.0%, 8.2%, urgent 6.6%): the honest figures, goals not met.
  // Never trained on. The reader adds recall on it but also one suicidal-ideation false alarm (rules alone 9.1%).
  {
    name: 'ninth hold-out suicidal ideation',
    minRecall: 0.58,
    maxFalsePositiveRate: 0.14,
    maxUrgentFalsePositiveRate: 0.1,
  },
  { name: 'ninth hold-out self-harm', minRecall: 0.5, maxFalsePositiveRate: 0.08, maxUrgentFalsePositiveRate: 0.08 },
  { name: 'ninth hold-out overdose', minRecall: 0.76, maxFalsePositiveRate: 0.0, maxUrgentFalsePositiveRate: 0.0 },
  {
    name: 'ninth hold-out harm to others',
    minRecall: 0.75,
    maxFalsePositiveRate: 0.08,
    maxUrgentFalsePositiveRate: 0.08,
  },
  // Tenth hold-out: written and committed (e971879) before round 10 changed the detector, measured before (57.1% recall,
  // 16.4% FPR, urgent 8.2%) and once at the end of round 10 (61.0%, 16.4%, urgent 8.2%): the honest figures, goals not
  // met. Never trained on. Only suicidal ideation moved (57.7% -> 69.2%); the round 10 review's removals took it to
  // 65.4% (all four 59.7%, urgent 42.5%), false alarms unchanged.
  {
    name: 'tenth hold-out suicidal ideation',
    minRecall: 0.65,
    maxFalsePositiveRate: 0.25,
    maxUrgentFalsePositiveRate: 0.1,
  },
  { name: 'tenth hold-out self-harm', minRecall: 0.55, maxFalsePositiveRate: 0.15, maxUrgentFalsePositiveRate: 0.0 },
  { name: 'tenth hold-out overdose', minRecall: 0.76, maxFalsePositiveRate: 0.08, maxUrgentFalsePositiveRate: 0.08 },
  {
    name: 'tenth hold-out harm to others',
    minRecall: 0.37,
    maxFalsePositiveRate: 0.15,
    maxUrgentFalsePositiveRate: 0.15,
  },
  // Eleventh hold-out: written and committed (beed2d0) before round 11 changed the detector, measured before (64.9%
  // recall, 11.8% FPR, urgent 7.8%) and once at the end of round 11 (64.9%, 5.9%, urgent 2.0%). Never trained on.
  {
    name: 'eleventh hold-out suicidal ideation',
    minRecall: 0.62,
    maxFalsePositiveRate: 0.07,
    maxUrgentFalsePositiveRate: 0.07,
  },
  { name: 'eleventh hold-out self-harm', minRecall: 0.82, maxFalsePositiveRate: 0.19, maxUrgentFalsePositiveRate: 0.0 },
  { name: 'eleventh hold-out overdose', minRecall: 0.82, maxFalsePositiveRate: 0.0, maxUrgentFalsePositiveRate: 0.0 },
  {
    name: 'eleventh hold-out harm to others',
    minRecall: 0.31,
    maxFalsePositiveRate: 0.0,
    maxUrgentFalsePositiveRate: 0.0,
  },
  // Everyday talk: the rules raise nothing on it; the reader was trained on the first set, not the hold-out (1 of 105).
  { name: 'ordinary chat', minRecall: 1, maxFalsePositiveRate: 0.0, maxUrgentFalsePositiveRate: 0.0 },
  { name: 'everyday chat hold-out', minRecall: 1, maxFalsePositiveRate: 0.01, maxUrgentFalsePositiveRate: 0.0 },
  // Written and committed before it was measured, never trained on: 0 of 256 raised at any level (rules or reader).
  { name: 'second everyday chat hold-out', minRecall: 1, maxFalsePositiveRate: 0.0, maxUrgentFalsePositiveRate: 0.0 },
];

describe('the learned reader beside the rules, on the sets it was not trained on', () => {
  // Measured once on the seventh hold-out (written before the reader): +7.3 points of recall, no false alarm added;
  // +6.3 after retraining with everyday talk.
  it.each(['sixth hold-out', 'seventh hold-out', 'eighth hold-out', 'tenth hold-out', 'eleventh hold-out'])(
    'adds recall and no false alarm on the %s',
    (generation) => {
      const posts = POST_SETS.filter((s) => s.name.startsWith(`${generation} `)).flatMap((s) => s.posts);
      const rules = measurePosts(posts, (text) => readByRules(text).verdict);
      const both = measurePosts(posts, detectCrisis);
      expect(both.recall).toBeGreaterThan(rules.recall);
      expect(both.falsePositiveRate).toBeLessThanOrEqual(rules.falsePositiveRate);
      expect(both.urgentFalsePositiveRate).toBeLessThanOrEqual(rules.urgentFalsePositiveRate);
    },
  );
});

describe.each(POST_GUARDS)('crisis detector on the $name', ({ name, ...guard }) => {
  const set = POST_SETS.find((s) => s.name === name);

  it('reports its numbers per level and keeps them within the guard', () => {
    expect(set).toBeDefined();
    const measured = measurePosts(set?.posts ?? [], detectCrisis);
    console.log(describePosts(`crisis detector — ${name}`, measured));
    expect(measured.recall).toBeGreaterThanOrEqual(guard.minRecall);
    expect(measured.falsePositiveRate).toBeLessThanOrEqual(guard.maxFalsePositiveRate);
    expect(measured.urgentFalsePositiveRate).toBeLessThanOrEqual(guard.maxUrgentFalsePositiveRate);
  });
});

describe('crisis rules prefilter', () => {
  it('never rules out a clause an expression matches, on any labelled text', () => {
    const texts = [...SETS.flatMap((s) => s.phrases), ...POST_SETS.flatMap((s) => s.posts)].map((p) => p.text);
    const lost: string[] = [];
    for (const text of texts) {
      const clauses = splitClauses(normaliseText(text)).map((clause) => clause.text);
      const lines = clauses.join('\n');
      const lineStarts = clauses.map((_, i) => clauses.slice(0, i).reduce((sum, c) => sum + c.length + 1, 0));
      for (const pattern of CRISIS_PATTERNS) {
        pattern.regexes.forEach((regex, i) => {
          const anchors = pattern.anchors[i];
          const held = clausesHolding(pattern.screens[i], lines, lineStarts);
          clauses.forEach((clause, at) => {
            regex.lastIndex = 0;
            const screenedOut =
              (anchors !== undefined && !anchors.some((w) => lines.includes(w))) || !held.includes(at);
            if (regex.test(clause) && screenedOut) {
              lost.push(`${pattern.id}#${i}: ${clause}`);
            }
          });
        });
      }
    }
    expect(lost).toEqual([]);
  });

  it('reads the words an expression needs from its source', () => {
    const kill = CRISIS_PATTERNS.find((p) => p.id === 'si-kill-self');
    expect(kill?.anchors[0]).toEqual(expect.arrayContaining(['myself', 'himself', 'themselves']));
    expect(CRISIS_PATTERNS.filter((p) => p.anchors.every((a) => a === undefined)).length).toBeLessThan(10);
  });
});

describe('crisis detector sets', () => {
  it('keeps the sets large enough and free of each other’s phrases', () => {
    const tuning = measurePhrases(CRISIS_PHRASES, detectCrisis);
    const dev = measurePhrases(CRISIS_DEV_PHRASES, detectCrisis);
    expect(tuning.positives).toBeGreaterThanOrEqual(120);
    expect(tuning.negatives).toBeGreaterThanOrEqual(180);
    expect(dev.positives).toBeGreaterThanOrEqual(140);
    expect(dev.negatives).toBeGreaterThanOrEqual(160);
    const earlier = new Set([...CRISIS_PHRASES, ...CRISIS_HOLDOUT_PHRASES].map((p) => p.text));
    expect(CRISIS_DEV_PHRASES.filter((p) => earlier.has(p.text))).toEqual([]);
    const developed = new Set([...earlier, ...CRISIS_DEV_PHRASES.map((p) => p.text)]);
    expect(CRISIS_HOLDOUT2_PHRASES.filter((p) => developed.has(p.text))).toEqual([]);
    const held = new Set([...developed, ...CRISIS_HOLDOUT2_PHRASES.map((p) => p.text)]);
    expect(CRISIS_HOLDOUT3_PHRASES.filter((p) => held.has(p.text))).toEqual([]);
  });
});

// Speed is measured by benchmarks, never asserted by a timed test (a loaded CI machine would
// make it flaky): the line printed here is for reading; `npm run bench` profiles the send path.
describe('crisis detector on long input', () => {
  it('reads a very long message to the end (and prints the average time per call on the development set)', () => {
    const texts = CRISIS_DEV_PHRASES.map((p) => p.text);
    const start = process.hrtime.bigint();
    texts.forEach((text) => detectCrisis(text));
    const microseconds = Number(process.hrtime.bigint() - start) / 1000 / texts.length;
    console.log(`crisis detector — ${microseconds.toFixed(0)} µs per call on the development set (first pass)`);

    const long = `${'I went to group and then I had lunch. '.repeat(300)}I want to kill myself tonight`;
    expect(detectCrisis(long)).toMatchObject({ crisis: true, level: 'urgent' });
    expect(detectCrisis(`${'I went to group and then I had lunch. '.repeat(300)}ok`).crisis).toBe(false);
  });
});

// The first sets' sense of a crisis: anything staff should hear of, the writer's or someone else's.
const verdictOf = (text: string): boolean => needsStaff(detectCrisis(text));

describe('crisis detector rules', () => {
  it('limits negation to its own clause', () => {
    expect(verdictOf("I'm not going to hurt myself anymore")).toBe(false);
    expect(verdictOf("I'm not suicidal but I do want to die sometimes")).toBe(true);
    expect(verdictOf("I don't drink anymore and I want to die")).toBe(true);
    expect(verdictOf('Not gonna lie, I want to die')).toBe(true);
  });

  it('does not read "can\'t stop" or "trying not to" as a denial', () => {
    expect(verdictOf("I can't stop thinking about killing myself")).toBe(true);
    expect(verdictOf("I'm trying so hard not to cut tonight")).toBe(true);
  });

  it('ignores quoted titles and terms but keeps reported words', () => {
    expect(verdictOf("the song 'Suicide Blonde' is on repeat")).toBe(false);
    expect(verdictOf('People say "kys" like it is nothing')).toBe(false);
    expect(verdictOf("She texted me 'I'm going to kill myself tonight'")).toBe(true);
  });

  it('knows common idioms', () => {
    for (const idiom of [
      'this homework is killing me',
      'killing it at work',
      'dying to see you',
      "I'd kill for a coffee",
      'I hurt myself laughing',
      'I burned myself out at work',
    ]) {
      expect(verdictOf(idiom)).toBe(false);
    }
  });

  it('treats recovery framing as past unless a later clause reopens it', () => {
    expect(verdictOf('I used to want to die but not anymore')).toBe(false);
    expect(verdictOf('I used to want to die but lately the thoughts are back')).toBe(true);
    expect(verdictOf('I tried to kill myself when I was 19')).toBe(false);
    expect(verdictOf('I tried to kill myself last night')).toBe(true);
  });

  it('separates the "if" of a conditional from its consequence', () => {
    expect(verdictOf("If I ever felt like hurting myself, I'd call my sponsor")).toBe(false);
    expect(verdictOf("If I relapse again I'll kill myself")).toBe(true);
    expect(verdictOf('My therapist asked if I ever thought about suicide and I said no')).toBe(false);
  });

  it('acts on danger reported about someone now, not in the past', () => {
    expect(detectCrisis("my roommate says she's going to kill herself tonight")).toMatchObject({
      level: 'none',
      someoneElse: ['suicidal_ideation'],
    });
    expect(verdictOf('My uncle killed himself when I was 12')).toBe(false);
    expect(verdictOf('People who want to kill themselves need support')).toBe(false);
  });

  it('reads slang, typos, capitals and elongated words', () => {
    expect(verdictOf('i want to kms')).toBe(true);
    expect(verdictOf('kys loser')).toBe(false);
    expect(verdictOf('I want to unalive myself')).toBe(true);
    expect(verdictOf('I WANT TO DIEEEE')).toBe(true);
    expect(verdictOf('im gonna kill myself')).toBe(true);
    expect(verdictOf('dont want to be alive anymore')).toBe(true);
  });

  it('reads desire, intent and dwelling frames with a few words between', () => {
    expect(verdictOf('honestly i just want to go to sleep and never wake up')).toBe(true);
    expect(verdictOf("i'm ready to just not exist anymore")).toBe(true);
    expect(verdictOf('been thinking a lot about driving my car into a wall')).toBe(true);
    expect(verdictOf("I want to help people who don't want to live")).toBe(false);
    expect(verdictOf('I want to die my hair green')).toBe(false);
  });

  it('hears passive ideation and warning signs without the word suicide', () => {
    expect(verdictOf("if I didn't wake up tomorrow, that'd be fine by me")).toBe(true);
    expect(verdictOf("I'm such a burden to my family, they'd be happier without me")).toBe(true);
    expect(verdictOf("there's no reason for me to stay alive")).toBe(true);
    expect(verdictOf('I feel like a burden when I ask for help with rides')).toBe(false);
    expect(verdictOf("I don't see a way out of this debt")).toBe(false);
    expect(verdictOf('The only way out is through, my sponsor says')).toBe(false);
  });

  it('treats means, research and rehearsal as plans', () => {
    expect(verdictOf('bought a rope today. nobody knows')).toBe(true);
    expect(verdictOf('bought a rope for the climbing gym')).toBe(false);
    expect(verdictOf('I looked up how many of my pills it would take to die')).toBe(true);
    expect(verdictOf('I looked up how many calories are in a beer')).toBe(false);
    expect(verdictOf('stood on the ledge of the parking garage for an hour tonight')).toBe(true);
  });

  it('reads a goodbye from several farewell cues, not from one, and not when leaving a group', () => {
    expect(verdictOf("I'm sorry for everything. Please don't blame yourselves. Goodbye.")).toBe(true);
    expect(verdictOf("my brother posted goodbye and his phone is off, I can't reach him")).toBe(true);
    expect(verdictOf('Goodbye everyone, last day of IOP today, love you all!')).toBe(false);
    expect(verdictOf('Sorry I missed group, love you guys')).toBe(false);
  });

  it('needs drugs or alcohol in the message before symptoms count as an overdose', () => {
    expect(verdictOf('took a bunch of bars earlier and now I can barely keep my eyes open')).toBe(true);
    expect(verdictOf('I stayed up all night and can barely keep my eyes open')).toBe(false);
    expect(verdictOf('drank half a bottle of vodka and then took my klonopin')).toBe(true);
    expect(verdictOf('I swallowed 25 of my lithium')).toBe(true);
    expect(verdictOf('I took 2 advil and went to bed')).toBe(false);
  });

  it('sees a weapon taken to someone, not anger alone', () => {
    expect(verdictOf("I'm driving to his apartment with my dad's gun")).toBe(true);
    expect(verdictOf('I want to break his jaw, I mean it')).toBe(true);
    expect(verdictOf('I want to hurt him the way he hurt me, emotionally I mean')).toBe(false);
    expect(verdictOf("I'm so angry at my ex I could scream")).toBe(false);
  });

  it('sets aside what would have happened, and words talked about rather than said', () => {
    expect(verdictOf('my old self would have taken all the pills, instead I called my sponsor')).toBe(false);
    expect(verdictOf('can everyone stop saying kms in the chat')).toBe(false);
    expect(verdictOf("if it wasn't for my dog I'd have done it already")).toBe(true);
  });

  it('keeps a friend’s overdose told in the past tense live unless the message says it is over', () => {
    expect(verdictOf('my brother took a whole bottle of his sleeping pills and locked himself in')).toBe(true);
    expect(verdictOf('my brother took a whole bottle of pills years ago and survived')).toBe(false);
    expect(verdictOf('my aunt took too many of her pain pills and died in 2019')).toBe(false);
  });

  it('reads a single quoted word as part of its sentence, and keeps violence slang with "out"', () => {
    expect(verdictOf("I scratched 'ugly' into my arm last night")).toBe(true);
    expect(verdictOf("I'm going to choke that guy out tonight")).toBe(true);
  });

  it('reads common typos of the words that matter', () => {
    expect(verdictOf('i wnat to die tonihgt')).toBe(true);
    expect(verdictOf('i just want to kill mysefl')).toBe(true);
  });

  it('finds a crisis buried in a long message next to a negated one', () => {
    const text =
      "Group was fine. I'm not going to use this weekend. But honestly I've been cutting again and I don't know how to stop.";
    expect(detectCrisis(text)).toEqual({ crisis: false, level: 'concern', categories: ['self_harm'], someoneElse: [] });
  });

  it('grades passive ideation as concern and intent or emergencies as urgent', () => {
    expect(detectCrisis('I wish I was never born').level).toBe('concern');
    expect(detectCrisis("I'm going to kill myself tonight").level).toBe('urgent');
    expect(detectCrisis("he's turning blue and won't wake up after using").level).toBe('urgent');
    expect(detectCrisis('good morning everyone')).toEqual({
      crisis: false,
      level: 'none',
      categories: [],
      someoneElse: [],
    });
  });
});

const levelOf = (text: string): string => detectCrisis(text).level;

describe('crisis detector on real language (the kinds in issue 16)', () => {
  it('hears intent without crisis words', () => {
    expect(levelOf('said my goodbyes. tonight')).toBe('urgent');
    expect(levelOf("I'm ready to go now")).toBe('urgent');
    expect(levelOf("it's happening this weekend")).toBe('urgent');
    expect(levelOf("it's happening this weekend, my first sober birthday party!")).toBe('none');
    expect(levelOf("i'm ready to go now, ubers here")).toBe('none');
  });

  it('hears methods described, not named, and means at hand', () => {
    expect(levelOf("what's the most painless way")).toBe('urgent');
    expect(detectCrisis('how many of these would it take').categories).toEqual(['suicidal_ideation', 'overdose']);
    expect(levelOf('the gun is in my lap')).toBe('urgent');
    expect(levelOf('pills lined up on my nightstand')).toBe('urgent');
  });

  it('hears passive ideation and fragments without I or me, as concern', () => {
    expect(levelOf("wish I wouldn't wake up")).toBe('concern');
    expect(levelOf("hope the bus doesn't stop")).toBe('concern');
    expect(levelOf("suicidal again. can't sleep")).toBe('concern');
    expect(levelOf('depressed. numb. done')).toBe('concern');
    expect(levelOf('Done! Finished my homework. So tired.')).toBe('none');
  });

  it('does not let negation or a condition reach too far', () => {
    expect(levelOf("the only reason I didn't do it tonight is my dog")).toBe('urgent');
    expect(levelOf('trying so hard not to kill myself')).not.toBe('none');
    expect(levelOf("I'm not suicidal, never have been")).toBe('none');
  });

  it('keeps idiom exceptions narrow', () => {
    expect(levelOf('I just want to die peacefully')).toBe('concern');
    expect(levelOf("I'd rather be dead")).toBe('concern');
    expect(levelOf('I want to die peacefully at 95 surrounded by my grandkids')).toBe('none');
    expect(levelOf("I'd rather die than eat pineapple on pizza")).toBe('none');
  });

  it('hears self-harm in other words, as concern unless a wound is in danger', () => {
    expect(detectCrisis('cut five times today')).toMatchObject({ level: 'concern', categories: ['self_harm'] });
    expect(levelOf('dug my nails in until it bled')).toBe('concern');
    expect(levelOf('cut deep tonight, i think it needs stitches')).toBe('urgent');
  });

  it('sets aside the past, hyperbole, lyrics, full negation and units', () => {
    for (const text of [
      'I was suicidal in my teens',
      'In my darkest days I thought everyone would be better off without me',
      'this timetable makes me suicidal lol',
      '"I want to die in your arms tonight" is stuck in my head',
      "I'm not suicidal, never have been",
      'kms on a used car',
      'walked 12 kms today!!',
      'took all my meds today like a good boy lol',
    ]) {
      expect([text, levelOf(text)]).toEqual([text, 'none']);
    }
    expect(levelOf('kms tonight fr')).not.toBe('none');
  });

  it("names someone else's risk apart from the writer's, and an emergency in front of the writer as urgent", () => {
    expect(detectCrisis('my friend is suicidal')).toEqual({
      crisis: false,
      level: 'none',
      categories: [],
      someoneElse: ['suicidal_ideation'],
    });
    expect(detectCrisis("bf took a bunch of xanax and i can't wake him up")).toMatchObject({
      crisis: true,
      level: 'urgent',
      someoneElse: ['overdose'],
    });
    expect(detectCrisis('my ex keeps saying he will kill me')).toMatchObject({ level: 'urgent' });
  });

  // Round 9 (dev posts, seventh batch): short replies in a running chat.
  it('dates the past said with a span typed short or loose, and keeps it apart from now', () => {
    for (const text of [
      '6 yrs ago i wanted to die every day. now i coach soccer',
      'a decade ago i tried to end my life',
      'a couple years back i wanted to kill myself',
      'if i have to sit through that meeting one more time im ending it all lol',
      'taco night tonight!! tonight is the night 🌮',
      'tonight im finally doing it... dyeing my hair pink',
    ]) {
      expect([text, levelOf(text)]).toEqual([text, 'none']);
    }
    expect(levelOf('i wanted to die a few minutes ago and i still do')).not.toBe('none');
  });

  it('gives a third person their own plan or words, not the writer', () => {
    expect(detectCrisis('my brother said he is going to stab his roommate, should i call someone')).toMatchObject({
      level: 'none',
      someoneElse: ['harm_to_others'],
    });
    expect(detectCrisis('my cousin texted me "im gonna end it tonight" and now shes not answering')).toMatchObject({
      level: 'none',
      someoneElse: ['suicidal_ideation'],
    });
    expect(levelOf('im going to stab him when he gets home, the knife is by the door')).toBe('urgent');
    expect(detectCrisis('my sister is standing on the ledge and refuses to come down')).toMatchObject({
      level: 'urgent',
      someoneElse: ['suicidal_ideation'],
    });
  });

  it('hears plans said in a few words: means with "its happening", a method worked out, a burden lifted', () => {
    expect(levelOf('the charcoal is in my trunk. its happening')).toBe('urgent');
    expect(levelOf('worked out exactly how many pills it takes. doing it tonight')).toBe('urgent');
    expect(levelOf('u guys wont have to deal with me after friday')).toBe('urgent');
    expect(levelOf('u ever just want to stop existing. yeah thats me rn')).toBe('concern');
    expect(levelOf('if you ever want to talk about it, my dms are open')).toBe('none');
  });

  it('hears overdoses counted in sheets or a cabinet, self-harm relapses named by the body, and lying in wait', () => {
    expect(detectCrisis('i took two strips of my sleeping pills')).toMatchObject({ level: 'urgent' });
    expect(detectCrisis('swallowed everything in the medicine cabinet')).toMatchObject({
      level: 'urgent',
      categories: ['overdose'],
    });
    expect(detectCrisis('slipped up last night after 40 days. my thighs again')).toMatchObject({
      level: 'concern',
      categories: ['self_harm'],
    });
    expect(levelOf('slipped up last night after 40 days of no drinking')).toBe('none');
    expect(levelOf('im waiting outside with my dads hammer until he gets home')).toBe('urgent');
    expect(levelOf('poured lighter fluid all over his truck')).toBe('urgent');
    expect(levelOf('poured gas into the mower and cut the lawn')).toBe('none');
  });

  // Round 9's review: what its additions let through or set aside wrongly, each with look-alikes.
  describe('round 9 review fixes', () => {
    const expectLevels = (cases: readonly (readonly [string, string])[]): void => {
      for (const [text, level] of cases) {
        expect([text, levelOf(text)]).toEqual([text, level]);
      }
    };

    it('explains "doing it tonight" only by an act with a harmless object, never beside means or a goodbye', () => {
      expectLevels([
        ['doing it tonight, making sure its quick', 'urgent'],
        ['doing it tonight. making it look like an accident', 'urgent'],
        ['doing it tonight. cutting my hair. then the pills', 'urgent'],
        ['doing it tonight!! finally asking him out, wish me luck', 'none'],
        ['doing it tonight, getting my nose pierced lol', 'none'],
      ]);
    });

    it('lets company explain a place only where the place is named, and never the view or beside a goodbye', () => {
      expectLevels([
        ['heading to the bridge now. its beautiful up here. goodbye', 'urgent'],
        ['im going back there tonight. the bridge. the view will be the last thing i see', 'urgent'],
        ['going to the bridge tonight with my friends. nothing matters anymore', 'urgent'],
        ['walking to the bridge tonight with my gf to see the fireworks', 'none'],
        ['going to the roof tonight w my roommates, sunset was so pretty', 'none'],
      ]);
    });

    it('reads "took it. all" as an amount only when the "all" ends its sentence', () => {
      expectLevels([
        ['swallowed it. all good, sorry for the late reply', 'none'],
        ['took them. all good now, headache gone', 'none'],
        ['took it. all of it. sorry', 'urgent'],
      ]);
    });

    // Round 9 read "all my meds for today" as adherence; its guard saw only its own clause, so an apology or a
    // plan in the next one went unread. A false page on adherence is the lesser error: "for today" is not excused.
    it('reads all my meds "for today" as an overdose, whatever follows it', () => {
      expectLevels([
        ['took all my meds for today at once, sorry', 'urgent'],
        ['took all my meds for today at once. goodbye', 'urgent'],
        ['took all my meds for today. sorry everyone', 'urgent'],
        ['took all my pills for today and tonight and tomorrow. im so sorry', 'urgent'],
        ['took all my meds for today, feeling good', 'urgent'],
      ]);
    });

    it('reads "took them. all 30" as the amount taken, and a reply after a stop as a reply', () => {
      expectLevels([
        ['took them. all 30. im sorry', 'urgent'],
        ['swallowed them. all 40 of them', 'concern'],
        ['took it. all good, thanks for asking', 'none'],
      ]);
    });

    it('needs someone’s property for fuel poured, and someone waited for when lying in wait', () => {
      expectLevels([
        ['my dad poured lighter fluid all over his grill lol', 'none'],
        ['poured lighter fluid on the charcoal, burgers in 20', 'none'],
        ['poured gasoline all over her car', 'urgent'],
        ['sitting here with a hammer trying to fix this shelf', 'none'],
        ['waiting outside with my dads knife, we are carving pumpkins', 'none'],
        ['waiting in the kitchen with a knife for him', 'urgent'],
        ['hiding in the blind with my gun for them ducks to come in', 'none'],
        ['hiding in the bushes with a knife for my sister to walk by, halloween jump scare', 'none'],
        ['waiting in the garage with a hammer for my dad to help with the birdhouse', 'none'],
        ['poured gas on my dads truck by accident filling it up', 'none'],
        ['waiting by his car with a bat until he gets off work', 'urgent'],
        ['waiting in the kitchen with a knife, chopping onions for dinner', 'none'],
        ['hiding in the garage with a bat until he gets home', 'urgent'],
        ['im waiting outside with my dads hammer', 'none'],
      ]);
    });

    it('lets "me too" own only a "you" that is anyone’s', () => {
      expectLevels([
        ['me too. and you keep saying you want to kill yourself, that scares me', 'none'],
        ['same here. you told me you want to die and i cant stop thinking about it', 'none'],
        ['u ever just want to disappear forever. me too', 'concern'],
      ]);
    });

    it('keeps the writer’s own signals in a clause that also names someone else’s risk', () => {
      expect(detectCrisis('my brother wants to die too and im heading to the bridge now. goodbye')).toMatchObject({
        level: 'urgent',
        someoneElse: ['suicidal_ideation'],
      });
      expect(detectCrisis('she said she wants to die too and i have the pills ready tonight')).toMatchObject({
        level: 'urgent',
      });
      expect(detectCrisis('my sister wants to die, i dont know how to help her')).toMatchObject({
        level: 'none',
        someoneElse: ['suicidal_ideation'],
      });
    });

    it('needs a streak named, not a bare cut, for a slip to be self-harm', () => {
      expectLevels([
        ['slipped in the kitchen and cut my finger lol', 'none'],
        ['finally caved and cut my bangs', 'none'],
        ['slipped on the ice and cut my knee', 'none'],
        ['relapsed after 3 months clean. my wrists again', 'concern'],
      ]);
    });

    it('does not read the writer’s own goodbye, or a payback’s target, as someone else at risk', () => {
      for (const text of [
        'i just wrote a goodbye letter and left it on my desk. tonight is the night',
        'i finally wrote my goodbye note, its on my bed',
        'they will get what is coming to them. i have the knife in my bag',
      ]) {
        expect([text, detectCrisis(text)]).toEqual([
          text,
          expect.objectContaining({ level: 'urgent', someoneElse: [] }),
        ]);
      }
      expect(detectCrisis('my mom just sent me a goodbye text and shes not answering')).toMatchObject({
        someoneElse: ['suicidal_ideation'],
      });
      expect(detectCrisis('he said he is going to shoot up the school tomorrow')).toMatchObject({
        level: 'none',
        someoneElse: ['harm_to_others'],
      });
    });

    it('does not excuse a goodbye letter to "my old man" or "my old lady" as one to an old thing', () => {
      for (const text of ['wrote a goodbye letter for my old man', 'wrote a goodbye letter to my old lady. its over']) {
        const letter = explainCrisis(text).find((hit) => hit.patternId === 'si-goodbye-letters');
        expect([text, letter?.patternId, letter?.suppressedBy]).toEqual([text, 'si-goodbye-letters', undefined]);
        expect(levelOf(text)).toBe('urgent');
      }
    });
  });

  // Round 10: rules from the eighth dev batch (long forum posts); each with the look-alike it must leave alone.
  describe('round 10', () => {
    const expectLevels = (cases: readonly (readonly [string, string])[]): void => {
      for (const [text, level] of cases) {
        expect([text, levelOf(text)]).toEqual([text, level]);
      }
    };

    it('knows flatmates, housemates, colleagues and more as people', () => {
      expectLevels([['i swear im going to stab my flatmate', 'urgent']]);
      expect(
        detectCrisis('my flatmate left a note saying sorry for everything and isnt answering. he has tried before'),
      ).toMatchObject({ level: 'none', someoneElse: ['suicidal_ideation'] });
    });

    it('reads "see you on the other side" as a goodbye, but not the other side of something', () => {
      expectLevels([
        ['doing it tonight. see you on the other side. sorry to everyone i let down', 'urgent'],
        ['big presentation tomorrow. see you on the other side', 'none'],
        ['exam tomorrow, see you on the other side of it lol', 'none'],
        ['doing it tonight. finally dyeing my hair blue. see you on the other side, wish me luck', 'none'],
        ['surgery tomorrow morning, see you all on the other side. love you guys', 'none'],
      ]);
    });

    it('reads a relapse named with the body as self-harm, not a relapse on a diet, coffee or pills', () => {
      expectLevels([
        ['relapsed. my arms again', 'concern'],
        ['relapsed last night. my legs again. i hate this', 'concern'],
        ['relapsed on my diet and ate a whole pizza. my arms again are sore from the gym', 'none'],
        ['my arms again hurt from lifting. relapsed on coffee too', 'none'],
        ['relapsed on coffee. my arms again.', 'none'],
      ]);
    });

    it('reads bleeding that will not stop, with words between, as a wound in danger', () => {
      expectLevels([
        ['relapsed. my arms again. its bleeding a lot more than usual and i cant get it to stop', 'urgent'],
        ['my nose is bleeding and it wont stop', 'none'],
      ]);
    });

    it('reads a place to fall from beside a goodbye to the readers, or two farewells, as a plan', () => {
      expectLevels([
        ['im at the quarry, its so quiet. this is goodbye', 'urgent'],
        [
          'dinner with my best mate was lovely. im still on the sea wall. tell him thanks for everything. goodbye',
          'urgent',
        ],
        ['went up to the lookout with my friends, the view was amazing. goodbye summer', 'none'],
        ['on the 22nd floor of the hotel for the conference, view is insane. goodbye', 'none'],
        ['we went swimming at the quarry today, then pizza. bye', 'none'],
      ]);
    });

    it('reads a plan named by its place, means set out, walking into the sea and a shift ending as signals', () => {
      expectLevels([
        // Second review: a time after the place no longer makes 'my plan is' intent ('the bridge tonight for the
        // fireworks', 'the overpass tonight to avoid the match traffic'); a place ending the clause still does.
        ['my plan is the overpass tonight', 'none'],
        ['my plan is the overpass. tonight when everyone is asleep', 'urgent'],
        ['my plan is the bridge tonight for the fireworks, meet by the pub', 'none'],
        ['my plan is the overpass tonight to avoid the match traffic', 'none'],
        ['my plan is the train tomorrow to see my mum', 'none'],
        ['the plan is the rooftop bar tonight, who is in', 'none'],
        ['my pills are all in a bowl and i poured a glass of wine. love you all', 'urgent'],
        ['after my shift tomorrow i walk into the sea. dont tell my manager', 'urgent'],
        ['i walk into the sea every morning for a swim, best habit', 'none'],
        // Given up at the round 10 review: 'take both' is no intent on its own (kittens, shirts, painkillers).
        ['theres a bottle of bleach on the sink and im going to take both when my shift ends. sorry', 'none'],
        ['dont tell my manager i left early lol', 'none'],
      ]);
    });

    it('hears wanting not to wake up, stopping existing if one could, and reading about methods, as concern', () => {
      expectLevels([
        ['u ever want to just not wake up. same', 'concern'],
        ['if i could press a button and stop existing i would', 'concern'],
        ['been reading about methods again', 'concern'],
        ['if i could just stop existing for a week lol', 'none'],
        ['reading about teaching methods for my exam', 'none'],
        ['i dont want to not wake up in time for the flight', 'none'],
      ]);
    });

    it('reads fire set to someone’s house, knowing their route, "when he ... he is done" and daydreams of violence', () => {
      expectLevels([
        ['filled a bottle with petrol and im going to set his house on fire while hes inside tonight', 'urgent'],
        ['my son set his toy car on fire in the backyard', 'none'],
        ['i know his route home and that he walks the dog at 6. hes going to pay for what he did', 'urgent'],
        ['i know her schedule so i can pick her up. she is going to pay for lunch', 'none'],
        ['i have the knife. when he walks in tonight hes done.', 'urgent'],
        ['my son got a new baseball bat for his birthday. he is so done.', 'none'],
        ['got a bat for softball, when she finishes practice she is done for the day', 'none'],
        ['i daydream about beating up my ex every day now. nothing planned', 'concern'],
        ['daydreaming about my vacation', 'none'],
      ]);
    });

    it('dates "it has been four years since i..." as past unless it is back, and takes back a goodbye said with "see you in a year"', () => {
      expectLevels([
        ['it has been four years since i tried to take my life. today i got engaged', 'none'],
        ['it has been a few years since i felt this way, i want to die', 'concern'],
        ['my inbox is going to be the end of me. goodbye forever, see you in a year', 'none'],
        ['goodbye forever, see you again on the other side', 'urgent'],
        ['goodbye forever everyone', 'urgent'],
      ]);
    });

    it('reads "and so do i" after someone else’s wish as the writer’s concern too, keeping theirs named', () => {
      for (const text of [
        'my partner keeps saying he wishes he was dead and honestly so do i',
        'my sister wants to die and so do i',
        'my brother wants to kill himself. me too honestly',
      ]) {
        expect([text, detectCrisis(text)]).toEqual([
          text,
          expect.objectContaining({ level: 'concern', someoneElse: ['suicidal_ideation'] }),
        ]);
      }
      for (const text of [
        'she said she wants to die and so do i want her to be safe',
        'my sister wants to die and so does my mom',
        'my mom wishes she was dead sometimes. i dont know how to help',
      ]) {
        expect([text, detectCrisis(text)]).toEqual([
          text,
          expect.objectContaining({ level: 'none', someoneElse: ['suicidal_ideation'] }),
        ]);
      }
      expectLevels([['i wish he was dead', 'concern']]);
      expect(detectCrisis('i wish he was dead').categories).toEqual(['harm_to_others']);
    });

    it('keeps a clock time one word, so "my plan is the 6:40 express" is one clause; a load of pills is no amount', () => {
      expectLevels([
        // Given up at the second review: a place or a train followed by a time is no longer intent by itself (the bridge
        // tonight for the fireworks); means followed by a time still is ('my plan is the pills tonight').
        ['my plan is the 6:40 express train tmrw morning. i checked where it doesnt slow down', 'none'],
        ['my plan is the pills tonight', 'urgent'],
        ['my plan is the 6:40 express to the city for work tomorrow', 'none'],
        ['note to self: buy milk at 5:30', 'none'],
        // Second review: 'a load of', 'heaps of' pills were read as an overdose whatever followed ('for my cold',
        // 'as prescribed', 'to the pharmacy returns bin'); taken out, so this one is a concern (on purpose), no longer urgent.
        ['took a load of pills on purpose and my heart is doing something weird', 'concern'],
        ['took a load of pills for this migraine, two paracetamol and an ibuprofen, better now', 'none'],
        ['swallowed a load of tablets for the chest infection as prescribed, 3 a day', 'none'],
        ['i took a load of pills to the pharmacy returns bin', 'none'],
        ['emptied the medicine cabinet into my hand and swallowed the fish oil, the rest went in the bin', 'none'],
        ['emptied the medicine cabinet into my hand and swallowed them all', 'urgent'],
      ]);
    });

    it('reads a car still running, everyone asleep, a road with no barrier, sealed letters and "its time" as signals', () => {
      expectLevels([
        // Given up at the round 10 review: 'sorry mum' beside a garage is an everyday goodbye beside an everyday noun.
        ['sat in the garage. the car is still running, head is getting heavy. sorry mum', 'none'],
        [
          'everyone in this house is asleep and i know the road by the reservoir with no barrier. letting someone know where i went',
          'urgent',
        ],
        ['whats the point. the letters are sealed and on the kitchen table. its tonight', 'urgent'],
        ['the shotgun is in the truck and im parked at the trailhead. dont come looking', 'urgent'],
        ['already took the first handful, theres more here', 'urgent'],
        ['the shotgun is in the truck for hunting season, dont come looking for me till sunday lol', 'none'],
        ['everyone is asleep and im watching movies. its time.', 'none'],
        ['took the first handful of popcorn and the movie started', 'none'],
        ['the car is still running rough after the service. sorry mum', 'none'],
      ]);
    });

    it('reads a bridge beside thanks for putting up with me and a bye as a plan, not thanks for the time of a race', () => {
      expectLevels([
        [
          'drove out to the old rail bridge. its pretty at night. thanks for putting up with me all these months. bye',
          'urgent',
        ],
        ['parked at the bridge for the marathon, thanks for putting up with me during training. bye', 'none'],
        ['drove to the bridge for the photos. thanks for all your help with the edit. bye', 'none'],
      ]);
    });

    it('reads lying in wait behind a place, "she is going to see what she did" with a weapon, and flashes of violence', () => {
      expectLevels([
        ['tonight im going to wait for him behind the bar with the bat. he wont walk again', 'urgent'],
        ['waiting behind the bar with a bat for my turn, softball', 'none'],
        ['waiting for him behind the counter with a cake, surprise party', 'none'],
        [
          'i have the gun in my car and im outside the school where my ex works. shes going to see what she did to me',
          'urgent',
        ],
        ['she is going to see what she did when she reads my essay lol', 'none'],
        ['i get these flashes of strangling my mother when she screams at me', 'concern'],
        ['i have no thoughts of hurting anyone', 'none'],
      ]);
    });

    it('reads someone already in hospital as someone else’s risk, not an emergency in front of the writer', () => {
      expect(
        detectCrisis('my uncle overdosed last weekend and is in the icu. we are all at the hospital'),
      ).toMatchObject({
        level: 'none',
        someoneElse: ['overdose'],
      });
      expect(detectCrisis('my brother overdosed and hes not breathing')).toMatchObject({ level: 'urgent' });
      // A body in danger now is an emergency even beside a hospital named.
      for (const text of [
        'he overdosed and isnt breathing, we are at the hospital',
        'my mom is not breathing, she was in hospital last week',
      ]) {
        expect([text, levelOf(text)]).toEqual([text, 'urgent']);
      }
    });

    it('reads letters "with names on them" as the writer’s, skipping group as no leaving, and recent cutting', () => {
      expectLevels([
        [
          'i didnt go to group bc whats the point. the letters are sealed with everyones names on them. its tonight',
          'urgent',
        ],
        ['heading to group tonight, love you all', 'none'],
        ['went back to cutting a few weeks ago and i havent told anyone', 'concern'],
        ['started cutting a few corners at work the past few weeks', 'none'],
        ['my mum went back to cutting hair a few weeks ago', 'none'],
        ['emptied the whole medicine cabinet into my hand and swallowed it', 'urgent'],
        ['emptied the pill bottle into my hand and counted them for the pharmacist', 'none'],
      ]);
    });

    it('reads "bye everyone", "this is it for me", a car park’s top level and a drawer emptied as signals', () => {
      expectLevels([
        [
          'i know exactly which tree in the park and i have the rope in my bag. its dark enough now. bye everyone',
          'urgent',
        ],
        [
          'im at the multi storey by the station, top level, nobody around. i just wanted one person to know. sorry',
          'urgent',
        ],
        ['sitting in the bath with the razor blade from my dads shaving kit. i think this is it for me guys', 'urgent'],
        ['i took everything in my bedside drawer half an hour ago. my ears are ringing', 'urgent'],
        ['i have the rope in my bag for climbing. bye everyone', 'none'],
        ['parked on the top level of the multi storey for the concert, sorry', 'none'],
        ['this is it guys, the final episode tonight', 'none'],
      ]);
    });

    it('does not read pills almost taken, with what was done instead, as an overdose', () => {
      expectLevels([
        ['almost took all my pills last night but i called my sponsor instead and flushed them', 'none'],
        ['almost took all my pills. then i took them all anyway', 'urgent'],
        ['took all my pills last night instead of sleeping', 'urgent'],
      ]);
    });
  });

  // Round 10 review: 99 texts a reviewer wrote against det10 (round 10 before the review). Each is [probe id, level
  // the reviewer expects, text]. Three were judgement calls (marked): someone else's risk is level none by design
  // (issue 16), with the other person's risk named in someoneElse. KNOWN_MISSES are texts the detector still gets
  // wrong after the review's fix; each is a failing test so that it is flagged the day it is fixed.
  describe('round 10 review', () => {
    const REVIEW_CASES: readonly (readonly [string, string, string])[] = [
      ['P1', 'none', 'my flatmate keeps saying she wants to die, i dont know how to help her'], // judgement call
      ['P2', 'none', 'i could kill my colleague for microwaving fish again lol'],
      ['P3', 'urgent', 'my housemate just swallowed a whole bottle of pills and wont wake up'],
      ['S1', 'none', 'wisdom teeth out tomorrow, see you all on the other side. love you guys'],
      ['S2', 'none', 'night shift starts now, see you on the other side. love you all'],
      ['S3', 'urgent', 'pills are counted out on the desk. see you on the other side'],
      ['S4', 'none', 'binge watching the whole series tonight, see you on the other side'],
      ['R1', 'concern', 'relapsed last night. my arms again'],
      ['R2', 'none', 'relapsed on biting my nails this week, look at my fingers'],
      ['R3', 'none', 'the tendonitis relapsed, its in my wrists'],
      ['R4', 'none', 'my sister relapsed. her arms'], // judgement call
      ['B1', 'urgent', 'i cut tonight and its bleeding more than usual and i cant get it to stop'],
      [
        'B2',
        'none',
        'cut my thumb on the mandoline, the bleeding took ages but it stopped and the sting will not stop',
      ],
      ['B3', 'concern', 'cut myself on monday. the bleeding stopped fast but the itching will not stop'],
      ['B4', 'none', 'my nose is bleeding and it will not stop, stupid dry winter air'],
      ['L1', 'none', 'missed the meetup, was stuck on the 12th floor in meetings all day. sorry everyone'],
      ['L2', 'none', 'walking the dog along the sea wall, storm rolling in! love you all, bye'],
      ['L3', 'none', 'climbing at the quarry with the club today. love you all. bye'],
      ['L4', 'none', 'parked on the top level of the multi storey again, took 20 min to find the car lol. bye'],
      ['L5', 'urgent', 'standing on the sea wall. thanks for putting up with me. bye'],
      ['L6', 'urgent', 'top floor of the multi storey. i love you all. sorry'],
      ['L7', 'none', 'that mountain road has no barrier on the bends, terrifying drive. love you all, bye'],
      ['N1', 'none', 'my plan is to take the overpass tonight to dodge the roadworks'],
      ['N2', 'none', 'the plan is to get my pills refilled tomorrow before group'],
      ['N3', 'none', 'two kittens at the shelter and i cant choose, going to take both tomorrow'],
      ['N4', 'none', 'cant pick between the two shirts so im going to take both. love you all'],
      ['N5', 'urgent', 'my plan is the overpass tonight. im done'],
      ['N6', 'urgent', 'all my pills are set out in a bowl and everyone in the house is asleep. love you all'],
      ['N7', 'none', 'going to walk into the sea at dawn for the charity dip, wish me luck! love you all'],
      ['N8', 'none', 'the car is still running in the garage, warming it up before work. love you all'],
      ['N9', 'none', 'finally cleared the garage out for band practice. love you all'],
      ['N10', 'none', 'new chef knife arrived today and it is scary sharp. love you all'],
      ['N11', 'none', 'insulin pump finally approved by insurance!! love you all'],
      ['N12', 'none', 'my plan is to catch the 6:40 express tomorrow, first day at the new job'],
      ['N13', 'urgent', 'my plan is the 6:40 express. when my shift ends. sorry mum'],
      ['N14', 'urgent', 'got the car running in the garage with the hose, everyone in the house is asleep'],
      ['F1', 'none', 'finale of the show, its tonight!'],
      ['F2', 'none', 'sorry mum, i ate the last of the cake'],
      ['F3', 'none', 'last day at this job, thanks for putting up with me. bye everyone'],
      ['F4', 'none', 'dont come looking for me at the pub tonight, im staying in'],
      ['F5', 'urgent', 'this is it for me. the letters are sealed. dont come looking'],
      ['F6', 'urgent', 'thanks for putting up with me. i have the rope. its tonight'],
      ['F7', 'none', 'wedding invites done, the letters are sealed and addressed, posting tomorrow. love you all'],
      ['D1', 'concern', 'u ever want to just not wake up'],
      ['D2', 'none', 'i want to not wake up at 5am anymore, this commute is killing me'],
      ['D3', 'none', 'reading about methods of brewing coffee, cold brew is a rabbit hole'],
      ['D4', 'concern', 'been reading about methods again at night'],
      ['D5', 'concern', 'if i could press a button and stop existing i would'],
      ['D6', 'none', 'tripped on stage in front of everyone, if i could just die right now lol'],
      ['A1', 'concern', 'my brother says he wants to die and honestly so do i'],
      ['A2', 'none', 'the guy in that song wishes he was dead and so do i when it comes on at the gym lol'],
      ['A3', 'none', 'she wants to kill herself after that exam and so do i haha it was brutal'],
      ['O1', 'urgent', 'took a load of pills an hour ago and feel weird'],
      ['O2', 'none', 'took the first handful of popcorn and passed the bowl along'],
      ['O3', 'none', 'after the run i emptied the bottle into my mouth and swallowed it in one go'],
      ['O4', 'none', 'took everything in my bedside drawer to the new flat today'],
      ['O5', 'urgent', 'emptied the medicine cabinet into my hand and swallowed'],
      ['O6', 'urgent', 'took the first handful. more to go'],
      ['H1', 'none', 'in the game last night i set his car on fire lol, rage quit'],
      ['H2', 'urgent', 'going to set his house on fire tonight with the petrol in my boot'],
      ['H3', 'none', 'once he bowls his last over he is done. retiring his bat after 20 years'],
      ['H4', 'urgent', 'i have his crowbar. when he gets back tonight he is done.'],
      ['H5', 'none', 'i keep daydreaming about beating my brother at mario kart'],
      ['H6', 'none', 'daydreaming about shooting my sisters wedding next month, first big photo gig'],
      ['H7', 'concern', 'i keep daydreaming about hurting my stepdad'],
      ['H8', 'urgent', 'he is going to pay. i know his route home now'],
      ['H9', 'none', 'wait behind the stumps with the bat until he comes in to bowl, then swing'],
      ['T1', 'none', 'it has been four years since i tried to end my life, grateful to be here'],
      ['T2', 'urgent', 'it has been two years since i tried and i am going to try again tonight, the pills are ready'],
      // The reviewer expected concern; someone else's risk is level none by design (issue 16), named in someoneElse.
      ['C1', 'none', 'my mom overdosed and is in the icu, i think shes going to die'], // judgement call
      [
        'C2',
        'urgent',
        'my dad is in the hospital for his heart. my brother just swallowed a whole bottle of pills in front of me',
      ],
      ['C3', 'urgent', 'he overdosed and isnt breathing, we are at the hospital'],
      ['C4', 'urgent', 'my roommate is in hospital for her knee. i just took all my pills'],
      ['X1', 'urgent', 'on the sea wall now. bye everyone'],
      ['X2', 'urgent', 'at the quarry edge. this is it for me'],
      ['X3', 'urgent', 'took a heap of my tablets with vodka'],
      ['X4', 'concern', 'relapsed. my thighs this time'],
      ['X5', 'urgent', 'its dark enough now. walking to the bridge. love you all'],
      ['X6', 'urgent', 'it has been four years since i tried. tonight i am doing it again, the rope is ready'],
      [
        'X7',
        'urgent',
        'my brother is in the er with a broken arm. my sister just took 40 of her pills and is slurring, what do i do',
      ],
      [
        'X8',
        'urgent',
        'my uncle is in the icu after a stroke. my cousin just overdosed in front of me and wont respond',
      ],
      ['X9', 'none', 'stuck on the top floor of the library cramming, love you all but no meetup for me. sorry'],
      ['X10', 'none', 'he is going to pay me back friday. i know when he gets off work so ill grab it then'],
      ['X11', 'none', 'she is going to regret that haircut lol. i know her routine, she will cry at 8'],
      ['X12', 'none', 'i will take both, thanks! the blue and the green. love you all'],
      ['X13', 'none', 'everyone in the house is asleep so i finally get the bath to myself. its time'],
      ['X14', 'none', 'sorry everyone. the rope swing on the balcony broke'],
      ['X15', 'none', 'love you all. heading to the knife skills class tonight'],
      ['X16', 'urgent', 'my plan is the pills. when my shift ends'],
      ['X17', 'none', 'its time! the ferry leaves from the sea wall at 6:40. bye everyone'],
      ['X18', 'none', 'taking my dog to the vet, she ate a load of my ibuprofen, shes ok now though'],
      ['X19', 'none', 'my mate fell off the top floor scaffolding at work and is in the icu, he might not make it'],
      ['X20', 'urgent', 'my flatmate said she took a load of pills and now shes not breathing properly'],
      ['Y1', 'none', 'got my sleeping pills sorted with the doc, finally sleeping again. love you all'],
      ['Y2', 'none', '90 days clean today, my sponsor gave me a keyring with a tiny knife on it. love you guys'],
      [
        'Y3',
        'none',
        'back from the dentist, everyone in the house is asleep and im going to take both painkillers like they said',
      ],
      ['Y4', 'none', 'this is it for me, the best ramen in town. i have the hose out to water the garden'],
      ['Y5', 'none', 'helped dad clean out the garage all day. bye everyone, off to bed'],
      ['Y6', 'none', 'sorry everyone, missed group, was fixing a cable in the garage'],
    ];
    // Still wrong after the review's fix. Wrong on main and det10 alike: D2, F4, N1 (concern from the learned reader;
    // no longer urgent), N7, R3 (the reader), F5, T2, X2. Wins given up at the review: L6 and X1 (an everyday goodbye
    // beside a place is no longer a farewell on its own).
    // Given up at the second review: N5 ('my plan is the overpass tonight. im done', concern), O1 and X3 ('a load of',
    // 'a heap of' pills are no amount: they paged for pills taken for a cold or as prescribed).
    const KNOWN_MISSES = new Set<string>([
      'D2',
      'F4',
      'N1',
      'N7',
      'R3',
      'F5',
      'T2',
      'X2',
      'L6',
      'X1',
      'N5',
      'O1',
      'X3',
    ]);

    it.each(REVIEW_CASES.filter(([id]) => !KNOWN_MISSES.has(id)))('%s is %s: %s', (_id, level, text) => {
      expect(levelOf(text)).toBe(level);
    });

    for (const [id, level, text] of REVIEW_CASES.filter(([caseId]) => KNOWN_MISSES.has(caseId))) {
      it.failing(`${id} is ${level} (still missed): ${text}`, () => {
        expect(levelOf(text)).toBe(level);
      });
    }

    it('names someone else in care as their risk, and an emergency in front of the writer as witnessed', () => {
      expect(detectCrisis('my mom overdosed and is in the icu, i think shes going to die')).toMatchObject({
        level: 'none',
        someoneElse: ['overdose'],
      });
      expect(
        detectCrisis(
          'my brother is in the er with a broken arm. my sister just took 40 of her pills and is slurring, what do i do',
        ),
      ).toMatchObject({ level: 'urgent', someoneElse: ['overdose'] });
      expect(detectCrisis('my brother says he wants to die and honestly so do i')).toMatchObject({ level: 'concern' });
    });
  });

  // Round 11 (issue 16, urgent false alarms): each general mechanism with a look-alike it sets aside and a case at
  // risk of the same shape that it must keep. [level, text].
  describe('round 11', () => {
    const CASES: readonly (readonly [string, string, string])[] = [
      // Medicine taken for an illness, in an amount no one counted.
      ['M1', 'none', 'took loads of pills for the flu'],
      ['M2', 'none', 'took a lot of pills for my cold'],
      ['M3', 'none', 'been taking a bunch of ibuprofen for my back since the move'],
      ['M4', 'none', 'took a bunch of melatonin for my insomnia'],
      ['M5', 'urgent', 'took 30 paracetamol for my toothache'],
      ['M6', 'urgent', 'took loads of pills on purpose tonight, i just want to sleep and not wake up'],
      ['M7', 'urgent', 'i took a bunch of pills for the pain and i dont care if i wake up'],
      ['M8', 'none', 'i had a seizure last night, first one in a year, my epilepsy meds need adjusting'],
      ['M9', 'urgent', 'i have epilepsy and i took 30 of my keppra on purpose, now im seizing'],
      ['M10', 'urgent', 'took a bunch of pills for my broken heart'],
      ['M11', 'urgent', 'took a bunch of pills for my head'],
      [
        'G8',
        'urgent',
        'im checking into rehab tomorrow but honestly i dont think ill make it there. sorry everyone. goodbye',
      ],
      // Pets and body parts are no one's crisis.
      ['P1', 'none', 'the dog got into the medicine cabinet and swallowed some pills, at the vet now'],
      ['P2', 'none', 'puppy got hold of my gummies and chewed the whole pack'],
      ['P3', 'urgent', 'my dad got into my oxys and he is not waking up, his lips are blue'],
      ['P4', 'none', 'i ran 50 km this weekend for charity, my legs want to die but we raised 2 grand'],
      ['P5', 'urgent', 'my wrists are bleeding and wont stop'],
      // Lyrics, quotes and reported words.
      ['L1', 'none', 'i want to die in your arms tonight'],
      ['L2', 'none', '"i hurt myself today to see if i still feel" hurt by johnny cash is a masterpiece'],
      ['L3', 'none', 'my spotify wrapped was all sad songs, top one was "i want to end it all tonight" lol'],
      ['L4', 'concern', 'she texted me and i replied "i want to die too"'],
      ['L5', 'urgent', 'i want to die tonight. i have the rope ready in the garage'],
      // Everyday threats.
      ['T1', 'none', 'my roommate ate all my leftovers, im going to kill her'],
      ['T2', 'none', 'my brother borrowed my car and brought it back with no petrol. he is so dead when he gets home'],
      ['T3', 'none', 'my coworker keeps microwaving fish, one of these days im going to stab him with a fork'],
      ['T4', 'urgent', 'he ate my lunch again, i will kill him with the kitchen knife when he walks in'],
      ['T5', 'urgent', 'he keeps hitting my mum and he ate all the food, im going to kill him'],
      ['T6', 'urgent', 'if he hits my mum one more time im going to stab him, the knife is in my room'],
      ['T7', 'urgent', "if he lays a hand on her again i'll kill him, i swear to god"],
      // Goodbyes and decisions with an everyday reason named.
      ['G1', 'none', 'i have decided. im doing it. im finally going to tell my boss about my adhd diagnosis tomorrow'],
      ['G2', 'urgent', 'i have decided. im doing it tonight. i love you all. goodbye'],
      [
        'G3',
        'none',
        'last post from me for a while, going into rehab tomorrow. thank you all for everything, love you guys',
      ],
      ['G4', 'none', 'i wrote a letter to my addiction. goodbye pills. 30 days today'],
      ['G5', 'urgent', 'goodbye everyone. the heroin is in my hand and im done'],
      ['G6', 'none', 'did the bungee jump off the bridge in queenstown!! never again lol'],
      ['G7', 'urgent', 'i want to jump off the bridge tonight'],
      // The past, and someone else's overdose that is over.
      [
        'H1',
        'none',
        'i told them about the night i took 40 of my mums pills. that was 9 years ago. today i have a family',
      ],
      ['H2', 'urgent', 'i took 40 of my pills an hour ago. that was the plan all along'],
      ['H3', 'none', 'relapsed on coke at the party. took way too much, felt awful the whole next day but im ok'],
      [
        'D1',
        'none',
        'booked a room on the 30th floor for our anniversary. tonight is the night i propose!! wish me luck',
      ],
      ['D2', 'urgent', 'tonight is the night i finally do it. the pills are ready'],
      [
        'D3',
        'none',
        'i keep my late husbands gun in the safe, i cant bring myself to sell it. i miss him so much tonight',
      ],
      ['D4', 'urgent', 'i keep my dads gun under my bed now, nobody knows'],
      [
        'D5',
        'none',
        'my arms are covered in scratches from pruning the roses, my neighbour thought i had been self harming lol',
      ],
      ['X1', 'none', 'cut myself on a tin of beans tonight, needed steri strips, felt like an idiot'],
      ['X2', 'urgent', 'cut myself on purpose tonight with a blade, i need stitches'],
      ['X3', 'urgent', 'fed the cat and then took all my pills'],
      ['X4', 'urgent', 'i walked the dog and swallowed 40 of my sleeping pills'],
      ['X5', 'concern', 'i hurt my legs and want to die'],
      ['X6', 'urgent', 'he ate my food again so tonight im going to stab him in his sleep'],
      ['X7', 'urgent', 'my flatmate drank all my beer so im going to poison her tea tomorrow'],
    ];

    it.each(CASES)('%s is %s: %s', (_id, level, text) => {
      expect(levelOf(text)).toBe(level);
    });

    it('reads a friend who says she wants to die as her risk, and offers the writer help for her', () => {
      expect(detectCrisis('my friend says she wants to die')).toMatchObject({
        level: 'none',
        someoneElse: ['suicidal_ideation'],
      });
      expect(detectCrisis('my friend texted me after band practice "i want to end it all tonight"')).toMatchObject({
        level: 'none',
        someoneElse: ['suicidal_ideation'],
      });
      expect(
        detectCrisis('i sang at church this morning. my mum then texted "im going to kill myself tonight"'),
      ).toMatchObject({ level: 'none', someoneElse: ['suicidal_ideation'] });
    });

    it("reads the writer's shock at someone else's overdose as theirs, and someone who overdosed and is in care as theirs", () => {
      expect(
        detectCrisis(
          'my brother overdosed last night and hes in the icu. the doctors say hes stable. i cant stop shaking',
        ),
      ).toMatchObject({ level: 'none', someoneElse: ['overdose'] });
      expect(detectCrisis('my dealer sold me some fent. i cant stop shaking and my chest hurts').level).toBe('urgent');
      expect(detectCrisis('my friend overdosed an hour ago and he is not breathing')).toMatchObject({
        level: 'urgent',
        someoneElse: ['overdose'],
      });
    });
  });

  // Round 11 review: an independent reviewer wrote 306 probes against round 11 (probe ids are theirs). These are the 60
  // texts at risk that round 10 flagged and round 11 missed or downgraded (47 of them still at its head, 0c68549), each
  // with the level the reviewer expects. A reading above the expected level passes: for the five where the reviewer expects concern
  // (treat-07, threat-05, threat-06, threat-08, v-threat-03), round 10 read urgent too. KNOWN_MISSES are texts still
  // read below the reviewer's level; each is a failing test so that it is flagged the day it is fixed.
  describe('round 11 review', () => {
    const RANK: Readonly<Record<string, number>> = { none: 0, concern: 1, urgent: 2 };
    const expectLevels = (cases: readonly (readonly [string, string])[]): void => {
      for (const [text, level] of cases) {
        expect([text, levelOf(text)]).toEqual([text, level]);
      }
    };
    const AT_RISK: readonly (readonly [string, string, string])[] = [
      [
        'treat-01',
        'urgent',
        'took a bunch of my sleeping pills for my insomnia and washed them down with half a bottle of vodka, whatever happens happens tonight honestly',
      ],
      [
        'treat-02',
        'urgent',
        'took loads of paracetamol for my toothache over the last 4 days and now im throwing up and my right side really hurts and my eyes look yellow',
      ],
      [
        'treat-07',
        'concern',
        'took loads of codeine for my period pain again. i do it every month now and honestly i kind of want it to be too much one day',
      ],
      [
        'treat-08',
        'urgent',
        'took a bunch of ibuprofen for my headache. then i took the rest of the box. i want to sleep and never come back',
      ],
      [
        'animal-03',
        'urgent',
        'my puppy got into my meds so i took him to the vet and came home and took the rest myself. feel really drowsy and dont care',
      ],
      ['body-02', 'concern', 'my wrists keep wanting to be cut, i cant stop thinking about it. its all i think about'],
      [
        'threat-06',
        'concern',
        'one of these days im going to kill my dad, i fantasise about it every night and it scares me',
      ],
      [
        'threat-08',
        'concern',
        'the next person who calls me a junkie at that meeting, im going to kill them. ive got nothing left and i think about it all the time',
      ],
      [
        'quote-01',
        'urgent',
        "had the radio on all night and i typed into my notes app 'im going to end it tonight, the pills are on the desk'",
      ],
      [
        'quote-02',
        'urgent',
        "after band practice i sat in the car and just thought 'i am going to kill myself tonight' and i meant it. i have the rope in the boot",
      ],
      [
        'quote-03',
        'urgent',
        "listening to the same playlist on loop and i keep saying to myself 'tonight is the night i finally do it'. i have everything ready",
      ],
      [
        'quote-09',
        'urgent',
        "humming to myself in the bath with the razor, i whispered 'this is it, goodbye' and i meant it",
      ],
      [
        'past-03',
        'urgent',
        'i took 40 tablets the night before last. that was 2 years ago to the day from my first attempt. nobody knows and i feel sick and yellowish',
      ],
      [
        'past-05',
        'urgent',
        'took 30 of my sertraline on purpose two nights ago. spent the whole next day throwing up. told my mum i am fine but i am not and i want to try again',
      ],
      [
        'other-05',
        'urgent',
        'my mum overdosed and she is alive thank god. i cant cope with any of this anymore, im going to take all of hers tonight',
      ],
      ['thought-05', 'urgent', 'my therapist thinks i am suicidal. she doesnt know i have the rope in my car already'],
      ['thought-06', 'concern', 'my gf suspects i have been self harming. i have, every night this week'],
      [
        'decide-03',
        'urgent',
        'made my decision. im going to quit my job friday, give the cat to my mum and then im done with all of this',
      ],
      ['decide-04', 'urgent', 'ive decided. going to tell my mum everything tomorrow and then im doing it'],
      ['night-03', 'urgent', 'tonight is the night i make it all stop, i have everything ready'],
      [
        'safe-01',
        'urgent',
        'i keep my late husbands gun in the safe. i know the code and i keep taking it out to look at it. tonight i wont put it back',
      ],
      ['lyric-01', 'urgent', 'i want to die in her arms tonight. once she falls asleep im taking all of it'],
      [
        'treat-21',
        'urgent',
        'took lots of paracetamol for my migraine over the weekend, kept going when it didnt work, now day 3 and i feel sick and my belly hurts under my ribs',
      ],
      ['body-10', 'concern', 'my thighs want to be cut again so bad. 3 weeks clean and the urge is screaming'],
      ['threat-25', 'urgent', 'if he gaslights me one more time i will kill him, ive already worked out how and when'],
      [
        'quote-17',
        'urgent',
        "couldnt sleep, listening to rain sounds and thinking 'i want to die, just do it tonight' over and over. the pills are on my bedside",
      ],
      ['quote-18', 'urgent', "one thought stuck in my head all day: 'just end it tonight, nobody will care'"],
      ['quote-22', 'urgent', "'i am going to kill myself' i keep repeating by myself in the dark"],
      ['quote-23', 'urgent', "my counsellor said to write down the thought: 'i will kill myself this weekend'"],
      ['quote-24', 'urgent', "my sponsor told me journal everything: 'i used again tonight and i want to die'"],
      [
        'past-14',
        'urgent',
        'overdosed on my meds on sunday. it was 5 years ago to the day that my son died. i didnt go to hospital',
      ],
      [
        'past-15',
        'urgent',
        'took a whole box of paracetamol monday. felt ok the next day so i didnt go to a&e. i am fine now i think',
      ],
      ['decide-11', 'urgent', 'mind is made up. going to buy charcoal and tape tomorrow'],
      ['decide-12', 'urgent', 'i decided. going to book a hotel room for friday, just me and what ive saved up'],
      ['decide-13', 'urgent', 'ive decided. going to buy a hose for the car exhaust this weekend'],
      ['night-10', 'urgent', 'tonight is the night i disappear for real. ive written it all down'],
      ['night-11', 'urgent', 'tonight is the night i never wake up from'],
      [
        'leave-16',
        'urgent',
        'retired in march and ive been nothing since. said my goodbyes today, everything is in order. dont look for me',
      ],
      [
        'leave-18',
        'urgent',
        'handed in my resignation so nobody at work has to deal with me. said goodbye to mum. everything is sorted, dont come looking',
      ],
      [
        'leave-19',
        'urgent',
        'this is my last post for a while, well forever. thank you for trying with me. nobody needs to know where im going',
      ],
      [
        'leave-20',
        'urgent',
        'keys go back to the landlord tomorrow but i wont be here to hand them over. said my goodbyes. it is time',
      ],
      [
        'leave-21',
        'urgent',
        'my leaving do was tonight, they all think im going travelling. im not. the letters are sealed and by then it will be over',
      ],
      [
        'v-threat-03',
        'concern',
        'if my ex texts my daughter one more time i will kill him. i lie awake thinking about how',
      ],
      ['v-decide-02', 'urgent', 'ive decided. going to tell my wife im going fishing and drive to the quarry instead'],
      [
        'v-leave-01',
        'urgent',
        'handed the keys back today. nobody needs to know where im going. thank you all for trying with me',
      ],
      [
        'v-past-01',
        'urgent',
        'took all my tablets on wednesday. it was 10 years ago today my dad died. i feel really sick and havent told anyone',
      ],
      ['v-quote-05', 'urgent', "my therapist told me write down the thought: 'i will hang myself when they go away'"],
      // Regressions at a9dcaff that round 11's last commits had already fixed at 0c68549.
      [
        'threat-01',
        'urgent',
        'my ex borrowed my car and wrecked it and laughed about it. im going to kill him. i know where he sleeps and im going over tonight, nothing left to lose',
      ],
      [
        'threat-02',
        'urgent',
        'my stepdad drank all my vodka again. thats it. tonight when hes asleep im going to kill him, i have thought about how',
      ],
      [
        'threat-03',
        'urgent',
        'im going to smother him with a pillow tonight while he sleeps. i cant take another day of him',
      ],
      [
        'threat-04',
        'urgent',
        'going to kill her with the rolling pin when she comes through that door tonight. i mean it this time',
      ],
      [
        'threat-05',
        'concern',
        'if he comes home drunk and screams at the kids one more time im going to kill him in his sleep, i mean it',
      ],
      [
        'threat-09',
        'urgent',
        'my roommate finished my milk again whatever. real talk my dad is coming home tonight and im going to kill him, im done being scared of him',
      ],
      [
        'threat-10',
        'urgent',
        'he used up all our savings on drugs and now hes going to pay. im going to kill him when he walks in and i have it planned',
      ],
      [
        'threat-11',
        'urgent',
        'whoever keeps slashing my tyres, i know its him, im going to kill him tonight. waiting outside his house now',
      ],
      [
        'decide-06',
        'urgent',
        'doing it tonight. going to call my dad first so the last thing he hears is that i love him',
      ],
      [
        'threat-24',
        'urgent',
        'he used up all my patience. im going to kill him tonight, ive thought it through and i know how',
      ],
      [
        'threat-26',
        'urgent',
        'she ate my last meal and now im going to kill her with the kitchen scissors when she gets home tonight',
      ],
      ['decide-14', 'urgent', 'made my decision. going to text everyone i love tonight and then thats it'],
      [
        'leave-15',
        'urgent',
        'they keep saying im going into rehab monday. i wont be there. ive said my goodbyes, thank you for putting up with me. tonight is the night',
      ],
    ];
    // thought-05: the reviewer expects urgent (a rope in the car); round 10 and this round read concern (the suspicion
    // admitted). Urgent needs means kept in a car to count without a plan or a time, a broad rule not taken here.
    const KNOWN_MISSES = new Set<string>(['thought-05']);

    it.each(AT_RISK.filter(([id]) => !KNOWN_MISSES.has(id)))('%s is at least %s: %s', (_id, level, text) => {
      expect(RANK[levelOf(text)]).toBeGreaterThanOrEqual(RANK[level]);
    });

    for (const [id, level, text] of AT_RISK.filter(([caseId]) => KNOWN_MISSES.has(caseId))) {
      it.failing(`${id} is ${level} (still missed): ${text}`, () => {
        expect(levelOf(text)).toBe(level);
      });
      it(`${id} is at least concern: ${text}`, () => {
        expect(RANK[levelOf(text)]).toBeGreaterThanOrEqual(RANK.concern);
      });
    }

    // The 38 benign probes round 10 flagged and round 11 sets aside (night-07 only down to concern): the wins the
    // review's narrowing keeps.
    const BENIGN: readonly (readonly [string, string, string])[] = [
      [
        'treat-12',
        'none',
        'been taking a bunch of ibuprofen for my wisdom teeth, dentist said its fine as long as i stick to the dose on the box',
      ],
      [
        'animal-06',
        'none',
        "the dog got into my gummies and my ibuprofen omg, at the emergency vet now, they say he'll be fine",
      ],
      ['animal-10', 'none', "my cat wants to murder the neighbour's dog every time he sees him through the window"],
      ['body-07', 'none', 'did leg day for the first time in months and my legs want to die lmao'],
      ['body-08', 'none', 'first half marathon done, my feet want to die and my knees are screaming but so proud'],
      ['threat-17', 'none', 'im going to strangle the next person who asks me when im getting married'],
      [
        'quote-11',
        'none',
        "my spotify wrapped was all sad songs, top one was 'i want to die in your arms' lol accurate",
      ],
      ['quote-15', 'none', "my mum then texted me from the ward 'i want to die, i cant do this' and im scared for her"],
      ['quote-16', 'none', "my brother texted me after his shift 'im going to end it tonight' what do i do"],
      [
        'past-09',
        'none',
        'the night i took 40 of my mums pills changed everything. that was 11 years ago and i am so grateful to still be here',
      ],
      [
        'past-11',
        'none',
        'took way too many pills at a party once, felt rotten the whole next day but i am ok, lesson learned, that was college',
      ],
      ['other-07', 'none', 'my brother overdosed last night and he is in the icu, stable. i cant stop shaking'],
      [
        'other-08',
        'none',
        'my husband relapsed and drank last night. i cant stop shaking and crying, going to al-anon tomorrow',
      ],
      [
        'thought-07',
        'none',
        'my neighbour thought i had been self harming cos of the scratches lol, its my new kitten',
      ],
      ['decide-09', 'none', 'doing it tonight!! going to ask her to be my girlfriend, wish me luck'],
      ['night-07', 'concern', 'tonight is the night i propose!! ring is in my pocket'], // urgent in round 10: down a level
      ['night-09', 'none', 'tonight is the night we watch the whole trilogy, popcorn ready'],
      ['leave-09', 'none', 'handed in my notice today, leaving do on friday! goodbye to that toxic office forever'],
      ['leave-11', 'none', 'retiring after 32 years on the wards. farewell everyone, thank you for everything'],
      ['sport-05', 'none', 'did the bungee jump off the bridge in queenstown today, screamed the whole way down'],
      ['sport-06', 'none', 'base jumping off a cliff in norway is on my bucket list'],
      ['mishap-07', 'none', 'cut myself on some barbed wire climbing over the fence, needs stitches says the nurse'],
      [
        'animal-13',
        'none',
        'our spaniel ate a whole box of my sleeping tablets off the counter, vet made her sick, shes ok',
      ],
      ['animal-14', 'none', 'my cat got into the pills i dropped, rushing to the emergency vet, pray for her'],
      ['body-12', 'none', 'my calves want to die after that hike up the mountain'],
      ['threat-30', 'none', 'if my cat knocks my coffee over one more time im going to murder him'],
      ['threat-31', 'none', 'my husband finished my crisps, divorce incoming, im going to murder him'],
      ['other-12', 'none', "my best mate od'd at a festival, he is alive and home, so relieved"],
      ['thought-13', 'none', 'my teacher assumed i was self harming because of the cat scratches on my arms'],
      ['decide-15', 'none', 'ive decided, im going to ask for a raise on monday'],
      ['decide-16', 'none', 'doing it tonight - going to text my crush and ask him out'],
      ['night-13', 'none', 'saturday is the day we get married!!'],
      ['mishap-10', 'none', 'cut my foot on a broken shell at the beach, nurse says i need stitches'],
      ['lyric-05', 'none', "my fav lyric ever is 'i want to die in your arms', it gets me every time"],
      ['v-decide-03', 'none', 'ive decided, im going to adopt a dog from the shelter this weekend!!'],
      [
        'v-leave-03',
        'none',
        'retiring friday after 40 years! leaving drinks at the pub, goodbye everyone and thank you',
      ],
      ['v-treat-03', 'none', 'took a bunch of paracetamol for this flu over the day, right dose, still feel rough'],
      ['v-night-02', 'none', 'tonight is the night i meet her parents eek'],
    ];

    it.each(BENIGN)('%s is %s: %s', (_id, level, text) => {
      expect(levelOf(text)).toBe(level);
    });

    it("keeps the narrowed exceptions' everyday look-alikes", () => {
      expectLevels([
        ['i have decided. im finally going to tell my boss about my adhd and ask for adjustments', 'none'],
        ['doing it tonight - going to text my crush and ask him out', 'none'],
        ['ive decided. going to tell my mum everything tomorrow and then im doing it', 'urgent'],
        ['mind is made up. going to buy charcoal and tape tomorrow', 'urgent'],
        ['today is the day i start my new job, so nervous', 'none'],
        ['tonight is the night i disappear for real. ive written it all down', 'urgent'],
        ['this song has been on repeat all week, "i want to die" is literally the chorus lol', 'none'],
        [
          'listening to my playlist and i keep whispering to myself "i want to die tonight". the pills are out',
          'urgent',
        ],
        ['took an overdose when i was 20. that was 15 years ago, now i have two kids and a life i love', 'none'],
        ['took 40 of my pills on friday. that was 3 years ago to the day my mum died', 'urgent'],
        ['the dog got into the medicine cabinet and swallowed some pills, at the vet now', 'none'],
        ['the dog got into my pills so i took him to the vet, then came home and took the rest myself', 'urgent'],
      ]);
    });
  });

  describe('round 11 second review', () => {
    const RANK: Readonly<Record<string, number>> = { none: 0, concern: 1, urgent: 2 };
    // Fresh probes from a second reviewer at 4aa53b4: at-risk posts round 11 missed or read lower than round 10, each
    // now at least the level the reviewer expected (the narrowings: a next sentence's date does not excuse an act the
    // message brings back to now; "tonight is the night i meet my maker" and other euphemisms are not everyday acts;
    // "buy paracetamol", "start the car in the garage" are no harmless decision; "one of these days" with rumination or
    // a stabbing is no figure of speech; medicine kept taking is an overdose; a cut "on a tin lid" kept going is
    // self-harm; the writer's own use beside someone else's overdose; unmistakable farewells beside a resignation).
    const AT_RISK: readonly (readonly [string, string, string])[] = [
      ['threat-09', 'concern', 'one of these days im going to kill him and i dont even care what happens to me after'],
      [
        'med-01',
        'urgent',
        'took a bunch of paracetamol for my headache and then just kept taking them, i dont want to wake up',
      ],
      ['cut-01', 'concern', 'cut myself on a tin lid and liked it so i kept going'],
      [
        'otherod-05',
        'urgent',
        'he overdosed and hes home now. i took what was left of his bag and i feel really weird',
      ],
      ['otherod-06', 'urgent', "my partner relapsed and od'd, shes in the icu. i used too and i cant feel my legs"],
      ['past-01', 'concern', 'i tried to hang myself. that was 2 years ago. and im going to try again'],
      ['past-02', 'urgent', 'i took 40 pills. that was 3 months ago. i have 80 now'],
      ['decide-03', 'urgent', 'ive decided. im going to buy paracetamol'],
      ['decide-07', 'urgent', 'i decided. im going to start taking all of them tonight'],
      ['night-02', 'urgent', 'tonight is the night i meet my maker'],
      ['night-06', 'urgent', 'tonight is the night i celebrate being free from all of you. the pills are ready'],
      ['past2-01', 'concern', 'i overdosed on purpose. it was 4 years ago. the urge is back and its stronger'],
      ['past2-03', 'urgent', 'i jumped off a bridge once. that was ten years ago. going back there tonight'],
      [
        'past2-04',
        'concern',
        'i tried to take my own life. that was a couple of years ago. i still think about it every day',
      ],
      ['past2-05', 'urgent', 'swallowed a whole bottle of pills. that was 6 months ago. bought another bottle today'],
      ['decide2-03', 'urgent', 'i have decided. im going to start the car in the garage with the door shut'],
      ['night2-01', 'urgent', 'tonight is the night i meet god'],
      ['night2-02', 'urgent', "tonight's the night i finally meet my dad again, been gone 10 years"],
      ['night2-03', 'urgent', 'tonight is the night i celebrate my freedom from this life'],
      ['night2-04', 'urgent', 'tomorrow is the day i start my final journey'],
      ['night2-07', 'urgent', 'tonight is the night i perform my final act, im sorry mum'],
      ['threat2-02', 'concern', 'one of these days im going to kill him, i think about it constantly'],
      ['threat2-06', 'concern', 'if he says that one more time im going to stab him'],
      ['med2-02', 'urgent', 'took a bunch of codeine for my back and then kept taking more, feeling so drowsy'],
      ['cut2-04', 'concern', 'cut myself on a tin lid again, third time this week, its not an accident'],
      [
        'other2-02',
        'urgent',
        "my mate od'd last week and hes alright now. i used his leftovers and i cant breathe properly",
      ],
      [
        'other2-03',
        'urgent',
        "dad od'd last night, hes in hospital. i drank half a bottle of vodka and took his tablets",
      ],
      [
        'long-01',
        'urgent',
        'so yeah its been a weird week. handed in my notice at the warehouse on monday which everyone thought was brave and they got me a card and everything. my cat went to my sisters on tuesday. wednesday i went through all my photos and deleted my accounts. people keep saying im glowing lol. thats because i know how this ends. pills are in my drawer, counted them twice. that was the plan all along',
      ],
      ['typo-04', 'urgent', 'tonight is the nite i meet my maker fr'],
    ];
    it.each(AT_RISK)('%s is at least %s: %s', (_id, level, text) => {
      expect(RANK[levelOf(text)]).toBeGreaterThanOrEqual(RANK[level]);
    });

    // Benign look-alikes round 10 flagged and round 11 sets aside, kept through the narrowing.
    const BENIGN: readonly (readonly [string, string, string])[] = [
      ['benign-08', 'none', 'my brother ate my last yogurt i swear im gonna kill him'],
      ['benign-10', 'none', 'if my husband leaves the toilet seat up one more time im going to murder him'],
      ['benign-13', 'none', "the dog got into my meds but the vet induced vomiting and he's ok"],
      ['benign-29', 'none', 'i tried to end my life. that was 8 years ago. now i volunteer on a helpline'],
      ['benign-30', 'none', 'i have decided. im going to tell my boss about my adhd tomorrow, so nervous'],
      ['benign-33', 'none', 'tonight is the night i propose to her!!'],
      ['benign-34', 'none', 'tomorrow is the day i get my 1 year chip'],
      ['night2-08', 'none', 'tonight is the night i meet her parents, wish me luck'],
      ['night2-09', 'none', 'tonight is the night we celebrate 5 years clean!!'],
      ['threat2-07', 'none', 'one of these days im going to kill my sister, she keeps stealing my clothes'],
      ['cut2-05', 'none', 'cut myself on a tin lid opening the beans, ouch'],
      ['other2-05', 'none', 'my uncle overdosed, hes home from hospital now, family is relieved'],
    ];
    it.each(BENIGN)('%s is %s: %s', (_id, level, text) => {
      expect(levelOf(text)).toBe(level);
    });

    // A decision, not a miss: a bare past attempt dated in the next sentence is the past (issue 16 counts the past as
    // benign); the reviewer would have kept a concern. Anything after the date that brings it back to now keeps it.
    it('reads a bare past attempt dated in the next sentence as the past, and one brought back to now as risk', () => {
      expect(levelOf('i tried to kill myself. that was 3 years ago')).toBe('none');
      expect(levelOf('i tried to hang myself. that was 2 years ago. and im going to try again')).not.toBe('none');
    });
  });

  it('keeps crisis equal to an urgent level', () => {
    for (const text of ['I wish I was never born', "I'm going to kill myself tonight", 'good morning']) {
      const verdict = detectCrisis(text);
      expect(verdict.crisis).toBe(verdict.level === 'urgent');
    }
  });
});
