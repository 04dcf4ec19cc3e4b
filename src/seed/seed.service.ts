import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/password';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import type { Env } from '../config/env';
import { ConsentService } from '../consent/consent.service';
import { termsAudienceOf } from '../consent/terms';
import { User } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { DEMO_COHORTS, DEMO_MESSAGES, DEMO_PASSWORD, DEMO_PEOPLE } from './demo-data';

// Several nodes may start together: one seeds, the others wait and find it done.
const SEED_LOCK = 74_032_612;

/** At start: make sure the configured admin exists, and seed demo data into an empty database. */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly config: ConfigService<Env, true>,
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly cohorts: CohortsRepository,
    private readonly consent: ConsentService,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const demo = this.config.get('HEARTH_DEMO', { infer: true });
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      await this.ensureAdmin(manager);
      if (demo && (await manager.getRepository(User).count()) <= 1) {
        await this.seedDemo(manager);
      }
    });
    if (demo && (await this.users.findByEmail(DEMO_PEOPLE[0].email))) {
      this.printDemoLogins();
    }
  }

  private printDemoLogins(): void {
    const lines = DEMO_PEOPLE.map((p) => `  ${p.role.padEnd(12)} ${p.email.padEnd(30)} ${p.displayName}`);
    // Demo logins are meant for whoever started Hearth to read, not for a log pipeline.
    process.stdout.write(
      `\nDemo accounts (HEARTH_DEMO is on; the demo password for all is ${DEMO_PASSWORD}):\n${lines.join('\n')}\n\n`,
    );
  }

  private async ensureAdmin(manager: EntityManager): Promise<void> {
    const email = this.config.get('HEARTH_ADMIN_EMAIL', { infer: true });
    const secret = this.config.get('HEARTH_ADMIN_PASSWORD', { infer: true });
    if (!email || !secret) {
      return;
    }
    const existing = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
    if (existing) {
      if (existing.role !== 'admin') {
        await this.users.setRole(manager, existing.id, 'admin');
        await this.audit.record(
          {
            actorId: null,
            action: 'admin.bootstrapped',
            targetType: 'user',
            targetId: existing.id,
            details: { from: existing.role },
          },
          manager,
        );
      }
      return;
    }
    const created = await this.users.create(manager, {
      email,
      displayName: 'Administrator',
      passwordHash: await hashPassword(secret),
      role: 'admin',
    });
    await this.audit.record(
      { actorId: null, action: 'admin.bootstrapped', targetType: 'user', targetId: created.id },
      manager,
    );
    this.logger.log('created the configured admin account');
  }

  private async seedDemo(manager: EntityManager): Promise<void> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const cohortIds: string[] = [];
    const roomIds: string[] = [];
    for (const cohort of DEMO_COHORTS) {
      const created = await this.cohorts.create(manager, cohort);
      cohortIds.push(created.cohort.id);
      roomIds.push(created.room.id);
    }
    for (const person of DEMO_PEOPLE) {
      if (
        await manager
          .getRepository(User)
          .createQueryBuilder('u')
          .where('lower(u.email) = lower(:e)', { e: person.email })
          .getExists()
      ) {
        continue;
      }
      const user = await this.users.create(manager, {
        email: person.email,
        displayName: person.displayName,
        passwordHash,
        role: person.role,
      });
      await this.consent.record(user.id, termsAudienceOf(person.role), manager);
      if (person.cohort !== undefined) {
        await this.cohorts.addMember(
          manager,
          cohortIds[person.cohort],
          user.id,
          person.role === 'clinician' ? 'facilitator' : 'member',
        );
      }
    }
    await this.seedMessages(manager, roomIds);
  }

  /** Numbered as the app numbers them: each bumps its room's last_seq in the same statement. */
  private async seedMessages(manager: EntityManager, roomIds: string[]): Promise<void> {
    const [lounge] = await manager.query<{ id: string }[]>(`SELECT id FROM rooms WHERE kind = 'alumni' LIMIT 1`);
    for (const [i, message] of DEMO_MESSAGES.entries()) {
      const roomId = message.room === 'alumni' ? lounge?.id : roomIds[message.room];
      const [author] = await manager.query<{ id: string }[]>(`SELECT id FROM users WHERE lower(email) = lower($1)`, [
        message.by,
      ]);
      if (!roomId || !author) {
        continue;
      }
      await manager.query(
        `WITH room AS (UPDATE rooms SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq)
         INSERT INTO messages (room_id, seq, author_id, client_msg_id, body, content_warning, created_at)
         SELECT $1, room.last_seq, $2, $3, $4, $5, now() - make_interval(mins => $6) FROM room`,
        [roomId, author.id, `demo-${i}`, message.body, message.contentWarning ?? null, (DEMO_MESSAGES.length - i) * 7],
      );
    }
  }
}
