import type { LabelledPhrase, LabelledPost } from '../fixtures/crisis/labelled';
import { CRISIS_CATEGORIES, type CrisisCategory, type CrisisLevel } from '../../src/safety/crisis-types';

/** What the measurements need of a verdict (today's detector and older ones alike). */
export interface Reading {
  level: CrisisLevel;
  categories: readonly CrisisCategory[];
  someoneElse: readonly CrisisCategory[];
}

export type Read = (text: string) => Reading;

/** Per set and per level: recall, false-positive rate and precision, with every miss and false alarm. */
export interface PostMeasure {
  positives: number;
  urgentPositives: number;
  benign: number;
  /** Risk found at any level. */
  recall: number;
  /** Urgent risk found as urgent. */
  urgentRecall: number;
  /** Benign posts given any level. */
  falsePositiveRate: number;
  /** Benign posts given urgent. */
  urgentFalsePositiveRate: number;
  /** Of the posts given any level, how many were risk. */
  precision: number;
  /** Of the posts given urgent, how many were risk. */
  urgentPrecision: number;
  /** Concern posts read as urgent (a page where a care-team note would do). */
  overEscalated: number;
  categoryRecall: Partial<Record<CrisisCategory, number>>;
  /** Posts about someone else at risk now that said so. */
  someoneElseRecall: number | undefined;
  misses: string[];
  falseAlarms: string[];
}

const ratio = (part: number, whole: number, empty: number): number => (whole === 0 ? empty : part / whole);

export function measurePosts(set: readonly LabelledPost[], read: Read): PostMeasure {
  const m = { tp: 0, fp: 0, urgentTp: 0, urgentFound: 0, urgentFp: 0, urgentOnRisk: 0, over: 0, other: 0 };
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const byCategory = new Map<CrisisCategory, [number, number]>();
  for (const post of set) {
    const r = read(post.text);
    const flagged = r.level !== 'none';
    if (r.level === 'urgent') {
      m.urgentFound++;
    }
    if (post.level === 'none') {
      m.fp += flagged ? 1 : 0;
      m.urgentFp += r.level === 'urgent' ? 1 : 0;
      if (flagged) {
        falseAlarms.push(`[${r.level}${post.kind ? `, ${post.kind}` : ''}] ${post.text}`);
      }
    } else {
      m.tp += flagged ? 1 : 0;
      m.urgentOnRisk += r.level === 'urgent' ? 1 : 0;
      m.urgentTp += post.level === 'urgent' && r.level === 'urgent' ? 1 : 0;
      m.over += post.level === 'concern' && r.level === 'urgent' ? 1 : 0;
      if (!flagged || (post.level === 'urgent' && r.level !== 'urgent')) {
        misses.push(`[${post.level} read as ${r.level}] ${post.text}`);
      }
      for (const category of post.categories) {
        const [found, total] = byCategory.get(category) ?? [0, 0];
        byCategory.set(category, [found + (flagged && r.categories.includes(category) ? 1 : 0), total + 1]);
      }
    }
    if (post.someoneElse) {
      m.other += r.someoneElse.length > 0 ? 1 : 0;
    }
  }
  const positives = set.filter((p) => p.level !== 'none').length;
  const urgentPositives = set.filter((p) => p.level === 'urgent').length;
  const benign = set.length - positives;
  const withOther = set.filter((p) => p.someoneElse).length;
  return {
    positives,
    urgentPositives,
    benign,
    recall: ratio(m.tp, positives, 1),
    urgentRecall: ratio(m.urgentTp, urgentPositives, 1),
    falsePositiveRate: ratio(m.fp, benign, 0),
    urgentFalsePositiveRate: ratio(m.urgentFp, benign, 0),
    precision: ratio(m.tp, m.tp + m.fp, 1),
    urgentPrecision: ratio(m.urgentOnRisk, m.urgentFound, 1),
    overEscalated: m.over,
    categoryRecall: Object.fromEntries(
      CRISIS_CATEGORIES.filter((c) => byCategory.has(c)).map((c) => {
        const [found, total] = byCategory.get(c) ?? [0, 0];
        return [c, found / total];
      }),
    ),
    someoneElseRecall: withOther === 0 ? undefined : m.other / withOther,
    misses,
    falseAlarms,
  };
}

