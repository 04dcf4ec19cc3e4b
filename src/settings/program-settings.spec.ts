import { dialableProblem, normaliseDialable } from '../common/dialable';
import { CRISIS_RESOURCES } from './crisis-resources';
import { canonicalTimeZone, DEFAULT_SETTINGS, resourceProblems, withDefaults } from './program-settings';

describe('program settings', () => {
  it('fills what was never set from the defaults and leaves out keys it no longer knows', () => {
    expect(withDefaults({})).toEqual(DEFAULT_SETTINGS);
    expect(withDefaults({ careAnswerMinutes: 30, retired: true })).toEqual({
      ...DEFAULT_SETTINGS,
      careAnswerMinutes: 30,
    });
    expect(DEFAULT_SETTINGS.crisisResources).toBe(CRISIS_RESOURCES);
  });

  it.each([
    ['America/New_York', 'America/New_York'],
    ['utc', 'UTC'],
    ['Europe/london', 'Europe/London'],
    ['US/Eastern', 'America/New_York'],
    ['Nowhere/City', undefined],
    ['+05:00', undefined],
    ['', undefined],
  ])('reads the time zone %j as %j', (name, zone) => {
    expect(canonicalTimeZone(name)).toBe(zone);
  });

  it('needs a way to reach each resource, a number for a text, and names told apart', () => {
    expect(resourceProblems(CRISIS_RESOURCES)).toEqual([]);
    expect(
      resourceProblems([
        { name: 'Samaritans', phone: '116 123' },
        { name: 'Just a name' },
        { name: 'Text us', smsBody: 'HELLO' },
        { name: 'samaritans', url: 'https://www.samaritans.org' },
      ]),
    ).toEqual([
      'crisisResources.1 needs at least one way to reach it: phone, sms or url',
      'crisisResources.2 needs at least one way to reach it: phone, sms or url',
      'crisisResources.2.smsBody needs sms, the number the text goes to',
      "crisisResources.3.name is the same as another resource's",
    ]);
  });

  it.each([
    ['988', true],
    ['15', true],
    ['+44 20 7946 0958', true],
    ['(555) 010-0199', true],
    ['1', false],
    ['98 8a', false],
    ['0800+123', false],
    ['1'.repeat(21), false],
  ])('takes %j as a crisis line number: %j', (value, ok) => {
    expect(dialableProblem(value, { minDigits: 2, maxDigits: 20 }) === undefined).toBe(ok);
  });

  it('writes a number one way and never repeats it in its message', () => {
    expect(normaliseDialable('  +1  555   010 0199 ')).toBe('+1 555 010 0199');
    expect(dialableProblem('555-01', { minDigits: 7, maxDigits: 20 })).not.toContain('555');
  });
});
