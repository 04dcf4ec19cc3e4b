import type { CrisisPattern } from './crisis-pattern';
import { HARM_TO_OTHERS_PATTERNS } from './crisis-patterns-harm-to-others';
import { OVERDOSE_PATTERNS } from './crisis-patterns-overdose';
import { SELF_HARM_PATTERNS } from './crisis-patterns-self-harm';
import { SUICIDE_PATTERNS } from './crisis-patterns-suicide';
import { SUICIDE_PLAN_PATTERNS } from './crisis-patterns-suicide-plans';
import { SUICIDE_SIGN_PATTERNS } from './crisis-patterns-suicide-signs';

/** Every crisis rule, one family of files per category. */
export const CRISIS_PATTERNS: readonly CrisisPattern[] = [
  ...SUICIDE_PATTERNS,
  ...SUICIDE_SIGN_PATTERNS,
  ...SUICIDE_PLAN_PATTERNS,
  ...SELF_HARM_PATTERNS,
  ...OVERDOSE_PATTERNS,
  ...HARM_TO_OTHERS_PATTERNS,
];
