import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPhonePage, openAs } from '../support/browser';
import { seriousViolations } from '../support/axe';
import { TestContext } from '../support/context';

describe('staff acting in few steps, several actions at once, role changes with confirm and undo', () => {
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

  const messageStatus = async (id: string) =>
    (await ctx.t.query<{ status: string }>(`SELECT status FROM messages WHERE id = $1`, [id]))[0]?.status;

  it('a clinician hides a message and mutes its author for an hour, from the message, in one dialog', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort();
    const clinician = await ctx.newClinician({ cohort });
    const author = await ctx.newMember({ cohort, displayName: 'Rough Crow' });
    const sent = await ctx.t.post(
      `/api/rooms/${cohort.roomId}/messages`,
      { clientMsgId: randomUUID(), body: 'You are all pathetic' },
      author.accessToken,
    );
    expect(sent.status).toBe(201);

    const { context, page } = await newPhonePage(browser);
    await openAs(page, base, clinician, `/rooms/${cohort.roomId}`);
    const message = page.getByRole('article', { name: 'Message from Rough Crow' });
    await message.getByText('You are all pathetic').waitFor();
    await message.getByRole('button', { name: 'Options for message from Rough Crow' }).click();
    await message.getByRole('button', { name: 'Moderate message from Rough Crow' }).click();
    const dialog = page.getByRole('dialog', { name: 'Moderate message from Rough Crow' });
    // Hiding the message is the likely first step, already chosen.
    expect(await dialog.getByRole('radio', { name: 'Hide', exact: true }).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('radio', { name: 'Mute for…' }).check();
    await dialog.getByRole('radio', { name: '1 h' }).check();
    await dialog.getByLabel('Reason').fill('Insulting the group');
    await dialog.getByRole('button', { name: 'Hide and mute' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The group no longer sees the words; the author is muted for an hour.
    await page.getByText('You are all pathetic').waitFor({ state: 'detached' });
    expect(await messageStatus(sent.body.id)).toBe('hidden');
    const [mute] = await ctx.t.query<{ kind: string; seconds: number }>(
      `SELECT kind, extract(epoch FROM ends_at - starts_at)::int AS seconds FROM sanctions WHERE user_id = $1`,
      [author.id],
    );
    expect(mute).toEqual({ kind: 'mute', seconds: 3600 });
    await context.close();
  });

  it('a clinician suspends a member of their cohort for a day, from the person on the cohort page', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort();
    const clinician = await ctx.newClinician({ cohort });
    const person = await ctx.newMember({ cohort, displayName: 'Sharp Magpie' });
    const { context, page } = await newPhonePage(browser);
    await openAs(page, base, clinician, `/staff/cohorts/${cohort.id}`);
    await page.getByRole('button', { name: 'Moderate Sharp Magpie' }).click();
    const dialog = page.getByRole('dialog', { name: 'Moderate Sharp Magpie' });
    // A person has no content to hide: only what happens to them.
    expect(await dialog.getByRole('radio', { name: 'Hide', exact: true }).count()).toBe(0);
    await dialog.getByRole('radio', { name: 'Suspend for…' }).check();
    await dialog.getByRole('radio', { name: '24 h' }).check();
    await dialog.getByLabel('Reason').fill('Threatened another member');
    await dialog.getByRole('button', { name: 'Suspend', exact: true }).click();
    await page.getByRole('status').getByText('Done: Suspended for 24 h.').waitFor();
    const [row] = await ctx.t.query<{ status: string }>(`SELECT status FROM users WHERE id = $1`, [person.id]);
    expect(row.status).toBe('suspended');
    await context.close();
  });

  it('a moderator resolves a reported message with remove and warn, one reason', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort();
    const moderator = await ctx.newModerator();
    const author = await ctx.newMember({ cohort, displayName: 'Loud Jay' });
    const reporter = await ctx.newMember({ cohort });
    const sent = await ctx.t.post(
      `/api/rooms/${cohort.roomId}/messages`,
      { clientMsgId: randomUUID(), body: 'buy cheap pills at my site' },
      author.accessToken,
    );
    const flag = await ctx.t.post(
      '/api/flags',
      { targetType: 'message', targetId: sent.body.id, reason: 'spam' },
      reporter.accessToken,
    );
    expect(flag.status).toBe(201);

    const { context, page } = await newPhonePage(browser);
    await openAs(page, base, moderator, '/staff/queue');
    const item = page.getByRole('article', { name: 'Chat message by Loud Jay' });
    await item.getByRole('button', { name: 'Claim' }).click();
    await item.getByText('claimed by you').waitFor();
    // Nothing chosen yet reads as a dismissal.
    await item.getByRole('button', { name: 'Dismiss: no action needed' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await item.getByRole('radio', { name: 'Remove', exact: true }).check();
    await item.getByRole('radio', { name: 'Warn', exact: true }).check();
    await item.getByLabel('Reason').fill('Selling things in a support group');
    await item.getByRole('button', { name: 'Remove and warn' }).click();
    await page
      .getByRole('status')
      .getByText('Resolved (Removed and warned): Chat message by Loud Jay. It is now under Resolved.')
      .waitFor();
    expect(await messageStatus(sent.body.id)).toBe('removed');
    const sanctions = await ctx.t.query(`SELECT kind FROM sanctions WHERE user_id = $1`, [author.id]);
    expect(sanctions).toEqual([{ kind: 'warn' }]);
    await page.getByRole('tab', { name: 'Resolved' }).click();
    await page
      .getByRole('article', { name: 'Chat message by Loud Jay' })
      .getByText('Removed and warned', { exact: true })
      .waitFor();
    await context.close();
  });

  it('an admin changes a role only on a button, confirms a change that removes access, undoes it, and the log reads it', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort();
    const admin = await ctx.newAdmin();
    const member = await ctx.newMember({ cohort, displayName: 'Patient Wren' });
    const roleOf = async () =>
      (await ctx.t.query<{ role: string }>(`SELECT role FROM users WHERE id = $1`, [member.id]))[0].role;
    const inCohort = async () =>
      (
        await ctx.t.query(
          `SELECT 1 FROM cohort_memberships WHERE user_id = $1 AND cohort_id = $2 AND left_at IS NULL`,
          [member.id, cohort.id],
        )
      ).length === 1;

    const { context, page } = await newPhonePage(browser);
    await openAs(page, base, admin, '/admin/people');
    await page.getByLabel('Name or email').fill('Patient Wren');
    await page.getByRole('button', { name: 'Find' }).click();
    const row = page.getByRole('listitem').filter({ hasText: 'Patient Wren' });
    const select = row.getByLabel('Role of Patient Wren');
    // Alumni is not on the menu for a member: that is a step-down.
    const options = await select
      .locator('option')
      .evaluateAll((els) => els.map((o) => (o as unknown as { value: string }).value));
    expect(options).not.toContain('alumni');
    await row.getByText('step them down from their cohort').waitFor();
    // A keypress on the menu saves nothing.
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await row.getByRole('button', { name: 'Change role' }).waitFor();
    expect(await roleOf()).toBe('member');

    await select.selectOption('peer_mentor');
    await row.getByRole('button', { name: 'Change role' }).click();
    const dialog = page.getByRole('dialog', { name: 'Make Patient Wren peer mentor?' });
    await dialog.getByText('They leave every cohort they are a member of').waitFor();
    await dialog.getByRole('button', { name: 'Change role' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Patient Wren is now peer mentor' });
    await status.getByText('and left their cohort').waitFor();
    expect(await roleOf()).toBe('peer_mentor');
    expect(await inCohort()).toBe(false);

    await status.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').getByText('Undone: Patient Wren is member again, back in their cohort.').waitFor();
    expect(await roleOf()).toBe('member');
    expect(await inCohort()).toBe(true);

    await openAs(page, base, admin, '/staff/log');
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.getByText('Changed Patient Wren’s role: member → peer mentor').waitFor();
    await page.getByText('Undid a role change: Patient Wren is member again (peer mentor → member)').waitFor();
    await context.close();
  });
});
