import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPhonePage, recordForeignRequests, openMenu } from '../support/browser';
import { TestContext } from '../support/context';

async function signIn(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  expect(await page.title()).toBe('Sign in · Hearth');
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('identity in Chromium', () => {
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

  it('an admin creates a group and invites a member, who registers, sees the group and is kept out of staff pages', async () => {
    const base = ctx.t.baseUrl;
    const admin = await ctx.newAdmin();
    const cohortName = 'Tuesday evening group';

    const staff = await newPhonePage(browser);
    const staffForeign = recordForeignRequests(staff.page, base);
    await staff.page.goto(`${base}/staff/cohorts`);
    await signIn(staff.page, admin);
    // Back where they were going, with the Staff link in the header.
    await staff.page.getByRole('heading', { name: 'Cohorts' }).waitFor();
    expect(new URL(staff.page.url()).pathname).toBe('/staff/cohorts');
    await openMenu(staff.page);
    await staff.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staff' }).waitFor();

    await staff.page.getByLabel('Name', { exact: true }).fill(cohortName);
    await staff.page.getByLabel('Program (optional)').fill('Evening program');
    await staff.page.getByLabel('Starts on (optional)').fill('2026-12-01');
    await staff.page.getByLabel('Ends on (optional)').fill('2027-02-28');
    await staff.page.getByRole('button', { name: 'Create cohort' }).click();
    await staff.page.getByRole('listitem').getByRole('link', { name: cohortName }).click();
    await staff.page.getByRole('heading', { name: cohortName }).waitFor();

    expect(await staff.page.getByLabel('Role').inputValue()).toBe('member');
    await staff.page.getByRole('button', { name: 'Issue invite' }).click();
    const codeField = staff.page.getByLabel('Invite code', { exact: true });
    await codeField.waitFor();
    const code = await codeField.inputValue();
    expect(code.length).toBeGreaterThanOrEqual(8);
    expect(await staff.page.getByLabel('Invite link', { exact: true }).inputValue()).toBe(
      `${base}/register?code=${encodeURIComponent(code)}`,
    );

    const member = await newPhonePage(browser);
    const memberForeign = recordForeignRequests(member.page, base);
    await member.page.goto(`${base}/register?code=${encodeURIComponent(code)}`);
    await member.page.getByRole('heading', { name: 'Join Hearth' }).waitFor();
    expect(await member.page.title()).toBe('Join · Hearth');
    expect(await member.page.getByLabel('Invite code').inputValue()).toBe(code);
    await member.page.getByText('fellow members are not bound by HIPAA').waitFor();
    expect(await member.page.getByText('fellow members are not bound by HIPAA').isVisible()).toBe(true);
    await member.page.getByLabel('Email').fill('quiet.harbor@example.test');
    await member.page.getByLabel('Display name').fill('Quiet Harbor');
    await member.page.getByLabel('Password').fill('a long enough passphrase');
    await member.page.getByRole('checkbox', { name: /I accept/ }).check();
    await member.page.getByRole('button', { name: 'Join' }).click();

    const groups = member.page.getByRole('region', { name: 'My groups' });
    await groups.getByText(cohortName).waitFor();
    expect(new URL(member.page.url()).pathname).toBe('/');
    expect(await member.page.title()).toBe('Hearth');
    expect(await member.page.getByRole('link', { name: 'Staff' }).count()).toBe(0);

    await member.page.goto(`${base}/staff/cohorts`);
    await member.page.getByRole('heading', { name: 'This page is for staff' }).waitFor();
    expect(await member.page.getByRole('heading', { name: 'Create a cohort' }).count()).toBe(0);
    expect(await member.page.getByText(cohortName).count()).toBe(0);
    expect(await member.page.title()).toBe('Hearth');
    expect(await member.page.getByRole('button', { name: 'Help', exact: true }).isVisible()).toBe(true);

    expect(staffForeign).toEqual([]);
    expect(memberForeign).toEqual([]);
    await staff.context.close();
    await member.context.close();
  });

  it('a clinician may invite only members and alumni, and steps a member down to the alumni community', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort({ name: 'Thursday morning group' });
    const clinician = await ctx.newClinician({ cohort });
    const member = await ctx.newMember({ cohort, displayName: 'Morning Lark' });

    const { context, page } = await newPhonePage(browser);
    await page.goto(`${base}/login`);
    await signIn(page, clinician);
    await page.getByRole('heading', { name: /^Hi, / }).waitFor();
    await page.getByRole('region', { name: 'My groups' }).getByText('Thursday morning group').waitFor();
    await openMenu(page);
    await page.getByRole('link', { name: 'Staff' }).click();
    await page.getByRole('listitem').getByRole('link', { name: 'Thursday morning group' }).click();

    // evaluateAll does not wait: the group page may not have drawn the invite form yet.
    const options = page.getByLabel('Role').locator('option');
    await options.first().waitFor({ state: 'attached' });
    const roles = await options.evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value));
    expect(roles).toEqual(['member', 'alumni']);

    const row = page.getByRole('listitem').filter({ hasText: 'Morning Lark' });
    await row.getByText(member.email).waitFor();
    await row.getByRole('button', { name: 'Step down Morning Lark' }).click();
    const dialog = page.getByRole('dialog', { name: 'Step down Morning Lark?' });
    await dialog.getByText('alumni community').waitFor();
    await dialog.getByRole('button', { name: 'Step down' }).click();
    await page.getByRole('status').getByText('Morning Lark has moved to the alumni community.').waitFor();
    // The member list reloads after the step-down; the button goes with the membership.
    await page.getByRole('button', { name: 'Step down Morning Lark' }).waitFor({ state: 'detached' });

    await openMenu(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, member);
    // Stepped down: the alumni version of the terms comes first, then home.
    await page.getByRole('heading', { name: 'Community terms' }).waitFor();
    await page.getByRole('button', { name: 'I accept these terms' }).click();
    await page.getByText('You are part of the alumni community').waitFor();
    await context.close();
  });

  it('tabs that wake up with an expired access token refresh one at a time and keep the session', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort({ name: 'Friday group' });
    const member = await ctx.newMember({ cohort });
    const { context, page } = await newPhonePage(browser);
    await page.goto(`${base}/status`);
    await page.evaluate(
      `localStorage.setItem('hearth.accessToken', 'expired.token.here');
       localStorage.setItem('hearth.refreshToken', ${JSON.stringify(member.refreshToken)});`,
    );

    // Hold each refresh a moment, so that without the cross-tab lock both tabs would spend the same token.
    let refreshes = 0;
    await context.route('**/api/auth/refresh', async (route) => {
      refreshes += 1;
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    const second = await context.newPage();
    await Promise.all([page.goto(`${base}/`), second.goto(`${base}/`)]);
    for (const tab of [page, second]) {
      await tab.getByRole('region', { name: 'My groups' }).getByText('Friday group').waitFor();
    }
    expect(refreshes).toBe(1);
    const stored = await page.evaluate<string | null>(`localStorage.getItem('hearth.refreshToken')`);
    expect(stored).not.toBe(member.refreshToken);
    // Had the tabs both spent the old refresh token, the whole session would be revoked.
    const again = await ctx.t.post('/api/auth/refresh', { refreshToken: stored });
    expect(again.status).toBe(200);
    await context.close();
  });
});
