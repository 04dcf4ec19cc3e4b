import type { Role } from '../access/access.decorator';

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
