import type { CohortRelation } from './policy';

/**
 * What access needs to know of cohort membership. Access declares it and the
 * cohorts feature answers (its repository), so this core folder never imports a
 * feature: AccessModule.forRoot names the module that provides it.
 */
export abstract class CohortRelations {
  /** The user's place in the cohort now ('none' once they left). */
  abstract relationTo(userId: string, cohortId: string): Promise<CohortRelation>;
  /** Cohorts the user belongs to now, as member or facilitator. */
  abstract ownCohortIds(userId: string): Promise<string[]>;
}
