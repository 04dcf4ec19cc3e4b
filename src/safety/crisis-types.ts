export type CrisisCategory = 'suicidal_ideation' | 'self_harm' | 'overdose' | 'harm_to_others';

export type CrisisSeverity = 'none' | 'concern' | 'urgent';

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
