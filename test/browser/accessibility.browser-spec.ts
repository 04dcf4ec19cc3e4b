import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { launchBrowser, openAs, openMenu } from '../support/browser';
import { newCrisisAlert, TestContext, TestUser } from '../support/context';
import { startThread } from '../support/forums';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/**
 * axe-core over every page, as member and staff, at phone and desktop width:
 * no serious or critical violation anywhere.
 */
describe('accessibility (axe-core) over every page', () => {
  let ctx: TestContext;
  let browser: Browser;
  let member: TestUser;
  let admin: TestUser;
  const memberPaths: string[] = [];
  const staffPaths: string[] = [];
  const anonymousPaths = ['/', '/login', '/register', '/status', '/crisis', '/signed-out', '/goodbye', '/nowhere'];

  beforeAll(async () => {
    ctx = await TestContext.start();
    browser = await launchBrowser();
    const cohort = await ctx.newCohort({ name: 'Axe group' });
    member = await ctx.newMember({ cohort, displayName: 'Calm Otter' });
    const other = await ctx.newMember({ cohort, displayName: 'Busy Finch' });
    admin = await ctx.newAdmin();
    await ctx.join(admin, cohort, 'facilitator');
    const sent = await ctx.t.post(
      `/api/rooms/${cohort.roomId}/messages`,
      { clientMsgId: randomUUID(), body: 'Good morning, everyone' },
      other.accessToken,
    );
    await ctx.t.post(
      `/api/rooms/${cohort.roomId}/messages`,
      { clientMsgId: randomUUID(), body: 'A heavy day', contentWarning: 'Talk of relapse' },
      other.accessToken,
    );
    await ctx.t.post(
      '/api/flags',
      { targetType: 'message', targetId: sent.body.id, reason: 'spam' },
      member.accessToken,
    );
    // Words at concern level: the admin's Concerns page has one to show.
    await ctx.t.post(
      `/api/rooms/${cohort.roomId}/messages`,
      { clientMsgId: randomUUID(), body: 'Some days I wish I could just disappear and not wake up' },
      other.accessToken,
    );
    // A report already handled: the member has an unread notification (the header counts it).
    const handled = await ctx.t.post(
      `/api/rooms/${cohort.roomId}/messages`,
      { clientMsgId: randomUUID(), body: 'Another message' },
      other.accessToken,
    );
    const flag = await ctx.t.post(
      '/api/flags',
      { targetType: 'message', targetId: handled.body.id, reason: 'other' },
      member.accessToken,
    );
    await ctx.t.post(
      `/api/moderation/queue/${flag.body.reviewItemId}/resolve`,
      { action: 'dismiss', reason: 'Nothing wrong here' },
      admin.accessToken,
    );
    const thread = await startThread(ctx, member, cohort.boardId);
    await newCrisisAlert(ctx, { author: other, cohort });
    memberPaths.push(
      '/',
      '/rooms',
      `/rooms/${cohort.roomId}`,
      '/boards',
      `/boards/${cohort.boardId}`,
      `/threads/${thread.id}`,
      '/search',
      '/notifications',
      `/groups/${cohort.id}`,
      '/moderation/mine',
      '/settings/blocks',
      '/settings/privacy',
      '/settings/security',
      '/crisis',
      '/status',
      '/care',
    );
    staffPaths.push(
      '/',
      '/staff/cohorts',
      `/staff/cohorts/${cohort.id}`,
      '/staff/queue',
      '/staff/queue?status=resolved',
      '/staff/alerts',
      '/staff/concerns',
      '/staff/dashboard',
      '/staff/log',
      '/staff/appeals',
      '/admin/watched-words',
      '/admin/settings',
      '/admin/people',
      `/rooms/${cohort.roomId}`,
      '/care/inbox',
    );
  });
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  async function scan(
    who: TestUser | null,
    paths: string[],
    viewport: { width: number; height: number },
  ): Promise<Record<string, unknown>> {
    const context: BrowserContext = await browser.newContext({ viewport });
    const page: Page = await context.newPage();
    const found: Record<string, unknown> = {};
    try {
      for (const path of paths) {
        if (who) {
          await openAs(page, ctx.t.baseUrl, who, path);
        } else {
          await page.goto(`${ctx.t.baseUrl}${path}`);
        }
        // The page has drawn its content (no loading placeholder left).
        await page.locator('main h1').first().waitFor();
        await page.getByText('Loading…').first().waitFor({ state: 'detached' });
        const violations = await seriousViolations(page);
        if (violations.length > 0) {
          found[path] = violations;
        }
      }
      // What opens over a page: the phone's menu, and Help.
      await openMenu(page);
      const menu = await seriousViolations(page);
      if (menu.length > 0) {
        found['(menu open)'] = menu;
      }
      await page.getByRole('button', { name: 'Help', exact: true }).click();
      await page.getByRole('dialog', { name: 'Help now' }).waitFor();
      const help = await seriousViolations(page);
      if (help.length > 0) {
        found['(help open)'] = help;
      }
    } finally {
      await context.close();
    }
    return found;
  }

  for (const [name, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`signed out, ${name}`, async () => {
      expect(await scan(null, anonymousPaths, viewport)).toEqual({});
    });
    it(`member, ${name}`, async () => {
      expect(await scan(member, memberPaths, viewport)).toEqual({});
    });
    it(`staff (admin), ${name}`, async () => {
      expect(await scan(admin, staffPaths, viewport)).toEqual({});
    });
  }
});
