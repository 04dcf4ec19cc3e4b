import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openAs } from '../support/browser';
import { newCrisisAlert, TestCohort, TestContext, TestUser } from '../support/context';

const PHONE = { width: 390, height: 844 };

/** At 390 × 844: the conversation has the screen, help is one tap from every page, staff pages fit. */
describe('the shell on a phone', () => {
  let ctx: TestContext;
  let browser: Browser;
  let cohort: TestCohort;
  let member: TestUser;
  let clinician: TestUser;

  beforeAll(async () => {
    ctx = await TestContext.start();
    browser = await launchBrowser();
    cohort = await ctx.newCohort();
    member = await ctx.newMember({ cohort, displayName: 'Steady Owl' });
    clinician = await ctx.newClinician({ cohort });
    for (const body of ['Morning all', 'Made it to group today', 'Proud of you']) {
      await ctx.t.post(`/api/rooms/${cohort.roomId}/messages`, { clientMsgId: randomUUID(), body }, member.accessToken);
    }
    await newCrisisAlert(ctx, { author: member, cohort });
  });
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  async function phone(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    return { context, page: await context.newPage() };
  }

  it('a room gives at least 70% of the screen height to the conversation', async () => {
    for (const who of [member, clinician]) {
      const { context, page } = await phone();
      await openAs(page, ctx.t.baseUrl, who, `/rooms/${cohort.roomId}`);
      const log = page.getByRole('region', { name: 'Messages' });
      await log.getByText('Proud of you').waitFor();
      const box = await log.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.height / PHONE.height).toBeGreaterThanOrEqual(0.7);
      // Nothing wider than the screen.
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
      await context.close();
    }
  });

  it('help (988 by call or text, the care team) is one tap from every page', async () => {
    const pages: [TestUser | null, string][] = [
      [null, '/'],
      [null, '/login'],
      [null, '/status'],
      [member, '/'],
      [member, `/rooms/${cohort.roomId}`],
      [member, '/boards'],
      [member, '/notifications'],
      [member, '/settings/privacy'],
      [clinician, '/staff/queue'],
      [clinician, '/staff/dashboard'],
    ];
    const { context, page } = await phone();
    for (const [who, path] of pages) {
      if (who) {
        await openAs(page, ctx.t.baseUrl, who, path);
      } else {
        await page.goto(`${ctx.t.baseUrl}${path}`);
      }
      await page.getByRole('button', { name: 'Help', exact: true }).click();
      const help = page.getByRole('dialog', { name: 'Help now' });
      expect(await help.getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
      expect(await help.getByRole('link', { name: 'Text 988' }).getAttribute('href')).toBe('sms:988');
      const care = help.getByRole('link', { name: 'Talk to my care team' });
      if (who === member) {
        expect(await care.getAttribute('href')).toBe('/care');
      } else {
        expect(await care.count()).toBe(0);
      }
      await help.getByRole('button', { name: 'Close' }).click();
      await help.waitFor({ state: 'detached' });
    }
    await context.close();
  });

  it('staff reach every staff page from the phone menu without sideways scrolling; the dashboard fits', async () => {
    const { context, page } = await phone();
    await openAs(page, ctx.t.baseUrl, clinician, '/staff/dashboard');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    // The open alert shows on the menu button, the menu itself is folded.
    const menu = page.getByRole('button', { name: /^Menu\W+1 open alert$/ });
    await menu.waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await menu.click();
    const staffNav = page.getByRole('navigation', { name: 'Staff' });
    for (const name of [/^Alerts\W+1 open alert$/, 'Queue', 'Dashboard', 'Appeals', 'Log', 'Cohorts']) {
      const link = staffNav.getByRole('link', { name, exact: true });
      const box = await link.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    }
    await staffNav.getByRole('link', { name: 'Log', exact: true }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    // A page change folds the menu again.
    expect(await page.getByRole('button', { name: /^Menu/ }).getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });
});
