import type { Role, TermsAudience } from '../contract';

/** The signed-in caller, as every guard, service and gateway sees them. */
export interface AuthUser {
  id: string;
  displayName: string;
  role: Role;
  /** The sign-in session (refresh-token family) this access token belongs to. */
  sessionId: string;
  termsAudience: TermsAudience;
  /** A new version of the terms awaits acceptance: nothing else is allowed until then. */
  termsRequired: boolean;
  /** The program requires staff to use a second factor and this user has not set one up yet. */
  mfaSetupRequired: boolean;
}
