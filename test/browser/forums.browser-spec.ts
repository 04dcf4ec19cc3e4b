import type { Browser } from 'playwright-core';
import { launchBrowser, newPhonePage, recordForeignRequests, signIn, openMenu } from '../support/browser';
import { TestContext } from '../support/context';

describe('forums in Chromium', () => {
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

  it('a member starts a thread, another replies to a reply, the first sees it live and finds it by search', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort({ name: 'Wednesday group' });
    const ana = await ctx.newMember({ cohort, displayName: 'Ana Quill' });
    const ben = await ctx.newMember({ cohort, displayName: 'Ben Harbor' });

    const first = await newPhonePage(browser);
    const foreign = recordForeignRequests(first.page, base);
    await signIn(first.page, base, ana);
    await openMenu(first.page);
    await first.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Boards' }).click();
    await first.page.getByRole('link', { name: 'Wednesday group board' }).click();
    await first.page.getByRole('button', { name: 'Start a thread' }).click();
    await first.page.getByLabel('Title').fill('Getting through weekends');
    await first.page.getByLabel('Message').fill('Weekends are long. What keeps you steady?');
    await first.page.getByRole('checkbox', { name: 'Add a content warning' }).check();
    await first.page.getByLabel('Content warning', { exact: true }).fill('cravings');
    await first.page.getByRole('button', { name: 'Start thread' }).click();
    await first.page.getByRole('heading', { name: 'Getting through weekends' }).waitFor();
    // Content warnings stay collapsed until opened; tab titles never name the thread.
    expect(await first.page.getByText('Weekends are long.').count()).toBe(0);
    expect(await first.page.title()).toBe('Boards · Hearth');
    await first.page.getByRole('button', { name: 'Show post' }).click();
    await first.page.getByText('Weekends are long.').waitFor();
    await first.page.getByLabel('Your reply').fill('Starting with mine: long walks.');
    await first.page.getByRole('button', { name: 'Post reply' }).click();
    await first.page.getByRole('article', { name: 'Reply by Ana Quill' }).waitFor();
    const threadUrl = first.page.url();

    const second = await newPhonePage(browser);
    await signIn(second.page, base, ben);
    await second.page.goto(threadUrl);
    const anaReply = second.page.getByRole('article', { name: 'Reply by Ana Quill' });
    await anaReply.getByRole('button', { name: 'Reply to Ana Quill' }).click();
    await second.page
      .getByLabel('Reply to Ana Quill')
      .fill('Walking helps me too, and relapsing felt less likely after.');
    await second.page.getByRole('button', { name: 'Post reply' }).first().click();
    await second.page.getByRole('article', { name: 'Reply by Ben Harbor' }).waitFor();
    const hug = second.page
      .getByRole('article', { name: 'Reply by Ana Quill' })
      .getByRole('button', { name: /^Hug, / });
    await hug.click();
    await second.page.getByRole('button', { name: 'Hug, 1', pressed: true }).waitFor();

    // Live, without a reload: nested under Ana's reply and announced politely.
    const live = first.page.getByRole('article', { name: 'Reply by Ben Harbor' });
    await live.waitFor({ timeout: 10_000 });
    await live.getByText('Walking helps me too').waitFor();
    expect(
      await first.page.locator('.post-tree-nested').getByRole('article', { name: 'Reply by Ben Harbor' }).count(),
    ).toBe(1);
    await first.page.getByRole('status').getByText('New reply from Ben Harbor').waitFor();
    await first.page.getByRole('button', { name: 'Hug, 1' }).waitFor();

    await openMenu(first.page);
    await first.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    await first.page.getByRole('searchbox', { name: 'Search the boards' }).fill('relapse');
    await first.page.getByRole('button', { name: 'Search' }).click();
    const result = first.page.getByRole('listitem').filter({ hasText: 'Reply by Ben Harbor' });
    await result.waitFor();
    expect(await result.locator('mark').first().textContent()).toBe('relapsing');
    expect(await first.page.title()).toBe('Search · Hearth');
    await result.getByRole('link', { name: 'Getting through weekends' }).click();
    await first.page.getByRole('heading', { name: 'Getting through weekends' }).waitFor();

    expect(foreign).toEqual([]);
    await first.context.close();
    await second.context.close();
  });
});
