import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';
import { canonicalTimeZone, resourceProblems, withDefaults } from './program-settings';
import { SettingsRepository } from './settings.repository';
import type { CareStaffView, CrisisResource, ProgramSettings } from '../contract';

// Read on every staff request and every crisis signpost; other nodes see a change within this time.
const CACHE_MS = 10_000;

/**
 * The program's settings (admin, audited), and what the rest of Hearth reads from
 * them: the crisis resources, the program's time zone, the care-line answer time
 * and the alumni care team.
 */
@Injectable()
export class SettingsService {
  private cached?: { at: number; value: ProgramSettings };

  constructor(
    private readonly settings: SettingsRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /** Cached; `tx` is used only when the cache is cold (a caller inside a transaction need not take a second connection). */
  async get(tx?: Tx): Promise<ProgramSettings> {
    if (!this.cached || Date.now() - this.cached.at > CACHE_MS) {
      this.cached = { at: Date.now(), value: withDefaults(await this.settings.stored(tx)) };
    }
    return this.cached.value;
  }

  /** Forgets the cached copy, so that the next read sees a change made on another node or by hand. */
  forget(): void {
    this.cached = undefined;
  }

  /** The program's crisis resources: every place Hearth shows or sends resources reads them here. */
  async crisisResources(tx?: Tx): Promise<CrisisResource[]> {
    return (await this.get(tx)).crisisResources;
  }

  /** The program's IANA time zone, for "today" and daily schedules. */
  async timeZone(): Promise<string> {
    return (await this.get()).timeZone;
  }

  /** How long a care line may wait for a staff answer before it escalates. */
  async careAnswerMinutes(): Promise<number> {
    return (await this.get()).careAnswerMinutes;
  }

  /**
   * Ids of the staff who look after alumni now: the named team's members who are
   * still active clinicians or admins, or every active admin when none are.
   */
  async effectiveAlumniCareTeam(tx?: Tx): Promise<string[]> {
    const named = (await this.get(tx)).alumniCareTeam;
    const team = named.length > 0 ? await this.settings.careStaff(named, tx) : [];
    return team.length > 0 ? team.map((s) => s.id) : this.settings.activeAdmins(tx);
  }

  /** Who an admin may name on the alumni care team. */
  careStaff(): Promise<CareStaffView[]> {
    return this.settings.careStaff();
  }

  async update(user: AuthUser, changes: Partial<ProgramSettings>): Promise<ProgramSettings> {
    const next = await this.checked(changes);
    const keys = (Object.keys(next) as (keyof ProgramSettings)[]).filter((key) => next[key] !== undefined);
    if (keys.length > 0) {
      await this.transactions.run(async (tx) => {
        for (const key of keys) {
          await this.settings.save(key, next[key], user.id, tx);
        }
        await this.audit.record({ actorId: user.id, action: 'settings.changed', details: next }, tx);
      });
    }
    this.forget();
    return this.get();
  }

  /** Rules beyond each field's own: resources reachable, staff who exist; zones in one spelling. */
  private async checked(changes: Partial<ProgramSettings>): Promise<Partial<ProgramSettings>> {
    const problems = changes.crisisResources ? resourceProblems(changes.crisisResources) : [];
    if (changes.alumniCareTeam?.length) {
      const staff = new Set((await this.settings.careStaff(changes.alumniCareTeam)).map((s) => s.id));
      changes.alumniCareTeam.forEach((id, i) => {
        if (!staff.has(id)) {
          problems.push(`alumniCareTeam.${i} is not an active clinician or admin`);
        }
      });
    }
    if (problems.length > 0) {
      throw new DomainError('invalid', problems);
    }
    const next = { ...changes };
    if (changes.crisisResources) {
      // Stored as plain data in this field order, whatever the request's key order was.
      next.crisisResources = changes.crisisResources.map(({ name, phone, sms, smsBody, url }) => ({
        name,
        ...(phone === undefined ? {} : { phone }),
        ...(sms === undefined ? {} : { sms }),
        ...(smsBody === undefined ? {} : { smsBody }),
        ...(url === undefined ? {} : { url }),
      }));
    }
    if (changes.timeZone !== undefined) {
      next.timeZone = canonicalTimeZone(changes.timeZone) ?? changes.timeZone;
    }
    return next;
  }
}
