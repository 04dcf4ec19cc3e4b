import type { InviteRole, MembershipKind } from './cohorts';
import type { Role } from './people';
import type { CrisisResource } from './safety';

/** The shortest password (a passphrase) the server accepts; the client checks the same before sending. */
export const PASSWORD_MIN_LENGTH = 10;

/** Members, alumni and staff each accept the terms written for them. */
export type TermsAudience = 'member' | 'alumni' | 'staff';

export interface TermsTexts {
  guidelines: string;
  peerConfidentiality: string;
  confidentialityNotice: string;
}

/** `GET /api/terms`: a new version means everyone accepts again at their next sign-in. */
export interface Terms {
  audience: TermsAudience;
  version: string;
  texts: TermsTexts;
}

export interface UserSummary {
  id: string;
  displayName: string;
  role: Role;
  termsRequired: boolean;
  /** Staff must set up a second factor before anything else. */
  mfaSetupRequired: boolean;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

/** Registration and sign-in. */
export interface SessionResponse extends TokenPair {
  user: UserSummary;
}

/** `GET /api/me`. */
export interface MeView {
  id: string;
  displayName: string;
  role: Role;
  email: string;
  termsRequired: boolean;
  termsAudience: TermsAudience;
  mfa: { enabled: boolean; setupRequired: boolean };
  cohorts: { id: string; name: string; membership: MembershipKind | null }[];
}

/** One signed-in device (a refresh-token family). */
export interface SessionView {
  id: string;
  device: string;
  startedAt: string;
  lastUsedAt: string;
  current: boolean;
}

export interface TotpSetup {
  secret: string;
  otpauthUri: string;
}

export interface RecoveryCodes {
  recoveryCodes: string[];
}

/** Everything about a person (`GET /api/me/export`): the profile, then one section per kind of record. */
export interface AccountExport {
  format: 'hearth-export/1';
  exportedAt: string;
  profile: {
    id: string;
    email: string;
    displayName: string;
    legalName: string | null;
    role: string;
    status: string;
    createdAt: string;
    secondFactor: boolean;
    recoveryCodesLeft: number;
  };
  [section: string]: unknown;
}

/** The contact phone the program keeps on file for a person, for their care team to reach them in a crisis. */
export interface ContactView {
  phone: string | null;
  updatedAt: string | null;
}

/** Program-wide settings an admin changes at run time (one deployment is one program). */
export interface ProgramSettings {
  /** Staff must sign in with a second factor (TOTP); those without one set it up at their next sign-in. */
  staffMfaRequired: boolean;
  /** Shown to anyone whose words read as a crisis, on the crisis page and in every help panel. */
  crisisResources: CrisisResource[];
  /** The program's day: when a "day" starts and ends for check-ins and schedules (an IANA zone name). */
  timeZone: string;
  /** Staff who look after alumni, who have no cohort; empty means the program's admins. */
  alumniCareTeam: string[];
  /** How long a member's message to their care team may wait for an answer before it escalates. */
  careAnswerMinutes: number;
}

/** Someone who may be named on the alumni care team. */
export interface CareStaffView {
  id: string;
  displayName: string;
  role: 'clinician' | 'admin';
}

/** `GET /api/health`, also the body of its 503. */
export interface HealthReport {
  status: 'ok' | 'error';
  db: 'up' | 'down';
  redis?: 'up' | 'down';
}

/** What someone holding a code may learn before registering: enough to show the right terms. */
export interface InvitePreview {
  role: InviteRole;
  termsAudience: TermsAudience;
  cohortName: string | null;
  expiresAt: string;
}

/** `POST /api/users/:id/password-reset`: shown once to the staff member, who hands it over in person. */
export interface IssuedResetCode {
  code: string;
  expiresAt: string;
}

/** `POST /api/invites/redeem`: the group a returning person joined, and their role now. */
export interface RedeemResult {
  cohort: { id: string; name: string };
  role: Role;
  /** The terms for their role now await acceptance (an alumnus becoming a member again). */
  termsRequired: boolean;
}
