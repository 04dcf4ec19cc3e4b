import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Interval } from '@nestjs/schedule';
import { AccessService } from '../access/access.service';
import type { AuthUser } from '../access/auth-user';
import { decideCohort, decideConcern, seesAllCohorts } from '../access/policy';
import { AuditService } from '../audit/audit.service';
import { CareTeamService } from '../care/care-team.service';
import { ConcernsService } from '../care/concerns.service';
import { DomainError } from '../common/domain-error';
import { jsonText, jsonWith, type JsonText } from '../common/json-text';
import type { CrisisAlert } from '../crisis/crisis-alert.entity';
import { CrisisService } from '../crisis/crisis.service';
import { Transactions } from '../database/transactions';
import type { Tx } from '../database/transactions';
import { TO_USERS } from '../realtime/relay';
import type { ToUsersEvent } from '../realtime/relay';
import { ContentSafetyService } from '../safety/content-safety.service';
import type { CrisisVerdict } from '../safety/crisis-detector';
import { SettingsService } from '../settings/settings.service';
import type { CheckinDto } from './checkins.dto';
import { CheckinsRepository } from './checkins.repository';
import type { CheckinRecord } from './checkins.repository';
import { addDays, needsHelpNow, rulesMet, STOPPED_DAYS, stoppedRegularCheckin } from './early-warning';
import { CHECKIN_RULES } from '../contract';
import type {
  CheckinRule,
  CheckinSaved,
  CheckinView,
  CohortCheckins,
  CohortCheckinsForCareTeam,
  PersonCheckins,
} from '../contract';

/** The client route of the care-team line, shown beside the crisis resources. */
export const CARE_LINE_PATH = '/care';
/** Days of check-ins attached to a concern as its trend. */
const TREND_DAYS = 14;
const DEFAULT_DAYS = 30;

type Viewer = Pick<AuthUser, 'id' | 'role'>;

