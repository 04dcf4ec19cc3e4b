import { WARM_UP_TEXTS } from './screening-warmup';
import { analyseText } from './text-analysis';

// A screening thread reads WARM_UP_TEXTS before it takes work, so that no real message pays for compiling
// a stage or a rule (the first crisis after a start took up to 170 ms, and everyone queued behind it waited).
// That only holds while the texts reach every path a real message can take: these pin it.
describe('the screening warm-up', () => {
  const analyses = WARM_UP_TEXTS.map((text) => analyseText(text));

  it('reaches both levels and every category, and messages that are none', () => {
    const levels = new Set(analyses.map((a) => a.crisis.level));
    expect([...levels].sort()).toEqual(['concern', 'none', 'urgent']);
    const categories = new Set(analyses.flatMap((a) => a.crisis.categories));
    expect([...categories].sort()).toEqual(['harm_to_others', 'overdose', 'self_harm', 'suicidal_ideation']);
    expect(analyses.filter((a) => a.crisis.level === 'none').length).toBeGreaterThanOrEqual(5);
  });

  it('reaches the personal-details filter: a phone number and an email address', () => {
    const kinds = new Set(analyses.flatMap((a) => a.details.map((d) => d.kind)));
    expect(kinds).toEqual(new Set(['phone', 'email']));
  });

  it('is written in the registers people use: capitals, emoji, a mention, a hashtag, several sentences', () => {
    expect(WARM_UP_TEXTS.some((t) => t === t.toUpperCase() && /[A-Z]/.test(t))).toBe(true);
    expect(WARM_UP_TEXTS.some((t) => /\p{Extended_Pictographic}/u.test(t))).toBe(true);
    expect(WARM_UP_TEXTS.some((t) => /@\w/.test(t))).toBe(true);
    expect(WARM_UP_TEXTS.some((t) => /#\w/.test(t))).toBe(true);
    expect(WARM_UP_TEXTS.some((t) => t.split(/[.!?]\s/).length >= 3)).toBe(true);
  });
});
