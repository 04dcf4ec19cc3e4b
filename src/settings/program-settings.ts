import { CRISIS_RESOURCES } from './crisis-resources';
import type { CrisisResource, ProgramSettings } from '../contract';

export const SETTING_KEYS = [
  'staffMfaRequired',
  'crisisResources',
  'timeZone',
  'alumniCareTeam',
  'careAnswerMinutes',
] as const satisfies readonly (keyof ProgramSettings)[];

export const DEFAULT_SETTINGS: ProgramSettings = {
  staffMfaRequired: false,
  crisisResources: CRISIS_RESOURCES,
  // A fixed default rather than the server's zone: nodes in containers usually run in
  // UTC (the day would turn at 7 or 8 pm for a US program) and could disagree with each
  // other; the default resources (988, 741741, 911) are US services, so a US zone.
  timeZone: 'America/New_York',
  alumniCareTeam: [],
  careAnswerMinutes: 240,
};

export const CARE_ANSWER_MINUTES = { min: 5, max: 10_080 } as const;
export const CRISIS_RESOURCE_COUNT = { min: 1, max: 12 } as const;

/** The settings as stored, over the defaults; keys the code no longer knows are left out. */
export function withDefaults(stored: Record<string, unknown>): ProgramSettings {
  const settings = { ...DEFAULT_SETTINGS };
  for (const key of SETTING_KEYS) {
    if (stored[key] !== undefined && stored[key] !== null) {
      Object.assign(settings, { [key]: stored[key] });
    }
  }
  return settings;
}

/**
 * The zone's one spelling (`utc` is `UTC`, `US/Eastern` is `America/New_York`), or
 * undefined when it names no IANA zone. Offsets such as `+05:00` are refused: they
 * ignore daylight saving, so the program's day would drift by an hour twice a year.
 */
export function canonicalTimeZone(name: string): string | undefined {
  try {
    const zone = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    return /^[A-Za-z]/.test(zone) ? zone : undefined;
  } catch {
    return undefined;
  }
}

/** What makes resources unusable beyond each field's own rules: a way to reach each one. */
export function resourceProblems(resources: CrisisResource[]): string[] {
  const problems: string[] = [];
  resources.forEach((r, i) => {
    if (r.phone === undefined && r.sms === undefined && r.url === undefined) {
      problems.push(`crisisResources.${i} needs at least one way to reach it: phone, sms or url`);
    }
    if (r.smsBody !== undefined && r.sms === undefined) {
      problems.push(`crisisResources.${i}.smsBody needs sms, the number the text goes to`);
    }
  });
  const names = resources.map((r) => r.name.toLowerCase());
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i) {
      problems.push(`crisisResources.${i}.name is the same as another resource's`);
    }
  });
  return problems;
}
