import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { SettingsService } from '../settings/settings.service';
import { CheckinsRepository } from './checkins.repository';

/** A demo person's check-ins, oldest first: [days ago, mood, urges, used?, shared?]. */
type DemoDay = [daysAgo: number, mood: number, craving: number, used?: boolean, shared?: boolean];

const range = (from: number, to: number, day: (d: number) => DemoDay | null): DemoDay[] =>
  Array.from({ length: from - to + 1 }, (_, i) => day(from - i)).filter((d): d is DemoDay => d !== null);

/**
 * Three weeks of check-ins for the demo cohorts (HEARTH_DEMO), so the grid and
 * trends have something to show: a steady member who shares their mood, one
 * whose regular check-ins stopped four days ago (the stop rule raises a concern
 * at the next check), one on a low run with strong urges, and the other group.
 */
export const DEMO_CHECKINS: Record<string, DemoDay[]> = {
  'river@demo.hearth.test': range(20, 1, (d) => [d, 3 + (d % 3 === 0 ? 1 : 0), 2 + (d % 4), false, true]),
  'sunny@demo.hearth.test': range(20, 4, (d) => (d % 5 === 0 ? null : [d, 4, 1, false, d % 2 === 0])),
  'heron@demo.hearth.test': [...range(20, 3, (d) => (d % 3 === 1 ? null : [d, 3, 4])), [2, 2, 7], [1, 2, 8]],
  'oak@demo.hearth.test': range(12, 1, (d) => (d % 2 === 0 ? [d, 4, 2, false, true] : null)),
  'willow@demo.hearth.test': range(9, 1, (d) => [d, d === 5 ? 2 : 3, 3, d === 5]),
};

@Injectable()
export class CheckinsDemo {
  constructor(
    private readonly checkins: CheckinsRepository,
    private readonly settings: SettingsService,
  ) {}

  /** Inside the seed's transaction; people not found (already deleted, renamed) are skipped. */
  async seed(tx: Tx): Promise<void> {
    const timeZone = await this.settings.timeZone();
    for (const [email, days] of Object.entries(DEMO_CHECKINS)) {
      await this.checkins.insertPast(email, timeZone, days, tx);
    }
  }
}
