import { detectCrisis } from './crisis-detector';
import { CRISIS_PHRASES } from './crisis-phrases';
import { CRISIS_HOLDOUT_PHRASES } from './crisis-phrases.holdout';
import { CRISIS_CATEGORIES, type CrisisCategory, type LabelledPhrase } from './crisis-types';

interface Measured {
  precision: number;
  recall: number;
  falsePositiveRate: number;
  categoryRecall: Record<CrisisCategory, number>;
  misses: string[];
  falseAlarms: string[];
  positives: number;
  negatives: number;
}

function measure(set: readonly LabelledPhrase[]): Measured {
  let tp = 0;
  let fp = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const hits = new Map<CrisisCategory, [number, number]>(CRISIS_CATEGORIES.map((c) => [c, [0, 0]]));
  for (const phrase of set) {
    const verdict = detectCrisis(phrase.text);
    if (phrase.crisis) {
      tp += verdict.crisis ? 1 : 0;
      if (!verdict.crisis) {
        misses.push(phrase.text);
      }
    } else if (verdict.crisis) {
      fp += 1;
      falseAlarms.push(phrase.text);
    }
    for (const category of phrase.categories ?? []) {
      const counts = hits.get(category) ?? [0, 0];
      hits.set(category, [counts[0] + (verdict.categories.includes(category) ? 1 : 0), counts[1] + 1]);
    }
  }
  const positives = set.filter((p) => p.crisis).length;
  const negatives = set.length - positives;
  const categoryRecall = Object.fromEntries(
    [...hits].map(([category, [found, total]]) => [category, total === 0 ? 1 : found / total]),
  ) as Record<CrisisCategory, number>;
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: positives === 0 ? 1 : tp / positives,
    falsePositiveRate: negatives === 0 ? 0 : fp / negatives,
    categoryRecall,
    misses,
    falseAlarms,
    positives,
    negatives,
  };
}

function report(name: string, m: Measured): void {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);
  const rows = [
    `crisis detector — ${name} (${m.positives} positives, ${m.negatives} negatives)`,
    `  precision            ${pct(m.precision)}`,
    `  recall               ${pct(m.recall)}`,
    `  false-positive rate  ${pct(m.falsePositiveRate)}`,
    ...CRISIS_CATEGORIES.map((c) => `  recall ${c.padEnd(18)}${pct(m.categoryRecall[c])}`),
    ...m.misses.map((text) => `  missed:      ${text}`),
    ...m.falseAlarms.map((text) => `  false alarm: ${text}`),
  ];
  console.log(rows.join('\n'));
}

describe('crisis detector on the labelled tuning set', () => {
  const measured = measure(CRISIS_PHRASES);

  it('has at least 300 phrases, 120 positives and 180 negatives', () => {
    report('tuning set', measured);
    expect(CRISIS_PHRASES.length).toBeGreaterThanOrEqual(300);
    expect(measured.positives).toBeGreaterThanOrEqual(120);
    expect(measured.negatives).toBeGreaterThanOrEqual(180);
  });

  it('finds at least 95% of crises with at most 5% false alarms', () => {
    expect(measured.recall).toBeGreaterThanOrEqual(0.95);
    expect(measured.falsePositiveRate).toBeLessThanOrEqual(0.05);
  });

  it.each(CRISIS_CATEGORIES)('covers %s', (category) => {
    expect(CRISIS_PHRASES.some((p) => p.categories?.includes(category))).toBe(true);
    expect(measured.categoryRecall[category]).toBeGreaterThanOrEqual(0.9);
  });
});

// The hold-out set was written after tuning and never used to change a rule, so it
// estimates performance on unseen wording (see BENCHMARKS.md). The target the team set
// for it, recall >= 85% with FPR <= 10%, is NOT met: three successive hold-out sets
// scored 55%, 43% and 50% recall on first measurement. The first test is a regression
// guard at the measured level; the second records the unmet target and starts failing
// (prompting its promotion to a normal test) once the detector actually reaches it.
describe('crisis detector on the hold-out set', () => {
  const measured = measure(CRISIS_HOLDOUT_PHRASES);

  it('reports its numbers and does not regress below the measured level', () => {
    report('hold-out set', measured);
    expect(measured.recall).toBeGreaterThanOrEqual(0.45);
    expect(measured.falsePositiveRate).toBeLessThanOrEqual(0.1);
  });

  it.failing('meets the target of recall >= 85% on unseen wording (known gap)', () => {
    expect(measured.recall).toBeGreaterThanOrEqual(0.85);
  });
});

const verdictOf = (text: string): boolean => detectCrisis(text).crisis;

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
    expect(detectCrisis("my roommate says she's going to kill herself tonight").categories).toEqual([
      'suicidal_ideation',
    ]);
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

  it('finds a crisis buried in a long message next to a negated one', () => {
    const text =
      "Group was fine. I'm not going to use this weekend. But honestly I've been cutting again and I don't know how to stop.";
    expect(detectCrisis(text)).toEqual({ crisis: true, categories: ['self_harm'], severity: 'urgent' });
  });

  it('grades passive ideation as concern and intent or emergencies as urgent', () => {
    expect(detectCrisis('I wish I was never born').severity).toBe('concern');
    expect(detectCrisis("I'm going to kill myself tonight").severity).toBe('urgent');
    expect(detectCrisis("he's turning blue and won't wake up after using").severity).toBe('urgent');
    expect(detectCrisis('good morning everyone')).toEqual({ crisis: false, categories: [], severity: 'none' });
  });
});
