import type { Role } from '../contract';

/** Demo accounts for trying Hearth out (HEARTH_DEMO): never used in production. */
export const DEMO_PASSWORD = 'hearth-demo-2026';

export interface DemoPerson {
  email: string;
  displayName: string;
  role: Role;
  /** Index into DEMO_COHORTS; facilitators for clinicians. */
  cohort?: number;
}

export const DEMO_COHORTS = [
  { name: 'Tuesday Evening Group', program: 'Evening IOP', startsOn: '2026-10-06', endsOn: '2027-01-12' },
  { name: 'Morning Group', program: 'Day IOP', startsOn: '2026-11-02', endsOn: '2027-02-08' },
];

export const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'admin@demo.hearth.test', displayName: 'Jordan Lee', role: 'admin' },
  { email: 'clinician@demo.hearth.test', displayName: 'Dr Rivera', role: 'clinician', cohort: 0 },
  { email: 'clinician2@demo.hearth.test', displayName: 'Dr Okafor', role: 'clinician', cohort: 1 },
  { email: 'moderator@demo.hearth.test', displayName: 'Sam Ortiz', role: 'moderator' },
  { email: 'river@demo.hearth.test', displayName: 'River', role: 'member', cohort: 0 },
  { email: 'sunny@demo.hearth.test', displayName: 'Sunny Days', role: 'member', cohort: 0 },
  { email: 'heron@demo.hearth.test', displayName: 'blue_heron', role: 'member', cohort: 0 },
  { email: 'oak@demo.hearth.test', displayName: 'Oak', role: 'member', cohort: 1 },
  { email: 'willow@demo.hearth.test', displayName: 'Willow', role: 'member', cohort: 1 },
  { email: 'cedar@demo.hearth.test', displayName: 'Cedar', role: 'alumni' },
  { email: 'harbor@demo.hearth.test', displayName: 'Harbor', role: 'peer_mentor' },
];

/** A little conversation, so the demo group chat is not empty (room: a DEMO_COHORTS index, or the alumni lounge). */
export const DEMO_MESSAGES: { room: number | 'alumni'; by: string; body: string; contentWarning?: string }[] = [
  {
    room: 0,
    by: 'clinician@demo.hearth.test',
    body: 'Welcome to the group chat. I check in here most weekdays; if you need someone right away, the crisis line is always in the footer.',
  },
  { room: 0, by: 'river@demo.hearth.test', body: 'Hi all. Made it through the weekend, which felt like a lot.' },
  { room: 0, by: 'sunny@demo.hearth.test', body: 'Proud of you River. Sunday evenings are the hardest for me too.' },
  {
    room: 0,
    by: 'heron@demo.hearth.test',
    body: 'Went for a long walk instead of calling my old number. Small win.',
    contentWarning: 'cravings',
  },
  { room: 0, by: 'river@demo.hearth.test', body: 'That is not small at all. See everyone Tuesday.' },
  {
    room: 'alumni',
    by: 'cedar@demo.hearth.test',
    body: 'Six months out of the program today. Still using the breathing thing from week two.',
  },
  {
    room: 'alumni',
    by: 'harbor@demo.hearth.test',
    body: 'Congratulations Cedar! Drop in to the Thursday alumni call if you can.',
  },
];
