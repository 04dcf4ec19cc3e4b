export type CrisisCategory = 'suicidal_ideation' | 'self_harm' | 'overdose' | 'harm_to_others';

/** urgent: a life at risk now, page the on-duty clinician; concern: a wellbeing signal for the care team. */
export type CrisisLevel = 'urgent' | 'concern' | 'none';

/**
 * What the detector makes of a text. `level` is the writer's own risk now; `categories`
 * say what it is about (empty at 'none'). `someoneElse` names what puts another person
 * at risk now ("my friend says she'll end it tonight"): the writer may be offered how to
 * help them, whatever the level.
 */
export interface CrisisVerdict {
  /** Always `level === 'urgent'`: page the on-duty clinician. */
  crisis: boolean;
  level: CrisisLevel;
  categories: CrisisCategory[];
  someoneElse: CrisisCategory[];
}

export const CRISIS_CATEGORIES: readonly CrisisCategory[] = [
  'suicidal_ideation',
  'self_harm',
  'overdose',
  'harm_to_others',
];
