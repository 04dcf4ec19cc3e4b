import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPhonePage, openAs } from '../support/browser';
import { ConcernsService } from '../../src/care/concerns.service';
import { Transactions } from '../../src/database/transactions';
import { TestContext } from '../support/context';

// Written for this test (as in test/crisis-levels.e2e-spec.ts): the detector rates it `concern`.
const CONCERN = 'Some days I wish I could just disappear and not wake up';

describe('concerns page in Chromium', () => {
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

  it('a member’s words at concern level reach the cohort’s clinician live, who takes and resolves it; a moderator never sees it', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort({ name: 'Tuesday group' });
    const member = await ctx.newMember({ cohort, displayName: 'Wren Hollis' });
    const clinician = await ctx.newClinician({ cohort });
    const moderator = await ctx.newModerator();
    await ctx.join(moderator, cohort, 'facilitator');

    // The clinician's Concerns page is open (from the staff menu) before anything is raised.
    const staffPage = await phone();
    await openAs(staffPage, base, clinician, '/');
    await staffPage.getByRole('button', { name: 'Menu' }).click();
    await staffPage.getByRole('navigation', { name: 'Staff' }).getByRole('link', { name: 'Concerns' }).click();
    await staffPage.getByRole('heading', { level: 1, name: 'Concerns' }).waitFor();
    await staffPage.getByText('No open concerns.').waitFor();
    expect(await staffPage.title()).toBe('Concerns · Hearth');

    // The member writes words that read as a concern in the cohort room.
    const memberPage = await phone();
    await openAs(memberPage, base, member, `/rooms/${cohort.roomId}`);
    await memberPage.getByRole('textbox', { name: 'Message', exact: true }).fill(CONCERN);
    await memberPage.getByRole('button', { name: 'Send', exact: true }).click();
    await memberPage
      .getByRole('article', { name: 'Message from You' })
      .filter({ hasText: 'disappear' })
      .getByText('· Sent')
      .waitFor();

    // Live on the clinician's page: who, why (with a link to the words in place), nobody has taken it.
    const list = staffPage.getByRole('list', { name: 'Open concerns' });
    const item = list.getByRole('listitem').filter({ has: staffPage.getByRole('heading', { name: 'Wren Hollis' }) });
    await item.waitFor();
    await item.getByText(/Words in a chat message read as a concern/).waitFor();
    await item.getByText(/nobody has taken it yet/).waitFor();
    const [concern] = await ctx.t.query<{ id: string; target_id: string }>(
      `SELECT id, target_id FROM care_concerns WHERE person_id = $1`,
      [member.id],
    );
    expect(await item.getByRole('link', { name: 'Open the words in place' }).getAttribute('href')).toBe(
      `/rooms/${cohort.roomId}?at=${concern.target_id}`,
    );
    await item.getByRole('button', { name: 'Open care line with Wren Hollis' }).waitFor();
    // The open count is on the staff menu entry.
    const menu = staffPage.getByRole('button', { name: /^Menu/ });
    const staffNav = staffPage.getByRole('navigation', { name: 'Staff' });
    await menu.click();
    await staffNav.getByRole('link', { name: /^Concerns\W+1 open concern$/ }).waitFor();
    await menu.click();

    // Take it: it is the clinician's.
    await item.getByRole('button', { name: 'Take the concern about Wren Hollis' }).click();
    await item.getByText(/taken by you/).waitFor();
    await menu.click();
    await staffNav.getByRole('link', { name: 'Concerns', exact: true }).waitFor();
    await menu.click();

    // Resolve with an outcome and a note: a note is required.
    await item.getByRole('button', { name: 'Resolve the concern about Wren Hollis' }).click();
    const form = staffPage.getByRole('form', { name: 'Resolve the concern about Wren Hollis' });
    await form.getByRole('radio', { name: 'To discuss in session' }).check();
    await form.getByRole('button', { name: 'Save and resolve' }).click();
    await form.getByRole('alert').getByText('Write a few words about what was done.').waitFor();
    await form.getByLabel('What was done (for the record)').fill('Will check in with Wren at group on Thursday.');
    await form.getByRole('button', { name: 'Save and resolve' }).click();
    await staffPage.getByText('No open concerns.').waitFor();

    const stored = await ctx.t.query<{ status: string; outcome: string; taken_by: string; resolved_by: string }>(
      `SELECT status, outcome, taken_by, resolved_by FROM care_concerns WHERE id = $1`,
      [concern.id],
    );
    expect(stored[0]).toMatchObject({
      status: 'resolved',
      outcome: 'discuss_in_session',
      taken_by: clinician.id,
      resolved_by: clinician.id,
    });

    // On the Resolved tab, with what was done.
    await staffPage.getByRole('button', { name: 'Resolved' }).click();
    const resolved = staffPage.getByRole('list', { name: 'Resolved concerns' });
    await resolved.getByText('Will check in with Wren at group on Thursday.').waitFor();
    await resolved.getByText('To discuss in session').waitFor();

    // The moderator of the same cohort: no Concerns entry, and the page shows nothing of it.
    const modPage = await phone();
    await openAs(modPage, base, moderator, '/staff/alerts');
    await modPage.getByRole('button', { name: /^Menu/ }).click();
    await modPage.getByRole('navigation', { name: 'Staff' }).getByRole('link', { name: 'Alerts' }).waitFor();
    expect(
      await modPage
        .getByRole('navigation', { name: 'Staff' })
        .getByRole('link', { name: /Concerns/ })
        .count(),
    ).toBe(0);
    await modPage.goto(`${base}/staff/concerns`);
    await modPage.getByText('Concerns go to each person’s care team: their clinicians and the admins.').waitFor();
    expect(await modPage.getByText('Wren Hollis').count()).toBe(0);
    const api = await ctx.t.get('/api/concerns?status=resolved', moderator.accessToken);
    expect(api.status).toBe(403);
  });

  it('a check-in pattern shows its rule and trend; an admin opens the person’s care line from it', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort();
    const member = await ctx.newMember({ cohort, displayName: 'Juniper Vale' });
    const admin = await ctx.newAdmin();
    // As the check-in early-warning rule raises it (src/checkins: the rule and the recent trend).
    const concerns = ctx.t.app.get(ConcernsService);
    const id = await ctx.t.app.get(Transactions).run((tx) =>
      concerns.raise(
        {
          personId: member.id,
          source: 'checkin',
          targetId: null,
          rule: 'low_mood_3_days',
          details: {
            trend: [
              { date: '2026-12-04', mood: 2, craving: 3, used: false, sleepHours: 6 },
              { date: '2026-12-05', mood: 2, craving: 8, used: true, sleepHours: 4 },
              { date: '2026-12-06', mood: 1, craving: 5, used: false, sleepHours: 5 },
            ],
          },
        },
        tx,
      ),
    );
    await concerns.announce(id);

    const page = await phone();
    await openAs(page, base, admin, '/staff/concerns');
    const item = page
      .getByRole('list', { name: 'Open concerns' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Juniper Vale' }) });
    await item.getByText('Check-in: Low mood three days in a row').waitFor();
    await item.getByText('Last 3 check-ins: mood Low, Low, Awful · urges 3, 8, 5 · used on 1 day').waitFor();
    await item.getByRole('button', { name: 'Open care line with Juniper Vale' }).click();
    await page.getByText('Care line of').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/care\/[0-9a-f-]{36}$/);
  });
});
