import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashPassword } from '../../src/auth/password';
import { TokensService } from '../../src/auth/tokens.service';
import { CohortsService } from '../../src/cohorts/cohorts.service';
import type { Env } from '../../src/config/env';
import { TERMS, termsAudienceOf } from '../../src/consent/terms';
import { TestApp } from './app';
import type { Role } from '../../src/contract';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  displayName: string;
  role: Role;
  accessToken: string;
  refreshToken: string;
  sessionId: string;
}

export interface TestCohort {
  id: string;
  name: string;
  roomId: string;
  boardId: string;
}

let passwordHash: Promise<string> | undefined;
let counter = 0;
const unique = (): string =>
  `${Date.now().toString(36).slice(-4)}${(counter++).toString(36)}${randomBytes(2).toString('hex')}`;

/**
 * A running app plus factories that insert real rows through the app's own
 * repositories, so that a test reads as its scenario:
 * `const member = await ctx.newMember({ cohort })`.
 */
export class TestContext {
  private constructor(readonly t: TestApp) {}

  /** On a fresh clone of the template database, or on `database` when given (e.g. a server a test stops and restarts). */
  static async start(
    overrides: Partial<Record<keyof Env, string>> = {},
    database?: { name: string; url: string },
  ): Promise<TestContext> {
    return new TestContext(await TestApp.start(overrides, database));
  }

  get dataSource(): DataSource {
    return this.t.app.get(DataSource);
  }

  async newCohort(options: { name?: string; clinician?: TestUser } = {}): Promise<TestCohort> {
    const name = options.name ?? `Group ${unique()}`;
    const cohort = await this.dataSource.transaction((tx) =>
      this.t.app.get(CohortsService).createWithSpaces({ name }, tx),
    );
    if (options.clinician) {
      await this.join(options.clinician, { id: cohort.id }, 'facilitator');
    }
    return { id: cohort.id, name: cohort.name, roomId: cohort.roomId, boardId: cohort.boardId };
  }

  async newUser(options: {
    role: Role;
    cohort?: TestCohort;
    displayName?: string;
    termsAccepted?: boolean;
  }): Promise<TestUser> {
    passwordHash ??= hashPassword(TEST_PASSWORD);
    const tag = unique();
    const displayName =
      options.displayName ?? `${options.role.replace('_', '')} ${tag}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
    const email = `${options.role}.${tag}@example.test`;
    const [row] = await this.t.query<{ id: string }>(
      `INSERT INTO users (email, display_name, password_hash, role) VALUES ($1, $2, $3, $4) RETURNING id`,
      [email, displayName, await passwordHash, options.role],
    );
    if (options.termsAccepted !== false) {
      const audience = termsAudienceOf(options.role);
      await this.t.query(`INSERT INTO consents (user_id, audience, version) VALUES ($1, $2, $3)`, [
        row.id,
        audience,
        TERMS[audience].version,
      ]);
    }
    const user = { id: row.id, email, password: TEST_PASSWORD, displayName, role: options.role };
    if (options.cohort) {
      await this.join(user, options.cohort, options.role === 'clinician' ? 'facilitator' : 'member');
    }
    return { ...user, ...(await this.signIn(user)) };
  }

  newAdmin(): Promise<TestUser> {
    return this.newUser({ role: 'admin' });
  }
  newModerator(): Promise<TestUser> {
    return this.newUser({ role: 'moderator' });
  }
  newClinician(options: { cohort?: TestCohort } = {}): Promise<TestUser> {
    return this.newUser({ role: 'clinician', ...options });
  }
  newMember(options: { cohort?: TestCohort; displayName?: string } = {}): Promise<TestUser> {
    return this.newUser({ role: 'member', ...options });
  }
  newAlumni(): Promise<TestUser> {
    return this.newUser({ role: 'alumni' });
  }
  newPeerMentor(): Promise<TestUser> {
    return this.newUser({ role: 'peer_mentor' });
  }

  async join(
    user: { id: string },
    cohort: Pick<TestCohort, 'id'>,
    kind: 'member' | 'facilitator' = 'member',
  ): Promise<void> {
    await this.t.query(
      `INSERT INTO cohort_memberships (cohort_id, user_id, kind) VALUES ($1, $2, $3)
       ON CONFLICT (cohort_id, user_id) DO UPDATE SET kind = EXCLUDED.kind, left_at = NULL, left_reason = NULL`,
      [cohort.id, user.id, kind],
    );
  }

  /** A fresh session for the user, as a sign-in would give. */
  async signIn(user: {
    id: string;
    role: Role;
  }): Promise<{ accessToken: string; refreshToken: string; sessionId: string }> {
    const tokens = this.t.app.get(TokensService);
    const { sessionId, refreshToken } = await tokens.startSession(user.id, 'jest');
    return { accessToken: tokens.accessToken(user.id, user.role, sessionId), refreshToken, sessionId };
  }

  close(): Promise<void> {
    return this.t.close();
  }
}

/** Test data for moderation and safety (browser and integration tests). */
export interface TestCrisisAlert {
  id: string;
}

/**
 * An open crisis alert about a message by `author` in `cohort`, as the crisis
 * detector would raise it (the message itself need not exist).
 */
export async function newCrisisAlert(
  ctx: TestContext,
  options: { author: TestUser; cohort: TestCohort; categories?: string[]; escalateInMinutes?: number },
): Promise<TestCrisisAlert> {
  const [row] = await ctx.t.query<{ id: string }>(
    `INSERT INTO crisis_alerts (target_type, target_id, author_id, cohort_id, space_kind, categories, status, escalate_at)
     VALUES ('message', gen_random_uuid(), $1, $2, 'cohort', $3, 'open', now() + make_interval(mins => $4))
     RETURNING id`,
    [
      options.author.id,
      options.cohort.id,
      options.categories ?? ['suicidal_ideation'],
      options.escalateInMinutes ?? 10,
    ],
  );
  return { id: row.id };
}

/** A moderator's decision on a person, through the API as staff would make it: flag, claim, resolve. */
export async function sanctionThroughQueue(
  ctx: TestContext,
  staff: TestUser,
  person: TestUser,
  resolve: { action: 'warn' | 'mute' | 'suspend' | 'ban'; reason: string; durationMinutes?: number },
): Promise<{ reviewItemId: string }> {
  const flag = await ctx.t.post(
    '/api/flags',
    { targetType: 'user', targetId: person.id, reason: 'harassment' },
    staff.accessToken,
  );
  if (flag.status !== 201) {
    throw new Error(`flag failed: ${flag.status} ${JSON.stringify(flag.body)}`);
  }
  const { reviewItemId } = flag.body as { reviewItemId: string };
  const resolved = await ctx.t.post(`/api/moderation/queue/${reviewItemId}/resolve`, resolve, staff.accessToken);
  if (resolved.status !== 200) {
    throw new Error(`resolve failed: ${resolved.status} ${JSON.stringify(resolved.body)}`);
  }
  return { reviewItemId };
}
