import { randomUUID } from 'node:crypto';
import type { AuthUser } from '../src/access/auth-user';
import { DomainError } from '../src/common/domain-error';
import type { ScreenedContent } from '../src/safety/content-safety.service';
import { ContentSafetyService } from '../src/safety/content-safety.service';
import type { NewMessage } from '../src/rooms/messages.repository';
import { MessagesService } from '../src/rooms/messages.service';
import type { MessageView } from '../src/contract';
import { TestContext } from './support/context';

/** The checked route, reached past `send` (see test/rooms-send-routes.e2e-spec.ts). */
interface Routes {
  sendChecked(user: AuthUser, message: NewMessage, screened: ScreenedContent): Promise<MessageView>;
}

describe('a muted member can still reach their care team', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await TestContext.start();
  });
  afterAll(() => ctx.close());

  it('the care line takes their message on both send routes; the cohort room still refuses it', async () => {
    const cohort = await ctx.newCohort();
    const member = await ctx.newMember({ cohort });
    const line = await ctx.t.get<{ roomId: string }>('/api/care-lines/mine', member.accessToken);
    expect(line.status).toBe(200);
    await ctx.t.query(
      `INSERT INTO sanctions (user_id, kind, reason, ends_at) VALUES ($1, 'mute', 'Cooling off', now() + interval '30 minutes')`,
      [member.id],
    );

    // REST (`send`: the one statement first).
    const toLine = await ctx.t.post(
      `/api/rooms/${line.body.roomId}/messages`,
      { clientMsgId: randomUUID(), body: 'I was muted and I am upset, can we talk?' },
      member.accessToken,
    );
    expect(toLine.status).toBe(201);
    const toRoom = await ctx.t.post(
      `/api/rooms/${cohort.roomId}/messages`,
      { clientMsgId: randomUUID(), body: 'Hello group' },
      member.accessToken,
    );
    expect(toRoom.status).toBe(403);
    expect(toRoom.body).toMatchObject({ code: 'muted' });

    // The checked route alone agrees.
    const service = ctx.t.app.get(MessagesService);
    const routes = service as unknown as Routes;
    const user: AuthUser = {
      id: member.id,
      displayName: member.displayName,
      role: 'member',
      sessionId: member.sessionId,
      termsAudience: 'member',
      termsRequired: false,
      mfaSetupRequired: false,
    };
    const screened = await ctx.t.app.get(ContentSafetyService).screen('Still here, thank you');
    const message = (roomId: string): NewMessage => ({
      roomId,
      authorId: member.id,
      clientMsgId: randomUUID(),
      body: screened.text,
      contentWarning: null,
      status: screened.status,
    });
    const checked = await routes.sendChecked(user, message(line.body.roomId), screened);
    expect(checked).toMatchObject({ roomId: line.body.roomId, body: 'Still here, thank you' });
    const refused = await routes.sendChecked(user, message(cohort.roomId), screened).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'muted' });
  });
});
