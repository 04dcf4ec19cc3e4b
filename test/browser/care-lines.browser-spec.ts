import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPhonePage, openAs } from '../support/browser';
import { newCrisisAlert, TestContext } from '../support/context';

function messageFrom(page: Page, who: string, text: string) {
  return page.getByRole('article', { name: `Message from ${who}` }).filter({ hasText: text });
}

async function send(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Message', exact: true }).fill(text);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
}

describe('care-team line in Chromium', () => {
  let ctx: TestContext;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    ctx = await TestContext.start();
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  const phone = async (): Promise<Page> => {
    const opened = await newPhonePage(browser);
    contexts.push(opened.context);
    return opened.page;
  };

  it('a member writes to their care team; the on-duty clinician sees it live in the inbox and answers; the member sees the answer live', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort({ name: 'Monday group' });
    const member = await ctx.newMember({ cohort, displayName: 'Sam Willow' });
    const clinician = await ctx.newClinician({ cohort });
    await ctx.t.put('/api/staff/duty', { onDuty: true }, clinician.accessToken);

    // The clinician's inbox is open and empty before the member writes.
    const staffPage = await phone();
    await openAs(staffPage, base, clinician, '/care/inbox');
    await staffPage.getByRole('heading', { name: 'Care lines waiting' }).waitFor();
    await staffPage.getByText('No one is waiting. Thank you.').waitFor();

    // The member opens their line from the home screen.
    const memberPage = await phone();
    await openAs(memberPage, base, member, '/');
    await memberPage.getByRole('link', { name: 'Message my care team' }).click();
    await memberPage.getByText('Private: only you and your care team can read this.').waitFor();
    await memberPage.getByText('Someone from your care team is on duty now.').waitFor();
    expect(await memberPage.title()).toBe('Care team · Hearth');
    await send(memberPage, 'Can I talk about this tomorrow? My number is 555-201-7788.');
    await messageFrom(memberPage, 'You', 'My number is 555-201-7788').getByText('· Sent').waitFor();

    // Live in the inbox, without a reload.
    const waiting = staffPage.getByRole('list', { name: 'Waiting lines' });
    await waiting.getByRole('link', { name: 'Sam Willow' }).click();
    await staffPage.getByText('Care line of').waitFor();
    await messageFrom(staffPage, 'Sam Willow', 'My number is 555-201-7788').waitFor();
    await send(staffPage, 'Yes, let us talk tomorrow at the start of group.');

    // The member sees the answer live, with who answered and as what.
    const answer = messageFrom(memberPage, clinician.displayName, 'let us talk tomorrow');
    await answer.waitFor();
    await answer.getByText('· clinician').waitFor();

    // Answered: the line leaves the inbox.
    await staffPage.goto(`${base}/care/inbox`);
    await staffPage.getByText('No one is waiting. Thank you.').waitFor();
  });

  it('with nobody on duty the member is told so, with crisis resources one tap away', async () => {
    const cohort = await ctx.newCohort();
    const member = await ctx.newMember({ cohort });
    await ctx.newClinician({ cohort });
    const page = await phone();
    await openAs(page, ctx.t.baseUrl, member, '/care');
    await page.getByText('No one from your care team is on duty right now.').waitFor();
    await page.getByText('If you need help now').waitFor();
    await page.getByRole('link', { name: /988/ }).first().waitFor();
  });

  it('from a crisis alert the clinician opens the member’s line with the alert attached', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort();
    const member = await ctx.newMember({ cohort, displayName: 'Rowan Finch' });
    const clinician = await ctx.newClinician({ cohort });
    await newCrisisAlert(ctx, { author: member, cohort });

    const page = await phone();
    await openAs(page, base, clinician, '/staff/alerts');
    const alert = page.getByRole('article', { name: 'Rowan Finch' });
    await alert.getByRole('button', { name: 'Open care line' }).click();
    await page.getByText('Care line of').waitFor();
    const opened = page.getByRole('list', { name: 'Opened from' });
    await opened.getByText(/Crisis alert about their message of/).waitFor();
    await send(page, 'I saw your message and wanted to check in. How are you doing right now?');
    await messageFrom(page, 'You', 'wanted to check in').getByText('· Sent').waitFor();

    // The member sees when, never the alert or anyone else's words.
    const memberPage = await phone();
    await openAs(memberPage, base, member, '/care');
    await memberPage.getByText(/Your care team opened this about your message of/).waitFor();
    await messageFrom(memberPage, clinician.displayName, 'wanted to check in').waitFor();
  });

  it('from a person on the cohort page staff open the member’s line', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort();
    const member = await ctx.newMember({ cohort, displayName: 'Ivy Lark' });
    const clinician = await ctx.newClinician({ cohort });
    const page = await phone();
    await openAs(page, base, clinician, `/staff/cohorts/${cohort.id}`);
    await page.getByRole('button', { name: 'Open care line with Ivy Lark' }).click();
    await page.getByText('Care line of').waitFor();
    await page.getByText('Ivy Lark', { exact: true }).first().waitFor();
    const line = await ctx.t.query<{ room_id: string }>(`SELECT room_id FROM care_lines WHERE member_id = $1`, [
      member.id,
    ]);
    expect(page.url()).toBe(`${base}/care/${line[0].room_id}`);
  });
});
