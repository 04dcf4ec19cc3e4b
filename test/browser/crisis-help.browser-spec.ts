import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, newPhonePage, openAs } from '../support/browser';
import { TestContext } from '../support/context';

// The program's own lines (an admin set them): help shows these, not a built-in list.
const PROGRAM_RESOURCES = [
  { name: 'Samaritans', phone: '116 123' },
  { name: 'Shout: text SHOUT to 85258', sms: '85258', smsBody: 'SHOUT' },
  { name: 'Emergency services', phone: '999' },
];

describe('help for authors, by level, in Chromium', () => {
  let ctx: TestContext;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    ctx = await TestContext.start();
    browser = await launchBrowser();
    const admin = await ctx.newAdmin();
    expect(
      (await ctx.t.put('/api/admin/settings', { crisisResources: PROGRAM_RESOURCES }, admin.accessToken)).status,
    ).toBe(200);
  });
  afterAll(async () => {
    for (const context of contexts) {
      await context.close();
    }
    await browser?.close();
    await ctx?.close();
  });

  it('a thread and a reply in crisis show the program’s lines while typing and after posting, worded by level', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort({ name: 'Thursday group' });
    const ivy = await ctx.newMember({ cohort, displayName: 'Ivy Rowan' });
    const { context, page } = await newPhonePage(browser);
    contexts.push(context);
    await openAs(page, base, ivy, `/boards/${cohort.boardId}`);

    // A thread that reads as a concern: gentle words, the program's lines, and the notice, told once.
    await page.getByRole('button', { name: 'Start a thread' }).click();
    await page.getByLabel('Title').fill('Hard week');
    await page.getByLabel('Message').fill('Some days I wish I could just disappear and not wake up');
    const gentle = page.getByRole('status').filter({ hasText: 'Sounds like a heavy time' });
    await expect(gentle.getByRole('link', { name: 'Call 116 123' }).getAttribute('href')).resolves.toBe('tel:116123');
    await gentle.getByText('the program’s staff may read them').waitFor();
    await page.getByRole('button', { name: 'Start thread' }).click();
    await page.getByRole('heading', { name: 'Hard week' }).waitFor();
    const thanks = page.getByRole('region', { name: 'Thank you for putting this into words' });
    await thanks.getByText('Your post is up.').waitFor();
    await thanks.getByText('Your care team may check in with you').waitFor();
    await thanks.getByRole('link', { name: 'Call 116 123' }).waitFor();
    await thanks.getByRole('button', { name: 'Close' }).click();
    await thanks.waitFor({ state: 'detached' });

    // A reply in crisis: help while typing, without stopping the post; no second notice.
    const box = page.getByLabel('Your reply');
    await box.fill('I can’t do this anymore, I’m going to end my life tonight');
    const draftHelp = page.getByRole('status').filter({ hasText: 'It sounds like things are really hard right now' });
    await draftHelp.getByRole('link', { name: 'Call 116 123' }).waitFor();
    await draftHelp.getByRole('link', { name: 'Text SHOUT to 85258' }).waitFor();
    expect(await draftHelp.getByRole('link', { name: 'Call 988' }).count()).toBe(0);
    expect(await draftHelp.getByText('the program’s staff may read them').count()).toBe(0);

    // After posting: the reply is up and the lines are shown at once.
    await page.getByRole('button', { name: 'Post reply' }).click();
    await page.getByRole('article', { name: 'Reply by Ivy Rowan' }).waitFor();
    const posted = page.getByRole('region', { name: 'You don’t have to carry this alone' });
    await posted.getByText('Your post is up.').waitFor();
    await posted.getByRole('link', { name: 'Call 116 123' }).waitFor();
    await posted.getByRole('link', { name: 'Text SHOUT to 85258' }).waitFor();
    await posted.getByRole('button', { name: 'Close' }).click();
    await posted.waitFor({ state: 'detached' });

    // An edit runs the same: into a concern, the gentle words again.
    const reply = page.getByRole('article', { name: 'Reply by Ivy Rowan' });
    await reply.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Edit your reply').fill('Honestly I just wish I could sleep and not wake up for a while');
    await page.getByRole('status').filter({ hasText: 'Sounds like a heavy time' }).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('region', { name: 'Thank you for putting this into words' }).waitFor();

    const rows = await ctx.t.query(`SELECT source FROM care_concerns WHERE person_id = $1 ORDER BY created_at`, [
      ivy.id,
    ]);
    expect(rows).toEqual([{ source: 'thread' }, { source: 'post' }]);
    const alerts = await ctx.t.query(`SELECT target_type FROM crisis_alerts WHERE author_id = $1`, [ivy.id]);
    expect(alerts).toEqual([{ target_type: 'post' }]);
  });

  it('editing a chat message into a concern gets help while typing and after saving; a friend in danger gets how to help', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort({ name: 'Saturday group' });
    const jo = await ctx.newMember({ cohort, displayName: 'Jo Alder' });
    const { context, page } = await newPhonePage(browser);
    contexts.push(context);
    await openAs(page, base, jo, `/rooms/${cohort.roomId}`);
    const box = page.getByRole('textbox', { name: 'Message', exact: true });
    await box.fill('Long day at work today');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const mine = page.getByRole('article', { name: 'Message from You' }).filter({ hasText: 'Long day at work' });
    await mine.getByText('· Sent').waitFor();

    await mine.getByRole('button', { name: 'Options for message from You' }).click();
    await mine.getByRole('button', { name: 'Edit' }).click();
    await page
      .getByLabel('Edit your message')
      .fill('Long day. Some days I wish I could just disappear and not wake up');
    const draft = page.getByRole('status').filter({ hasText: 'Sounds like a heavy time' });
    await draft.getByRole('link', { name: 'Call 116 123' }).waitFor();
    // Told once that staff may read what the check picks up: "Got it" puts it away for good.
    await draft.getByRole('button', { name: 'Got it' }).click();
    await draft.getByText('the program’s staff may read them').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Save' }).click();
    const help = page.getByRole('region', { name: 'Thank you for putting this into words' });
    await help.getByText('Your message was sent.').waitFor();
    expect(await help.getByText('the program’s staff may read them').count()).toBe(0);
    await help.getByRole('button', { name: 'Close' }).click();
    await help.waitFor({ state: 'detached' });

    // About a friend: nothing for staff, but how to help them.
    await box.fill("my friend told me she is suicidal and I don't know what to do");
    await page.getByRole('status').filter({ hasText: 'worried about someone' }).waitFor();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const friend = page.getByRole('region', { name: 'Worried about someone?' });
    await friend.getByRole('link', { name: 'Call 116 123' }).waitFor();
    expect(await ctx.t.query(`SELECT id FROM crisis_alerts WHERE author_id = $1`, [jo.id])).toEqual([]);
    const concerns = await ctx.t.query(`SELECT source FROM care_concerns WHERE person_id = $1`, [jo.id]);
    expect(concerns).toEqual([{ source: 'message' }]);
  });
});
