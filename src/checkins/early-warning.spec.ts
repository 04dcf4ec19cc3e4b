import { addDays, needsHelpNow, rulesMet, stoppedRegularCheckin } from './early-warning';

const day = (date: string, mood: number, craving = 0, used: boolean | null = null) => ({ date, mood, craving, used });

describe('check-in early-warning rules', () => {
  it('counts calendar days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('meets low mood only on three consecutive calendar days at 2 or less', () => {
    const today = day('2026-12-07', 2);
    expect(rulesMet(today, [day('2026-12-06', 1), day('2026-12-05', 2), today]).has('low_mood_3_days')).toBe(true);
    // A gap day breaks the run; so does a better day.
    expect(rulesMet(today, [day('2026-12-06', 1), day('2026-12-04', 2)]).has('low_mood_3_days')).toBe(false);
    expect(rulesMet(today, [day('2026-12-06', 3), day('2026-12-05', 1)]).has('low_mood_3_days')).toBe(false);
    expect(rulesMet(day('2026-12-07', 3), [day('2026-12-06', 1), day('2026-12-05', 1)]).size).toBe(0);
  });

  it('meets cravings at 8 or more and reported use when used is true', () => {
    expect([...rulesMet(day('2026-12-07', 4, 8, true), [])]).toEqual(['cravings', 'reported_use']);
    expect(rulesMet(day('2026-12-07', 4, 7, false), []).size).toBe(0);
  });

  it('shows help now for urges of 8 or more, reported use or mood 1', () => {
    expect(needsHelpNow({ mood: 1, craving: 0, used: null })).toBe(true);
    expect(needsHelpNow({ mood: 3, craving: 8, used: false })).toBe(true);
    expect(needsHelpNow({ mood: 3, craving: 2, used: true })).toBe(true);
    expect(needsHelpNow({ mood: 2, craving: 7, used: false })).toBe(false);
  });

  it('sees a regular check-in (4 of 7 days) that stopped for three whole days', () => {
    const regular = ['2026-11-28', '2026-11-29', '2026-11-30', '2026-12-02', '2026-12-03'];
    expect(stoppedRegularCheckin(regular, '2026-12-07')).toBe(true);
    // Only two whole days without one yet.
    expect(stoppedRegularCheckin(regular, '2026-12-06')).toBe(false);
    // Not regular: three of the seven days.
    expect(stoppedRegularCheckin(['2026-11-29', '2026-12-01', '2026-12-03'], '2026-12-07')).toBe(false);
    expect(stoppedRegularCheckin([], '2026-12-07')).toBe(false);
  });
});
