export type CrisisCategory = 'suicidal_ideation' | 'self_harm' | 'overdose' | 'harm_to_others';

export type CrisisSeverity = 'none' | 'concern' | 'urgent';

/** urgent: a life at risk now, page the on-duty clinician; concern: a wellbeing signal for the care team. */
export type CrisisLevel = 'urgent' | 'concern' | 'none';

export interface CrisisVerdict {
  crisis: boolean;
  categories: CrisisCategory[];
  severity: CrisisSeverity;
}

export const CRISIS_CATEGORIES: readonly CrisisCategory[] = [
  'suicidal_ideation',
  'self_harm',
  'overdose',
  'harm_to_others',
];