function view(c: CheckinRecord): CheckinView {
  return {
    id: c.id,
    date: c.date,
    mood: c.mood,
    craving: c.craving,
    sleepHours: c.sleepHours,
    used: c.used,
    note: c.note,
    shareMood: c.shareMood,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

/** The trend a concern carries: no note (it is read in the check-ins themselves). */
function trend(recent: readonly CheckinRecord[]): Record<string, unknown>[] {
  return recent.map((c) => ({
    date: c.date,
    mood: c.mood,
    craving: c.craving,
    used: c.used,
    sleepHours: c.sleepHours,
  }));
}

/**
 * Daily check-ins (issue 19): one per person per day of the program's time zone
 * (a second replaces the first). The care team (CareTeamService: the person's
 * cohorts' clinicians and the admins; for alumni the alumni care team) reads
 * everything, audited; the cohort sees only moods a member chose to share;
 * moderators never see urges, use or notes. Early-warning patterns raise one
 * care-team concern per episode; a note is screened like any message, and a
 * crisis in it takes the crisis lane.
 */
@Injectable()
export class CheckinsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Checkins');

  constructor(
    private readonly checkins: CheckinsRepository,
    private readonly transactions: Transactions,
    private readonly settings: SettingsService,
    private readonly careTeam: CareTeamService,
    private readonly concerns: ConcernsService,
    private readonly safety: ContentSafetyService,
    private readonly crisis: CrisisService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  async checkIn(user: Viewer, dto: CheckinDto): Promise<CheckinSaved> {
    const typed = dto.note?.trim() || null;
    let note = typed;
    let crisis: CrisisVerdict | undefined;
    if (typed) {
      const screened = await this.safety.screen(typed);
      note = screened.text;
      crisis = screened.verdict.crisis;
    }
    const urgent = crisis?.level === 'urgent';
    const noteConcern = !!crisis && !urgent && (crisis.level !== 'none' || crisis.someoneElse.length > 0);
    const timeZone = await this.settings.timeZone();
    const { checkin, replaced, raised, alert } = await this.transactions.run(async (tx) => {
      const saved = await this.checkins.upsertToday(
        user.id,
        timeZone,
        {
          mood: dto.mood,
          craving: dto.craving,
          sleepHours: dto.sleepHours ?? null,
          used: dto.used ?? null,
          note,
          shareMood: dto.shareMood ?? false,
        },
        tx,
      );
      const recent = await this.checkins.forPerson(user.id, timeZone, TREND_DAYS, tx);
      const met = rulesMet(saved.checkin, recent);
      if (noteConcern) {
        met.add('note');
      }
      const raised = await this.raiseForEpisodes(user.id, saved.checkin, met, recent, crisis, tx);
      let alert: CrisisAlert | undefined;
      if (urgent && crisis) {
        alert = await this.crisis.raise(
          {
            target: {
              type: 'checkin',
              id: saved.checkin.id,
              authorId: user.id,
              cohortId: await this.careTeam.cohortOf(user.id, tx),
              spaceKind: null,
              spaceId: null,
              status: null,
              // The note stays with the care team: the alert names only what it read as.
              excerpt: '',
              contentWarning: null,
            },
            categories: crisis.categories,
            reviewItemId: null,
          },
          tx,
        );
      }
      return { ...saved, raised, alert };
    });
    for (const id of raised) {
      await this.concerns.announce(id);
    }
    if (alert) {
      await this.crisis.announce(alert);
    }
    await this.tellCohorts(user.id);
    const now = urgent || noteConcern || needsHelpNow(checkin);
    return {
      ...view(checkin),
      replaced,
      support: {
        now,
        resources: now ? await this.settings.crisisResources() : [],
        careLine: { path: CARE_LINE_PATH },
      },
    };
  }

  /** The person's cohorts refetch "N of M checked in today" and the shared moods (never told who or what). */
  private async tellCohorts(personId: string): Promise<void> {
    try {
      for (const { cohortId, memberIds } of await this.checkins.cohortmates(personId)) {
        this.events.emit(TO_USERS, {
          userIds: memberIds,
          event: 'checkins:changed',
          payload: { cohortId },
        } satisfies ToUsersEvent);
      }
    } catch (error) {
      // The check-in is stored; the cohort's count catches up on its next load.
      this.logger.warn(`telling the cohort failed: ${(error as Error).message}`);
    }
  }

  /** The caller's own check-ins, newest first. */
  async mine(user: Viewer, days = DEFAULT_DAYS): Promise<CheckinView[]> {
    return (await this.checkins.forPerson(user.id, await this.settings.timeZone(), days)).map(view);
  }

  /**
   * A cohort's check-ins: every field for its care team (each member's view
   * audited), shared moods and a count for its members and moderators; 404 for
   * anyone the cohort is hidden from.
   */
  async forCohort(user: AuthUser, cohortId: string, days = DEFAULT_DAYS): Promise<JsonText<CohortCheckins>> {
    const relation = seesAllCohorts(user.role) ? 'none' : await this.access.relationTo(user.id, cohortId);
    if (decideCohort(user.role, relation, 'cohort.read') !== 'allow') {
      throw new DomainError('not_found', 'Cohort not found');
    }
    const timeZone = await this.settings.timeZone();
    const careTeam = user.role === 'admin' || (user.role === 'clinician' && relation === 'facilitator');
    if (!careTeam) {
      const [count, shared] = await Promise.all([
        this.checkins.countToday(cohortId, timeZone),
        this.checkins.sharedMoods(cohortId, timeZone, days),
      ]);
      return jsonText<CohortCheckins>({
        scope: 'cohort',
        today: count.today,
        checkedInToday: count.checkedIn,
        memberCount: count.members,
        members: shared,
      });
    }
    const grid = await this.checkins.cohortGrid(cohortId, timeZone, days);
    const { today } = grid;
    // One entry per member whose check-ins the viewer saw, in one statement.
    await this.audit.recordMany(
      grid.memberIds.map((memberId) => ({
        actorId: user.id,
        action: 'checkins.viewed',
        targetType: 'user',
        targetId: memberId,
        cohortId,
        details: { via: 'cohort', days },
      })),
    );
    return jsonWith<CohortCheckinsForCareTeam, 'members'>(
      {
        scope: 'care_team',
        today,
        checkedInToday: grid.checkedInToday,
        memberCount: grid.memberIds.length,
        days: Array.from({ length: days }, (_, i) => addDays(today, i - days + 1)),
      },
      'members',
      grid.members,
    );
  }

  /** One person's check-ins for their care team (audited); 404 for anyone else. */
  async forPerson(user: Viewer, personId: string, days = DEFAULT_DAYS): Promise<PersonCheckins> {
    const person = await this.checkins.person(personId);
    const self = user.id === personId;
    const onCareTeam = !!person && (user.role === 'admin' || (await this.careTeam.includes(user.id, personId)));
    if (!person || (!self && decideConcern(user.role, onCareTeam ? 'care_team' : 'none') !== 'allow')) {
      throw new DomainError('not_found', 'Person not found');
    }
    const timeZone = await this.settings.timeZone();
    if (!self) {
      await this.audit.record({
        actorId: user.id,
        action: 'checkins.viewed',
        targetType: 'user',
        targetId: personId,
        cohortId: await this.careTeam.cohortOf(personId),
        details: { via: 'person', days },
      });
    }
    const [today, rows] = await Promise.all([
      this.checkins.today(timeZone),
      this.checkins.forPerson(personId, timeZone, days),
    ]);
    return { user: { id: person.id, displayName: person.displayName }, today, checkins: rows.map(view) };
  }

  /** The stop rule is a durable check: its state lives in the database, so it runs again after a restart. */
  onApplicationBootstrap(): void {
    void this.checkStopped();
  }

  /**
   * A regular check-in (4 of 7 days) that stopped for three whole days: one
   * concern per episode, across nodes (the episode row is the lock); the episode
   * ends with the person's next check-in.
   */
  @Interval(60_000)
  async checkStopped(): Promise<void> {
    try {
      const timeZone = await this.settings.timeZone();
      const candidates = await this.transactions.run((tx) => this.checkins.possiblyStopped(timeZone, STOPPED_DAYS, tx));
      for (const candidate of candidates) {
        if (!stoppedRegularCheckin(candidate.dates, candidate.today)) {
          continue;
        }
        const id = await this.transactions.run(async (tx) => {
          if (!(await this.checkins.openEpisode(candidate.userId, 'stopped_checking_in', tx))) {
            return undefined;
          }
          const concernId = await this.concerns.raise(
            {
              personId: candidate.userId,
              source: 'checkin',
              targetId: null,
              rule: 'stopped_checking_in',
              details: { lastCheckin: candidate.dates.at(-1), checkinDays: candidate.dates },
            },
            tx,
          );
          if (concernId) {
            await this.checkins.linkConcern(candidate.userId, 'stopped_checking_in', concernId, tx);
          }
          return concernId;
        });
        await this.concerns.announce(id);
      }
    } catch (error) {
      this.logger.warn(`check-in stop check failed: ${(error as Error).message}`);
    }
  }

  /** Ends the episodes this check-in no longer meets, and opens (with a concern) those it starts. */
  private async raiseForEpisodes(
    personId: string,
    checkin: CheckinRecord,
    met: Set<CheckinRule>,
    recent: readonly CheckinRecord[],
    crisis: CrisisVerdict | undefined,
    tx: Tx,
  ): Promise<string[]> {
    await this.checkins.endEpisodes(
      personId,
      CHECKIN_RULES.filter((rule) => !met.has(rule)),
      tx,
    );
    const raised: string[] = [];
    for (const rule of CHECKIN_RULES.filter((r) => met.has(r))) {
      if (!(await this.checkins.openEpisode(personId, rule, tx))) {
        continue;
      }
      const categories = rule === 'note' && crisis ? [...new Set([...crisis.categories, ...crisis.someoneElse])] : [];
      const id = await this.concerns.raise(
        {
          personId,
          source: 'checkin',
          targetId: null,
          rule,
          categories,
          details: { checkinId: checkin.id, date: checkin.date, trend: trend(recent) },
        },
        tx,
      );
      if (id) {
        await this.checkins.linkConcern(personId, rule, id, tx);
        raised.push(id);
      }
    }
    return raised;
  }
}
