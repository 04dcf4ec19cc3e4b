import type { Browser, Locator } from 'playwright-core';
import { launchBrowser, newPhonePage, openAs, recordForeignRequests } from '../support/browser';
import { TestContext, TestUser } from '../support/context';
import { waitFor } from '../support/wait';

const CRISIS = 'I want to kill myself tonight, I have the pills ready';

/** Whether the element is inside the visible part of its scrolling container. */
async function within(element: Locator, container: Locator): Promise<boolean> {
  const [box, view] = await Promise.all([element.boundingBox(), container.boundingBox()]);
  return !!box && !!view && box.y >= view.y - 1 && box.y + box.height <= view.y + view.height + 1;
}

describe('a crisis alert opens the situation (Chromium, phone)', () => {
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

  it('the paged clinician opens the alert, sees cohort, context and phone, and lands in the room at the message', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort({ name: 'Tuesday evening group' });
    const writer = await ctx.newMember({ cohort, displayName: 'Quiet Wren' });
    const peers: TestUser[] = [];
    for (let i = 0; i < 5; i++) {
      peers.push(await ctx.newMember({ cohort }));
    }
    const clinician = await ctx.newClinician({ cohort });
    expect((await ctx.t.put('/api/staff/duty', { onDuty: true }, clinician.accessToken)).status).toBe(200);
    expect((await ctx.t.put('/api/me/contact', { phone: '+1 (555) 010-0142' }, writer.accessToken)).status).toBe(204);

    let n = 0;
    const say = async (user: TestUser, body: string): Promise<string> => {
      const res = await ctx.t.post(
        `/api/rooms/${cohort.roomId}/messages`,
        { clientMsgId: `browser-${n++}`, body },
        user.accessToken,
      );
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    await say(peers[0], 'Rough day at work, glad to be here');
    await say(peers[1], 'Same here, the weather is not helping');
    const words = await say(writer, CRISIS);
    // Enough after it that the room, opened at its end, would not show it.
    for (let i = 1; i <= 30; i++) {
      await say(peers[i % peers.length], `after ${i}`);
    }
    const alertId = await waitFor('the alert', async () => {
      const [row] = await ctx.t.query<{ id: string }>(`SELECT id FROM crisis_alerts WHERE target_id = $1`, [words]);
      return row?.id;
    });

    const { context, page } = await newPhonePage(browser);
    const foreign = recordForeignRequests(page, base);
    await openAs(page, base, clinician, '/staff/alerts');
    const card = page.getByRole('article', { name: 'Quiet Wren' });
    await card.getByRole('link', { name: 'Open the situation' }).click();

    await page.getByRole('heading', { name: 'Quiet Wren', level: 1 }).waitFor();
    expect(page.url()).toBe(`${base}/staff/alerts/${alertId}`);
    await page.getByText('Tuesday evening group').waitFor();
    const call = page.getByRole('link', { name: 'Call +1 (555) 010-0142' });
    await call.waitFor();
    expect(await call.getAttribute('href')).toBe('tel:+15550100142');
    // The words around it, blurred until asked for; the words themselves marked.
    const around = page.getByRole('region', { name: 'What was said around it' });
    await around.getByRole('button', { name: 'Show text' }).click();
    await around.getByText('Same here, the weather is not helping').waitFor();
    await around.locator('[aria-current="true"]').getByText(CRISIS).waitFor();
    await around.getByText('after 5', { exact: true }).waitFor();
    expect(await around.getByText('after 6', { exact: true }).count()).toBe(0);
    await page
      .getByRole('region', { name: 'Earlier alerts and concerns' })
      .getByText('None before this one.')
      .waitFor();

    await page.getByRole('link', { name: 'Open the chat at the message' }).click();
    await waitFor('the room at the message', () =>
      page.url() === `${base}/rooms/${cohort.roomId}?at=${words}` ? true : undefined,
    );
    const log = page.getByRole('region', { name: 'Messages' });
    const marked = log.locator('li[aria-current="true"]');
    await marked.getByText(CRISIS).waitFor();
    await waitFor('the message in view', async () => ((await within(marked, log)) ? true : undefined));
    // It opened at the message, not at the end of the conversation.
    expect(await within(log.getByText('after 30', { exact: true }), log)).toBe(false);

    const audited = await ctx.t.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE actor_id = $1 AND action IN ('crisis.context_read', 'contact.read') ORDER BY id`,
      [clinician.id],
    );
    expect(audited.map((a) => a.action).sort()).toEqual(['contact.read', 'crisis.context_read']);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
