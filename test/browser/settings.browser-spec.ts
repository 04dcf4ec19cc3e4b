import type { Browser } from 'playwright-core';
import { CRISIS_RESOURCES } from '../../src/settings/crisis-resources';
import { launchBrowser, newPhonePage, openAs, recordForeignRequests } from '../support/browser';
import { TestContext } from '../support/context';

describe('program settings and the contact phone in Chromium', () => {
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

  it("an admin changes the program's crisis resources, and a member sees them on the crisis page and in the footer", async () => {
    const base = ctx.t.baseUrl;
    const admin = await ctx.newAdmin();
    const clinician = await ctx.newClinician();
    const member = await ctx.newMember({ cohort: await ctx.newCohort() });
    const staffSide = await newPhonePage(browser);
    const memberSide = await newPhonePage(browser);
    const foreign = [...[staffSide, memberSide].map(({ page }) => recordForeignRequests(page, base))];
    try {
      // The member's browser has seen the default list already.
      await openAs(memberSide.page, base, member, '/crisis');
      await memberSide.page.getByRole('main').getByRole('link', { name: 'Text HOME to 741741' }).waitFor();

      const page = staffSide.page;
      await openAs(page, base, admin, '/admin/settings');
      await page.getByRole('heading', { name: 'Program settings' }).waitFor();
      await page.getByRole('button', { name: 'Add a resource' }).click();
      const added = page.getByRole('group', { name: 'Resource 4' });
      // The new row's first field has the keyboard.
      await added.getByLabel('Name').and(page.locator(':focus')).waitFor();
      await added.getByLabel('Name').fill('Samaritans');
      await added.getByLabel('Number to call').fill('116 123');
      await added.getByLabel('Link').fill('http://www.samaritans.org');
      await page.getByLabel('Program time zone').selectOption('Europe/London');
      await page.getByRole('checkbox', { name: new RegExp(clinician.displayName) }).check();
      await page.getByLabel('Answer time (minutes)').fill('90');
      await page.getByRole('button', { name: 'Save settings' }).click();

      // The server's word, beside the field it is about; nothing saved.
      await added.getByText('Link must be an https:// address, or a tel: or sms: link.').waitFor();
      await expect(added.getByLabel('Link').getAttribute('aria-invalid')).resolves.toBe('true');
      expect((await ctx.t.get('/api/admin/settings', admin.accessToken)).body.timeZone).toBe('America/New_York');

      await added.getByLabel('Link').fill('https://www.samaritans.org');
      for (let i = 0; i < 3; i++) {
        await page.getByRole('button', { name: 'Move Samaritans up' }).click();
      }
      await page.getByRole('button', { name: 'Remove Emergency services' }).click();
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByRole('status').getByText('Settings saved.').waitFor();

      const saved = (await ctx.t.get('/api/admin/settings', admin.accessToken)).body;
      expect(saved).toEqual({
        staffMfaRequired: false,
        crisisResources: [
          { name: 'Samaritans', phone: '116 123', url: 'https://www.samaritans.org' },
          CRISIS_RESOURCES[0],
          CRISIS_RESOURCES[1],
        ],
        timeZone: 'Europe/London',
        alumniCareTeam: [clinician.id],
        careAnswerMinutes: 90,
      });

      // A member opening the crisis page sees the program's list, and the footer leads with it.
      await memberSide.page.goto(`${base}/crisis`);
      const samaritans = memberSide.page.getByRole('listitem').filter({ hasText: 'Samaritans' });
      await expect(samaritans.getByRole('link', { name: 'Call 116 123' }).getAttribute('href')).resolves.toBe(
        'tel:116123',
      );
      await expect(samaritans.getByRole('link', { name: 'Online: samaritans.org' }).getAttribute('href')).resolves.toBe(
        'https://www.samaritans.org',
      );
      // Help, one tap from every page, leads with it too.
      await memberSide.page.getByRole('button', { name: 'Help', exact: true }).click();
      const help = memberSide.page.getByRole('dialog', { name: 'Help now' });
      await help.getByRole('link', { name: 'Call 116 123' }).waitFor();
      expect(await memberSide.page.getByRole('link', { name: 'Call 911' }).count()).toBe(0);
      expect(foreign.flat()).toEqual([]);
    } finally {
      await ctx.t.put(
        '/api/admin/settings',
        { crisisResources: CRISIS_RESOURCES, alumniCareTeam: [] },
        admin.accessToken,
      );
      await staffSide.context.close();
      await memberSide.context.close();
    }
  });

  it('a member leaves a phone number for a crisis, and their clinician sees it on the cohort page', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort();
    const member = await ctx.newMember({ cohort });
    const clinician = await ctx.newClinician({ cohort });
    const { context, page } = await newPhonePage(browser);
    try {
      await openAs(page, base, member, '/settings/privacy');
      const phone = page.getByLabel('Phone number', { exact: true });
      await page.getByText('only your clinicians and the program’s admins see it').waitFor();
      await phone.fill('call me');
      await page.getByRole('button', { name: 'Save phone number' }).click();
      await page.getByText(/^The number must be a number to dial/).waitFor();
      await phone.fill('+1 (555) 010-0199');
      await page.getByRole('button', { name: 'Save phone number' }).click();
      await page.getByRole('status').getByText('Phone number saved.').waitFor();

      await openAs(page, base, clinician, `/staff/cohorts/${cohort.id}`);
      await page.getByRole('button', { name: `Phone number for ${member.displayName}` }).click();
      const dialog = page.getByRole('dialog', { name: `Phone number: ${member.displayName}` });
      await expect(dialog.getByRole('link', { name: '+1 (555) 010-0199' }).getAttribute('href')).resolves.toBe(
        'tel:+15550100199',
      );
      await dialog.getByRole('button', { name: 'Remove phone number' }).click();
      await dialog.getByText('No phone number on file.').waitFor();
      expect(await ctx.t.query(`SELECT 1 FROM contact_details WHERE user_id = $1`, [member.id])).toEqual([]);
      const reads = await ctx.t.query(
        `SELECT actor_id FROM audit_log WHERE action = 'contact.read' AND target_id = $1`,
        [member.id],
      );
      expect(reads).toEqual([{ actor_id: clinician.id }]);
      // Other staff roles see no such button.
      await dialog.getByRole('button', { name: 'Close' }).click();
      expect(await page.getByRole('button', { name: `Phone number for ${clinician.displayName}` }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
