import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/password';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { CohortsService } from '../cohorts/cohorts.service';
import type { Env } from '../config/env';
import { ConsentService } from '../consent/consent.service';
import { termsAudienceOf } from '../consent/terms';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';
import { MessagesRepository } from '../rooms/messages.repository';
import { RoomsRepository } from '../rooms/rooms.repository';
import { UsersRepository } from '../users/users.repository';
import { CareDemo } from './care.seed';
import { CrisisDemo } from './crisis.seed';
import { DEMO_COHORTS, DEMO_MESSAGES, DEMO_PASSWORD, DEMO_PEOPLE } from './demo-data';
import { ago, DemoArea, DemoWeek } from './demo-week';
import { DemoWeekRepository } from './demo-week.repository';
import { ForumsDemo } from './forums.seed';
import { ModerationDemo } from './moderation.seed';
import { RoomsDemo } from './rooms.seed';
import { SafetyDemo } from './safety.seed';

// Several nodes may start together: one seeds, the others wait and find it done.
const SEED_LOCK = 74_032_612;

/** At start: make sure the configured admin exists, and seed demo data into an empty database. */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');
  private demoAccounts = false;

  constructor(
    private readonly config: ConfigService<Env, true>,
    private readonly transactions: Transactions,
    private readonly users: UsersRepository,
    private readonly cohorts: CohortsService,
    private readonly memberships: CohortsRepository,
    private readonly rooms: RoomsRepository,
    private readonly messages: MessagesRepository,
    private readonly consent: ConsentService,
    private readonly audit: AuditService,
    private readonly week: DemoWeekRepository,
    private readonly forumsWeek: ForumsDemo,
    private readonly moderationWeek: ModerationDemo,
    private readonly crisisWeek: CrisisDemo,
    private readonly careWeek: CareDemo,
    private readonly roomsWeek: RoomsDemo,
    private readonly safetyWeek: SafetyDemo,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const demo = this.config.get('HEARTH_DEMO', { infer: true });
    await this.transactions.runAlone(SEED_LOCK, async (tx) => {
      await this.ensureAdmin(tx);
      if (demo && (await this.users.count(tx)) <= 1) {
        await this.seedDemo(tx);
      }
    });
    this.demoAccounts = demo === true && (await this.users.findByEmail(DEMO_PEOPLE[0].email)) !== null;
  }

  /** Whether the demo accounts are there to sign in with (main.ts prints them last, demo-logins.ts). */
  hasDemoAccounts(): boolean {
    return this.demoAccounts;
  }

  private async ensureAdmin(tx: Tx): Promise<void> {
    const email = this.config.get('HEARTH_ADMIN_EMAIL', { infer: true });
    const secret = this.config.get('HEARTH_ADMIN_PASSWORD', { infer: true });
    if (!email || !secret) {
      return;
    }
    const existing = await this.users.findByEmail(email, tx);
    if (existing) {
      if (existing.role !== 'admin') {
        await this.users.setRole(existing.id, 'admin', tx);
        await this.audit.record(
          {
            actorId: null,
            action: 'admin.bootstrapped',
            targetType: 'user',
            targetId: existing.id,
            details: { from: existing.role },
          },
          tx,
        );
      }
      return;
    }
    const created = await this.users.create(
      { email, displayName: 'Administrator', passwordHash: await hashPassword(secret), role: 'admin' },
      tx,
    );
    await this.audit.record(
      { actorId: null, action: 'admin.bootstrapped', targetType: 'user', targetId: created.id },
      tx,
    );
    this.logger.log('created the configured admin account');
  }

  private async seedDemo(tx: Tx): Promise<void> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const cohortIds: string[] = [];
    const roomIds: string[] = [];
    for (const cohort of DEMO_COHORTS) {
      const created = await this.cohorts.createWithSpaces(cohort, tx);
      cohortIds.push(created.id);
      roomIds.push(created.roomId);
    }
    for (const person of DEMO_PEOPLE) {
      if (await this.users.findByEmail(person.email, tx)) {
        continue;
      }
      const user = await this.users.create(
        { email: person.email, displayName: person.displayName, passwordHash, role: person.role },
        tx,
      );
      await this.consent.record(user.id, termsAudienceOf(person.role), tx);
      if (person.cohort !== undefined) {
        await this.memberships.addMember(
          cohortIds[person.cohort],
          user.id,
          person.role === 'clinician' ? 'facilitator' : 'member',
          tx,
        );
      }
    }
    await this.seedMessages(roomIds, tx);
    await this.seedWeek(cohortIds, roomIds, tx);
  }

  /**
   * A believable past week (demo-week.ts), area by area, so that every screen, a
   * staff one too, has something on it for a newcomer. An area of the app adds its
   * part as a DemoArea (one file here each) and lists it in `areas`, in the order
   * they refer to each other (moderation, crisis and care point at forums' posts).
   */
  private async seedWeek(cohortIds: string[], roomIds: string[], tx: Tx): Promise<void> {
    const people = new Map<string, string>();
    for (const person of DEMO_PEOPLE) {
      const user = await this.users.findByEmail(person.email, tx);
      if (user) {
        people.set(person.email, user.id);
      }
    }
    const boards = await this.week.boards(tx);
    const week: DemoWeek = {
      now: new Date(),
      people,
      cohortIds,
      roomIds,
      cohortBoards: cohortIds.map((id) => boards.byCohort.get(id) ?? ''),
      boards: new Map(
        (['alumni', 'community', 'staff'] as const).flatMap((scope) => {
          const id = boards.byScope.get(scope);
          return id ? [[scope, id] as const] : [];
        }),
      ),
      written: new Map(),
      audit: [],
    };
    const admin = people.get(DEMO_PEOPLE[0].email) ?? null;
    for (const [i, cohortId] of cohortIds.entries()) {
      week.audit.push({
        at: ago(week, [6, 23, 50 - i]),
        actorId: admin,
        action: 'cohort.created',
        targetType: 'cohort',
        targetId: cohortId,
        cohortId,
      });
    }
    const mentor = DEMO_PEOPLE.find((p) => p.role === 'peer_mentor');
    if (mentor) {
      week.audit.push({
        at: ago(week, [6, 23, 30]),
        actorId: admin,
        action: 'user.role_changed',
        targetType: 'user',
        targetId: people.get(mentor.email) ?? null,
        details: { from: 'alumni', to: 'peer_mentor' },
      });
    }
    const areas: DemoArea[] = [
      this.safetyWeek,
      this.forumsWeek,
      this.moderationWeek,
      this.crisisWeek,
      this.careWeek,
      this.roomsWeek,
    ];
    for (const area of areas) {
      await area.seedWeek(week, tx);
    }
    for (const entry of week.audit.sort((a, b) => a.at.getTime() - b.at.getTime())) {
      await this.week.appendAudit(
        {
          at: entry.at,
          actorId: entry.actorId,
          action: entry.action,
          targetType: entry.targetType ?? null,
          targetId: entry.targetId ?? null,
          cohortId: entry.cohortId ?? null,
          details: entry.details ?? {},
        },
        tx,
      );
    }
  }

  /** Numbered as the app numbers them, and dated a few minutes apart up to now. */
  private async seedMessages(roomIds: string[], tx: Tx): Promise<void> {
    const lounge = await this.rooms.firstOfKind('alumni', tx);
    for (const [i, message] of DEMO_MESSAGES.entries()) {
      const roomId = message.room === 'alumni' ? lounge : roomIds[message.room];
      const author = await this.users.findByEmail(message.by, tx);
      if (!roomId || !author) {
        continue;
      }
      await this.messages.insertDated(
        {
          roomId,
          authorId: author.id,
          clientMsgId: `demo-${i}`,
          body: message.body,
          contentWarning: message.contentWarning ?? null,
          status: 'visible',
        },
        new Date(Date.now() - (DEMO_MESSAGES.length - i) * 7 * 60_000),
        tx,
      );
    }
  }
}
