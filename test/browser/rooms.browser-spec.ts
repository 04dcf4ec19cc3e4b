import type { Browser, BrowserContext, Page } from 'playwright-core';
import { waitFor } from '../support/wait';
import { RealtimeGateway } from '../../src/realtime/realtime.gateway';
import { userRoom } from '../../src/realtime/socket-user';
import { launchBrowser, newPhonePage, openAs, signIn, openMenu } from '../support/browser';
import { sanctionThroughQueue, TestContext, TestUser } from '../support/context';

function messageFrom(page: Page, who: string, text: string) {
  return page.getByRole('article', { name: `Message from ${who}` }).filter({ hasText: text });
}

async function send(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Message', exact: true }).fill(text);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
}

/** Closes every socket of the user on the server, as a dropped connection or a restart would. */
async function dropSockets(ctx: TestContext, user: TestUser): Promise<void> {
  const gateway: any = ctx.t.app.get(RealtimeGateway);
  gateway.server.in(userRoom(user.id)).disconnectSockets(true);
}

describe('chat rooms in Chromium', () => {
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

  it('two members of a cohort chat live, and one who was away catches up and sends what she wrote offline', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort({ name: 'Thursday group' });
    const ana = await ctx.newMember({ cohort, displayName: 'Ana Quill' });
    const ben = await ctx.newMember({ cohort, displayName: 'Ben Harbor' });

    const first = await newPhonePage(browser);
    contexts.push(first.context);
    await signIn(first.page, base, ana);
    await openMenu(first.page);
    await first.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat' }).click();
    await first.page.getByRole('heading', { name: 'Chat', level: 1 }).waitFor();
    await first.page.locator(`a[href="/rooms/${cohort.roomId}"]`).click();
    await first.page.getByRole('region', { name: 'Messages' }).getByText('No messages yet.').waitFor();
    expect(await first.page.title()).toBe('Chat · Hearth');

    const second = await newPhonePage(browser);
    contexts.push(second.context);
    await signIn(second.page, base, ben);
    await second.page.goto(`${base}/rooms/${cohort.roomId}`);
    await second.page.getByRole('region', { name: 'Messages' }).waitFor();

    // Presence: each sees the other is here.
    await first.page.getByText('Ben Harbor is here').waitFor();
    await second.page.getByText('Ana Quill is here').waitFor();

    // Live both ways, without a reload.
    await send(first.page, 'Hi Ben, how was the weekend?');
    await messageFrom(first.page, 'You', 'Hi Ben, how was the weekend?').getByText('· Sent').waitFor();
    await messageFrom(second.page, 'Ana Quill', 'Hi Ben, how was the weekend?').waitFor();
    expect(await first.page.getByRole('textbox', { name: 'Message', exact: true }).inputValue()).toBe('');

    // Typing notice, then the reply.
    await second.page.getByRole('textbox', { name: 'Message', exact: true }).pressSequentially('Long, ');
    await first.page.getByText('Ben Harbor is typing…').waitFor();
    await second.page.getByRole('textbox', { name: 'Message', exact: true }).fill('Long, but I kept to my plan.');
    await second.page.getByRole('textbox', { name: 'Message', exact: true }).press('Enter');
    await messageFrom(first.page, 'Ben Harbor', 'Long, but I kept to my plan.').waitFor();
    await first.page.getByText('Ben Harbor is typing…').waitFor({ state: 'detached' });

    // A content warning keeps the words folded until the reader opens them.
    await second.page.getByRole('button', { name: 'Add a content warning' }).click();
    await second.page.getByLabel('Content warning', { exact: true }).fill('cravings');
    await send(second.page, 'Saturday night was hard, I nearly called my old dealer.');
    const warned = first.page.getByRole('article', { name: 'Message from Ben Harbor' }).filter({ hasText: 'cravings' });
    await warned.waitFor();
    expect(await first.page.getByText('I nearly called my old dealer').count()).toBe(0);
    await warned.getByRole('button', { name: 'Show' }).click();
    await warned.getByText('I nearly called my old dealer').waitFor();

    // Report someone else's message, through the safety feature's dialog.
    await warned.getByRole('button', { name: 'Options for message from Ben Harbor' }).click();
    await warned.getByRole('button', { name: 'Report message from Ben Harbor' }).click();
    const dialog = first.page.getByRole('dialog', { name: 'Report message from Ben Harbor' });
    await dialog.getByRole('radio', { name: 'Graphic or upsetting detail' }).check();
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await dialog.getByText('Thanks — staff will review this.').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    const flags = await ctx.t.query(`SELECT target_type FROM flags WHERE reporter_id = $1`, [ana.id]);
    expect(flags.map((f) => f.target_type)).toEqual(['message']);

    // Ana's page reloads: while it is away Ben writes; she sees it when it is back.
    const reloading = first.page.reload();
    await send(second.page, 'Sent while you were reloading.');
    await reloading;
    await messageFrom(first.page, 'Ben Harbor', 'Sent while you were reloading.').waitFor();

    // Ana loses her connection: the socket drops and cannot come back while she is offline.
    await first.context.setOffline(true);
    await dropSockets(ctx, ana);
    await first.page.getByText('You’re offline', { exact: false }).or(first.page.getByText('Connecting…')).waitFor();
    await send(second.page, 'Are you still there?');
    await send(first.page, 'Written on the bus with no signal.');
    await messageFrom(first.page, 'You', 'Written on the bus with no signal.')
      .getByText(/Will send when you’re back online|Sending…/)
      .waitFor();
    // Nothing marks a message not delivered: while offline, a bounded time for either to get through.
    await first.page.waitForTimeout(500);
    expect(await messageFrom(first.page, 'Ben Harbor', 'Are you still there?').count()).toBe(0);
    expect(await messageFrom(second.page, 'Ana Quill', 'Written on the bus').count()).toBe(0);

    // Back online: the socket reconnects, catches up with `sync`, and the outbox sends in order, once.
    await first.context.setOffline(false);
    await messageFrom(first.page, 'Ben Harbor', 'Are you still there?').waitFor({ timeout: 30_000 });
    await messageFrom(first.page, 'You', 'Written on the bus with no signal.').getByText('· Sent').waitFor();
    await messageFrom(second.page, 'Ana Quill', 'Written on the bus with no signal.').waitFor();

    // The reload folded the warned message again for Ana.
    await first.page
      .getByRole('article', { name: 'Message from Ben Harbor' })
      .filter({ hasText: 'cravings' })
      .getByRole('button', { name: 'Show' })
      .click();
    const texts = async (page: Page) =>
      (await page.locator('.message-list .message-text').allTextContents()).filter((t) => t.length > 0);
    const expected = [
      'Hi Ben, how was the weekend?',
      'Long, but I kept to my plan.',
      'Saturday night was hard, I nearly called my old dealer.',
      'Sent while you were reloading.',
      'Are you still there?',
      'Written on the bus with no signal.',
    ];
    // Same messages, same order, once each, on both sides (the author sees his own warned message open).
    expect(await texts(first.page)).toEqual(expected);
    expect(await texts(second.page)).toEqual(expected);
    const stored = await ctx.t.query(`SELECT count(*)::int AS n FROM messages WHERE room_id = $1`, [cohort.roomId]);
    expect(stored[0].n).toBe(expected.length);
  });

  it('on a 390×844 phone the composer stays in view and usable, and history loads upward', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort({ name: 'Evening group' });
    const cara = await ctx.newMember({ cohort, displayName: 'Cara Wren' });
    const dev = await ctx.newMember({ cohort, displayName: 'Dev Ocean' });
    // 120 earlier check-ins, written straight to the database (the send rate limit would slow the API down).
    await ctx.t.query(
      `INSERT INTO messages (room_id, seq, author_id, client_msg_id, body, created_at)
       SELECT $1, g, $2, 'seed-' || g, 'Check-in number ' || g, now() - make_interval(mins => 121 - g)
         FROM generate_series(1, 120) g`,
      [cohort.roomId, dev.id],
    );
    await ctx.t.query(`UPDATE rooms SET last_seq = 120 WHERE id = $1`, [cohort.roomId]);

    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, base, cara);
    await page.getByRole('link', { name: 'Open chat' }).click();

    // The room list counts what Cara has not read, up to "99+", with the kind of room.
    const row = page.locator('.room-row').filter({ hasText: 'Evening group' });
    await row.getByRole('link', { name: /^Evening group\W+99\+ unread$/ }).waitFor();
    expect(await row.locator('.count-badge').textContent()).toBe('99+');
    await row.getByText('Group chat').waitFor();
    await row.getByRole('link').click();

    // Newest at the bottom, in view; the oldest not loaded yet.
    await messageFrom(page, 'Dev Ocean', 'Check-in number 120').waitFor();
    expect(await messageFrom(page, 'Dev Ocean', 'Check-in number 120').isVisible()).toBe(true);
    expect(await page.getByText('Check-in number 1', { exact: true }).count()).toBe(0);

    const box = page.getByRole('textbox', { name: 'Message', exact: true });
    const sendButton = page.getByRole('button', { name: 'Send', exact: true });
    for (const [control, expected] of [
      [box, 'TEXTAREA:'],
      [sendButton, 'BUTTON:Send'],
    ] as const) {
      const rect = await control.boundingBox();
      expect(rect).not.toBeNull();
      expect(rect!.y).toBeGreaterThan(0);
      expect(rect!.y + rect!.height).toBeLessThanOrEqual(844);
      expect(rect!.x + rect!.width).toBeLessThanOrEqual(390);
      expect(rect!.height).toBeGreaterThanOrEqual(44);
      // Nothing (the sticky footer, the header) covers it: a tap at its centre lands on it.
      const [x, y] = [rect!.x + rect!.width / 2, rect!.y + rect!.height / 2];
      const hit = await page.evaluate<string | null>(
        `(() => { const c = document.elementFromPoint(${x}, ${y})?.closest('textarea, button');
                  return c ? c.tagName + ':' + c.textContent : null; })()`,
      );
      expect(hit).toBe(expected);
    }
    // The page itself does not scroll sideways or down: only the conversation does.
    const overflow = await page.evaluate<{ x: number; y: number }>(
      `({ x: document.documentElement.scrollWidth - window.innerWidth,
          y: document.documentElement.scrollHeight - window.innerHeight })`,
    );
    expect(overflow.x).toBeLessThanOrEqual(0);
    expect(overflow.y).toBeLessThanOrEqual(0);

    await box.tap();
    await box.fill('Thanks everyone, see you Thursday.');
    await sendButton.tap();
    const mine = messageFrom(page, 'You', 'Thanks everyone, see you Thursday.');
    await mine.getByText('· Sent').waitFor();
    expect(await mine.isVisible()).toBe(true);

    // Scrolling up loads older pages above, keeping the reader's place, back to the start.
    const log = page.getByRole('region', { name: 'Messages' });
    const shown = page.locator('.message-list .message-text');
    const atStart = async () => (await page.getByText('The start of the conversation').count()) > 0;
    for (let i = 0; i < 10 && !(await atStart()); i++) {
      const before = await shown.count();
      await log.evaluate((el) => el.scrollTo({ top: 0 }));
      await waitFor('an older page above', async () =>
        (await shown.count()) > before || (await atStart()) ? true : undefined,
      );
    }
    await page.getByText('The start of the conversation').waitFor();
    await page.getByText('Check-in number 1', { exact: true }).waitFor();
    const seen = await page.locator('.message-list .message-text').allTextContents();
    expect(seen.filter((t) => t.startsWith('Check-in number'))).toEqual(
      Array.from({ length: 120 }, (_, i) => `Check-in number ${i + 1}`),
    );

    // Having read to the end, the room shows nothing unread any more.
    await waitFor('the read marker at the last message', async () => {
      const [read] = await ctx.t.query(`SELECT last_read_seq::int AS seq FROM room_reads WHERE user_id = $1`, [
        cara.id,
      ]);
      return read?.seq === 121 ? true : undefined;
    });
    await page.getByRole('link', { name: 'All chat rooms' }).click();
    await page.getByRole('link', { name: 'Evening group', exact: true }).waitFor();
    expect(await row.locator('.count-badge').count()).toBe(0);
  });

  it('crisis words get help before and after sending; staff set slow mode and the wait is shown; own messages edit and delete', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort({ name: 'Monday group' });
    const eli = await ctx.newMember({ cohort, displayName: 'Eli Birch' });
    const clinician = await ctx.newClinician({ cohort });

    const member = await newPhonePage(browser);
    contexts.push(member.context);
    await openAs(member.page, base, eli, `/rooms/${cohort.roomId}`);
    const box = member.page.getByRole('textbox', { name: 'Message', exact: true });
    await box.waitFor();

    // While typing: help is offered before the message is sent, without stopping it.
    await box.fill('I want to kill myself tonight, I have the pills ready');
    await member.page.getByText('It sounds like things are really hard right now').waitFor();
    await member.page.getByRole('button', { name: 'Send', exact: true }).click();
    // After sending: the message is delivered, and the crisis lines are shown at once.
    await messageFrom(member.page, 'You', 'I have the pills ready').getByText('· Sent').waitFor();
    const help = member.page.getByRole('region', { name: 'You don’t have to carry this alone' });
    await help.getByRole('link', { name: 'Call 988' }).waitFor();
    await help.getByRole('button', { name: 'Close' }).click();
    await help.waitFor({ state: 'detached' });

    // Edit within the window, then delete: others see the edit, then a placeholder.
    await send(member.page, 'Thanks for listening earlier');
    const mine = messageFrom(member.page, 'You', 'Thanks for listening earlier');
    await mine.getByText('· Sent').waitFor();
    await mine.getByRole('button', { name: 'Options for message from You' }).click();
    await mine.getByRole('button', { name: 'Edit' }).click();
    await member.page.getByLabel('Edit your message').fill('Thanks for listening earlier, it helped');
    await member.page.getByRole('button', { name: 'Save' }).click();
    const edited = messageFrom(member.page, 'You', 'it helped');
    await edited.getByText('· edited').waitFor();

    const staff = await newPhonePage(browser);
    contexts.push(staff.context);
    await openAs(staff.page, base, clinician, `/rooms/${cohort.roomId}`);
    await messageFrom(staff.page, 'Eli Birch', 'Thanks for listening earlier, it helped').waitFor();

    await edited.getByRole('button', { name: 'Options for message from You' }).click();
    await edited.getByRole('button', { name: 'Delete' }).click();
    await member.page
      .getByRole('dialog', { name: 'Delete this message?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await member.page.getByText('Message removed').waitFor();
    await staff.page.getByText('Message removed').waitFor();

    // Staff who moderate the room turn slow mode on; the member is told, live.
    await staff.page.getByText(/is here$/).click();
    await staff.page.getByLabel('Slow mode').selectOption({ label: '10 seconds' });
    await staff.page.getByText('Slow mode is on.').waitFor();
    await member.page.getByText('Slow mode: one message every 10 seconds each.').waitFor();

    await send(member.page, 'One more thing');
    await messageFrom(member.page, 'You', 'One more thing').getByText('· Sent').waitFor();
    await send(member.page, 'And another');
    const held = messageFrom(member.page, 'You', 'And another');
    await held.getByText(/Slow mode is on in this room\. You can send again in \d+ seconds?\./).waitFor();
    await held.getByText(/Sending in \d+ s/).waitFor();
    // It goes by itself once the wait is over, once.
    await held.getByText('· Sent').waitFor({ timeout: 15_000 });
    await messageFrom(staff.page, 'Eli Birch', 'And another').waitFor();
    const stored = await ctx.t.query(`SELECT count(*)::int AS n FROM messages WHERE body = 'And another'`);
    expect(stored[0].n).toBe(1);

    // Stepped down to alumni, Eli loses the cohort room at once: the view closes with a kind word.
    const stepped = await ctx.t.post(
      `/api/cohorts/${cohort.id}/members/${eli.id}/step-down`,
      {},
      clinician.accessToken,
    );
    expect(stepped.status).toBe(200);
    // The room view closes at once: to the room list with a kind word, to the step-down moment
    // saying what changed (when the app hears of the step-down first, it is said in place of the
    // page), or straight on to the alumni guidelines an alumnus accepts first.
    // One can give way to another a moment later, taking the words with it, so any is awaited
    // rather than whichever the address shows at one instant.
    await member.page.waitForURL((url) => url.pathname !== `/rooms/${cohort.roomId}`);
    const kindWord = member.page.getByText('You no longer have access to that room').waitFor();
    const moment = member.page.getByRole('heading', { name: 'You have stepped down to alumni', level: 1 }).waitFor();
    const guidelines = member.page.waitForURL((url) => url.pathname === '/terms');
    await Promise.any([kindWord, moment, guidelines]);
    expect(['/rooms', '/terms']).toContain(new URL(member.page.url()).pathname);
    expect(await member.page.locator(`a[href="/rooms/${cohort.roomId}"]`).count()).toBe(0);
  });

  it('a member’s crisis message in the group chat: she sees help at once; the on-duty clinician sees the alert within seconds and acknowledges it', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort({ name: 'Friday group' });
    const mira = await ctx.newMember({ cohort, displayName: 'Mira Vale' });
    const clinician = await ctx.newClinician({ cohort });
    expect((await ctx.t.put('/api/staff/duty', { onDuty: true }, clinician.accessToken)).status).toBe(200);

    const staff = await newPhonePage(browser);
    contexts.push(staff.context);
    await openAs(staff.page, base, clinician, '/staff/alerts');
    await staff.page.getByRole('heading', { name: 'Crisis alerts' }).waitFor();

    const member = await newPhonePage(browser);
    contexts.push(member.context);
    await openAs(member.page, base, mira, `/rooms/${cohort.roomId}`);
    await send(member.page, 'I can’t do this anymore, I’m going to end my life tonight');
    const help = member.page.getByRole('region', { name: 'You don’t have to carry this alone' });
    await help.getByRole('link', { name: 'Call 988' }).waitFor();

    // Live (or by the page's 10 s safety-net poll at the latest), with what she wrote.
    const alert = staff.page.getByRole('article', { name: 'Mira Vale' });
    await alert.waitFor({ timeout: 15_000 });
    await alert.getByText('going to end my life tonight', { exact: false }).waitFor();
    await alert.getByRole('button', { name: 'Acknowledge' }).click();
    await staff.page
      .getByRole('status')
      .getByText(/You acknowledged the alert about Mira Vale/)
      .waitFor();
    const [row] = await ctx.t.query(`SELECT status, acknowledged_by FROM crisis_alerts WHERE author_id = $1`, [
      mira.id,
    ]);
    expect(row).toEqual({ status: 'acknowledged', acknowledged_by: clinician.id });
  });

  it('a handshake refused for a stale token refreshes the session and comes back live', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort({ name: 'Friday group' });
    const fay = await ctx.newMember({ cohort, displayName: 'Fay Linden' });
    const gus = await ctx.newMember({ cohort, displayName: 'Gus Meadow' });
    const { context, page } = await newPhonePage(browser);
    contexts.push(context);
    await openAs(page, base, fay, `/rooms/${cohort.roomId}`);
    await page.getByText('Gus Meadow is here').or(page.getByText('Only you here')).waitFor();

    // A token that looks fresh (it expires in an hour) but that the server refuses, as after a key change.
    const payload = Buffer.from(
      JSON.stringify({ sub: fay.id, sid: fay.sessionId, exp: Math.floor(Date.now() / 1000) + 3600 }),
    ).toString('base64url');
    await page.evaluate(`localStorage.setItem('hearth.accessToken', 'eyJhbGciOiJIUzI1NiJ9.${payload}.bad-signature')`);
    await dropSockets(ctx, fay);

    await send(page, 'Back again');
    await messageFrom(page, 'You', 'Back again').getByText('· Sent').waitFor({ timeout: 20_000 });
    const reply = await ctx.t.post(
      `/api/rooms/${cohort.roomId}/messages`,
      { clientMsgId: 'gus-1', body: 'Welcome back, Fay' },
      gus.accessToken,
    );
    expect(reply.status).toBe(201);
    await messageFrom(page, 'Gus Meadow', 'Welcome back, Fay').waitFor();
    // Still signed in, with a new access token the server accepts.
    const stored = await page.evaluate<string>(`localStorage.getItem('hearth.accessToken')`);
    expect(stored).not.toContain('bad-signature');
  });
  it('a member muted in the room sees the composer disabled with when it ends and why, and can still write to her care team; suspended, she is signed out to a page saying so', async () => {
    const base = ctx.t.baseUrl;
    const cohort = await ctx.newCohort({ name: 'Saturday group' });
    const hana = await ctx.newMember({ cohort, displayName: 'Hana Reed' });
    const { context, page } = await newPhonePage(browser);
    contexts.push(context);
    await openAs(page, base, hana, `/rooms/${cohort.roomId}`);
    await page.getByText('Only you here').waitFor();
    const box = page.getByRole('textbox', { name: 'Message', exact: true });
    const sendButton = page.getByRole('button', { name: 'Send', exact: true });
    expect(await box.isDisabled()).toBe(false);

    // Told live: no reload, the composer closes at once with the local end time and the reason.
    await sanctionThroughQueue(ctx, await ctx.newModerator(), hana, {
      action: 'mute',
      reason: 'Taking a breather after a heated thread.',
      durationMinutes: 30,
    });
    const [{ endsAt }] = await ctx.t.query<{ endsAt: Date }>(
      `SELECT ends_at AS "endsAt" FROM sanctions WHERE user_id = $1`,
      [hana.id],
    );
    const localEnd = await page.evaluate(
      (iso) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
      endsAt.toISOString(),
    );
    const banner = page.getByRole('status').filter({ hasText: 'You are muted until' });
    await banner.waitFor();
    // State, local end, reason, what she can still do, and the appeal.
    expect(await banner.textContent()).toBe(
      `You are muted until ${localEnd} (your time), so you can’t send messages or post for now. ` +
        'Reason: Taking a breather after a heated thread.' +
        'You can still read along, get crisis help at any time, talk to your care team, and appeal this decision.',
    );
    expect(await banner.getByRole('link', { name: 'talk to your care team' }).getAttribute('href')).toBe('/care');
    expect(await banner.getByRole('link', { name: 'appeal this decision' }).getAttribute('href')).toBe(
      '/moderation/mine',
    );
    expect(await box.isDisabled()).toBe(true);
    expect(await sendButton.isDisabled()).toBe(true);
    expect(await box.getAttribute('aria-describedby')).toBe(await banner.getAttribute('id'));

    // A reload still knows (read again from her moderation history).
    await page.reload();
    await banner.waitFor();
    expect(await box.isDisabled()).toBe(true);

    // Her care team can still be reached: the care line takes her message.
    await banner.getByRole('link', { name: 'talk to your care team' }).click();
    await page.getByText('Private: only you and your care team can read this.').waitFor();
    expect(await page.getByText('You are muted until').count()).toBe(0);
    await box.fill('I was muted and I would like to talk about it.');
    await sendButton.click();
    await page
      .getByRole('article', { name: 'Message from You' })
      .filter({ hasText: 'I would like to talk about it' })
      .getByText('· Sent')
      .waitFor();
    await page.goto(`${base}/rooms/${cohort.roomId}`);
    await banner.waitFor();

    await sanctionThroughQueue(ctx, await ctx.newModerator(), hana, {
      action: 'suspend',
      reason: 'A week away to reset.',
      durationMinutes: 60,
    });
    await page.getByRole('heading', { name: 'You have been signed out', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/signed-out');
    await page
      .getByRole('alert')
      .getByText(/^Your account is suspended until .+\.$/)
      .waitFor();
    await page.getByText('Reason: A week away to reset.').waitFor();
    expect(await page.evaluate(`localStorage.getItem('hearth.refreshToken')`)).toBeNull();
    // What she can still do, and how to appeal without a session.
    await page.getByRole('heading', { name: 'What you can still do' }).waitFor();
    await page.getByRole('link', { name: 'crisis lines' }).waitFor();
  });
});
