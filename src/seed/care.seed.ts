import { Injectable } from '@nestjs/common';
import { ConcernsService } from '../care/concerns.service';
import type { Tx } from '../database/transactions';
import { DemoWeekRepository } from './demo-week.repository';
import { DemoArea, DemoWeek, personId, written } from './demo-week';

/**
 * This morning's open concern: a member's post read as worrying (not urgent), for
 * their care team to take and follow up; the admins are told if nobody has in a day.
 */
export const DEMO_CONCERN = {
  target: 'tuesday-tired',
  person: 'heron@demo.hearth.test',
  categories: ['suicidal_ideation'],
};

@Injectable()
export class CareDemo implements DemoArea {
  constructor(
    private readonly concerns: ConcernsService,
    private readonly dates: DemoWeekRepository,
  ) {}

  async seedWeek(week: DemoWeek, tx: Tx): Promise<void> {
    const content = written(week, DEMO_CONCERN.target);
    const concernId = await this.concerns.raise(
      {
        personId: personId(week, DEMO_CONCERN.person),
        source: content.type,
        targetId: content.id,
        cohortId: content.cohort === null ? null : week.cohortIds[content.cohort],
        categories: DEMO_CONCERN.categories,
      },
      tx,
    );
    if (concernId) {
      await this.dates.date(
        'care_concerns',
        concernId,
        { created_at: content.at, admins_due_at: new Date(content.at.getTime() + 24 * 3_600_000) },
        tx,
      );
    }
  }
}
