import type { Browser, Locator } from 'playwright-core';
import { SettingsService } from '../../src/settings/settings.service';
import { launchBrowser, newPhonePage, openAs, recordForeignRequests } from '../support/browser';
import { TestContext, TestUser } from '../support/context';

describe('daily check-ins in Chromium', () => {
  let ctx: TestContext;
  let browser: Browser;
  beforeAll(async () => {
    ctx = await TestContext.start();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  const lowDaysBefore = async (user: TestUser, moods: number[]) => {
    const tz = await ctx.t.app.get(SettingsService).timeZone();
    for (const [i, mood] of moods.entries()) {
      await ctx.t.query(
        `INSERT INTO checkins (user_id, day, mood, craving) VALUES ($1, (now() AT TIME ZONE $2)::date - $3::int, $4, 3)`,
        [user.id, tz, moods.length - i, mood],
      );
    }
  };

  it('a member checks in from the phone’s home screen in three taps; the clinician sees the grid, the trend and a three-day low in the queue', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort();
    const member = await ctx.newMember({ cohort });
    const low = await ctx.newMember({ cohort });
    const clinician = await ctx.newClinician({ cohort });
    await lowDaysBefore(low, [2, 1]);
    const memberSide = await newPhonePage(browser);
    const staffSide = await newPhonePage(browser);
    const foreign = [memberSide, staffSide].map(({ page }) => recordForeignRequests(page, base));
    try {
      // Tap one: the app from the phone's home screen (its start page is "/").
      let taps = 1;
      const tap = async (target: Locator) => {
        taps++;
        await target.tap();
      };
      const page = memberSide.page;
      await openAs(page, base, member, '/');
      const card = page.getByRole('region', { name: 'Daily check-in' });
      await card.getByText('They are not watched live').waitFor();
      await tap(card.getByRole('button', { name: 'Good' }));
      await tap(card.getByRole('button', { name: 'Check in' }));
      await card.getByText('Thank you, you’re checked in for today.').waitFor();
      expect(taps).toBeLessThanOrEqual(3);
      const [saved] = (await ctx.t.get('/api/checkins/me', member.accessToken)).body;
      expect(saved).toMatchObject({ mood: 4, craving: 0, shareMood: false });

      // Mood 1: the crisis lines and the care-team line at once.
      await card.getByRole('button', { name: 'Change today’s check-in' }).tap();
      await card.getByRole('button', { name: 'Awful' }).tap();
      await card.getByRole('button', { name: 'Check in' }).tap();
      const help = card.getByRole('alert');
      await help.getByRole('link', { name: 'Message your care team' }).waitFor();
      await expect(help.getByRole('link', { name: 'Message your care team' }).getAttribute('href')).resolves.toBe(
        '/care',
      );
      await help.getByRole('link', { name: 'Call 988' }).waitFor();

      // Their own trend, as a chart and as a table.
      await card.getByText('My trend').tap();
      await card.locator('canvas').first().waitFor();
      await card
        .getByRole('table', { name: 'Your last 30 days, as a table' })
        .getByRole('cell', { name: 'Awful (1)' })
        .waitFor();

      // In the group's room: how many checked in today, and the moods shared with the group (only those).
      await ctx.newMember({ cohort }); // has not checked in
      const sharer = await ctx.newMember({ cohort });
      await ctx.t.post('/api/checkins', { mood: 5, craving: 0, shareMood: true }, sharer.accessToken);
      await page.goto(`${base}/rooms/${cohort.roomId}`);
      const strip = page.getByRole('region', { name: 'Today’s check-ins' });
      await strip.getByText(/^2 of 4$/).waitFor();
      await strip
        .getByRole('list', { name: 'Moods shared with the group today' })
        .getByText(`${sharer.displayName}: Great`)
        .waitFor();
      expect(await strip.getByText(member.displayName).count()).toBe(0);

      // The third low day, checked in on the phone.
      await openAs(page, base, low, '/');
      await card.getByRole('button', { name: 'Low' }).tap();
      await card.getByRole('button', { name: 'Check in' }).tap();
      await card.getByText('Thank you, you’re checked in for today.').waitFor();

      // The clinician: the concern in the queue, the grid, and the member's trend as a chart and a table.
      const staff = staffSide.page;
      await openAs(staff, base, clinician, `/staff/cohorts/${cohort.id}`);
      const concerns = staff.getByRole('region', { name: 'Open check-in concerns' });
      await concerns.getByText(`${low.displayName}: Low mood three days in a row`).waitFor();
      const grid = staff.getByRole('region', { name: 'Check-ins by member and day' });
      await grid.getByRole('rowheader', { name: low.displayName }).waitFor();
      const lowRow = grid.getByRole('row').filter({ has: staff.getByRole('button', { name: low.displayName }) });
      await lowRow.getByRole('cell', { name: /^Low \(2\), urges 0/ }).waitFor();
      await lowRow.getByRole('cell', { name: /^Awful \(1\), urges 3/ }).waitFor();
      await grid.getByRole('button', { name: low.displayName }).click();
      const trend = staff.getByRole('region', { name: `${low.displayName}: check-ins` });
      await trend.locator('canvas').first().waitFor();
      await trend.getByRole('button', { name: 'Show as a table' }).click();
      const table = trend.getByRole('table', { name: /mood and urges, last 90 days, as a table/ });
      // Two days ago and today low, yesterday awful; the other days have none.
      await table.getByRole('cell', { name: 'Awful (1)' }).waitFor();
      await expect(table.getByRole('cell', { name: 'Low (2)' }).count()).resolves.toBe(2);
      await expect(table.getByRole('cell', { name: 'No check-in' }).count()).resolves.toBe(87);

      expect(foreign.flat()).toEqual([]);
    } finally {
      await memberSide.context.close();
      await staffSide.context.close();
    }
  });
});
