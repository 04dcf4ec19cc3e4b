import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { SettingsService } from '../settings/settings.service';
import { CareTeamRepository } from './care-team.repository';

/**
 * A person's care team: their cohorts' clinicians and the admins; for alumni the
 * program's alumni care team (`alumniCareTeam`, or the admins when none is named).
 * Concerns, the care-team line and check-ins go to them, never to moderators
 * (they may hold 42 CFR Part 2 data) nor to clinicians of other cohorts.
 */
@Injectable()
export class CareTeamService {
  constructor(
    private readonly repository: CareTeamRepository,
    private readonly settings: SettingsService,
  ) {}

  async of(personId: string, tx?: Tx): Promise<string[]> {
    return this.repository.members(personId, await this.settings.effectiveAlumniCareTeam(tx), tx);
  }

  async includes(staffId: string, personId: string, tx?: Tx): Promise<boolean> {
    return (await this.of(personId, tx)).includes(staffId);
  }

  /** The room of the person's care line (for `careLineRoomId` beside a crisis alert), or null when none was opened. */
  careLineOf(personId: string, tx?: Tx): Promise<string | null> {
    return this.repository.careLineOf(personId, tx);
  }

  /** The cohort a person's care is anchored in (their first active cohort), or null for alumni. */
  async cohortOf(personId: string, tx?: Tx): Promise<string | null> {
    return (await this.repository.activeCohortIds(personId, tx))[0] ?? null;
  }
}