/** The first sets' measure: a crisis there is anything staff should see, the writer's own or someone else's. */
export interface PhraseMeasure {
  positives: number;
  negatives: number;
  precision: number;
  recall: number;
  falsePositiveRate: number;
  categoryRecall: Record<CrisisCategory, number>;
  misses: string[];
  falseAlarms: string[];
}

export function measurePhrases(set: readonly LabelledPhrase[], read: Read): PhraseMeasure {
  let tp = 0;
  let fp = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const hits = new Map<CrisisCategory, [number, number]>(CRISIS_CATEGORIES.map((c) => [c, [0, 0]]));
  for (const phrase of set) {
    const r = read(phrase.text);
    const flagged = r.level !== 'none' || r.someoneElse.length > 0;
    if (phrase.crisis) {
      tp += flagged ? 1 : 0;
      if (!flagged) {
        misses.push(phrase.text);
      }
    } else if (flagged) {
      fp += 1;
      falseAlarms.push(phrase.text);
    }
    const found = new Set([...r.categories, ...r.someoneElse]);
    for (const category of phrase.categories ?? []) {
      const [hit, total] = hits.get(category) ?? [0, 0];
      hits.set(category, [hit + (found.has(category) ? 1 : 0), total + 1]);
    }
  }
  const positives = set.filter((p) => p.crisis).length;
  const negatives = set.length - positives;
  return {
    positives,
    negatives,
    precision: ratio(tp, tp + fp, 1),
    recall: ratio(tp, positives, 1),
    falsePositiveRate: ratio(fp, negatives, 0),
    categoryRecall: Object.fromEntries(
      [...hits].map(([category, [found, total]]) => [category, ratio(found, total, 1)]),
    ) as Record<CrisisCategory, number>,
    misses,
    falseAlarms,
  };
}

const pct = (x: number | undefined): string => (x === undefined ? '     –' : `${(x * 100).toFixed(1)}%`.padStart(6));

export function describePosts(name: string, m: PostMeasure, details = true): string {
  const categories = Object.entries(m.categoryRecall)
    .map(([c, r]) => `${c} ${pct(r).trim()}`)
    .join(', ');
  return [
    `${name} (${m.positives} at risk, ${m.urgentPositives} of them urgent; ${m.benign} benign)`,
    `  any level: recall ${pct(m.recall)}  FPR ${pct(m.falsePositiveRate)}  precision ${pct(m.precision)}`,
    `  urgent:    recall ${pct(m.urgentRecall)}  FPR ${pct(m.urgentFalsePositiveRate)}  precision ${pct(m.urgentPrecision)}  (concern read as urgent: ${m.overEscalated})`,
    `  categories: ${categories}${m.someoneElseRecall === undefined ? '' : `; someone else at risk named: ${pct(m.someoneElseRecall).trim()}`}`,
    ...(details
      ? [...m.misses.map((t) => `  missed      ${t}`), ...m.falseAlarms.map((t) => `  false alarm ${t}`)]
      : []),
  ].join('\n');
}

export function describePhrases(name: string, m: PhraseMeasure, details = true): string {
  const categories = CRISIS_CATEGORIES.map((c) => `${c} ${pct(m.categoryRecall[c]).trim()}`).join(', ');
  return [
    `${name} (${m.positives} crises, ${m.negatives} look-alikes)`,
    `  recall ${pct(m.recall)}  FPR ${pct(m.falsePositiveRate)}  precision ${pct(m.precision)}`,
    `  categories: ${categories}`,
    ...(details
      ? [...m.misses.map((t) => `  missed      ${t}`), ...m.falseAlarms.map((t) => `  false alarm ${t}`)]
      : []),
  ].join('\n');
}
