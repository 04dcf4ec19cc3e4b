import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { ConcernsService } from '../care/concerns.service';
import type { CrisisAlert } from '../crisis/crisis-alert.entity';
import { CrisisService } from '../crisis/crisis.service';
import { DomainError } from '../common/domain-error';
import { ReviewService } from '../moderation/review.service';
import type { TargetInfo } from '../moderation/targets';
import type { Tx } from '../database/transactions';
import { SettingsService } from '../settings/settings.service';
import { TO_USERS } from '../realtime/relay';
import type { ToUsersEvent } from '../realtime/relay';
import type { CrisisVerdict } from './crisis-types';
import { mergeVerdicts } from './crisis-verdict';
import { screen, ScreenVerdict } from './screen';
import type { PrivacyAction } from './screen';
import { ScreeningPool } from './screening-pool';
import { WatchedWordsService } from './watched-words.service';
import type { CrisisResourcesEvent, Signpost } from '../contract';

/** Content as it may be published: possibly censored, possibly held for approval. */
export interface ScreenedContent {
  text: string;
  status: 'visible' | 'pending';
  verdict: ScreenVerdict;
}

/**
 * The one content pipeline (STYLE.md): messages and posts alike are screened
 * before they are stored (watched words, personal details, crisis), and what the
 * screen found is recorded in the same transaction as the content (review items,
 * a crisis alert or a care-team concern), then announced once it commits. Crisis
 * never silences anyone.
 *
 * What each crisis level leads to (issue 16):
 *   urgent  → today's crisis alert (review item + alert paging the on-duty clinicians);
 *   concern → a wellbeing concern for the person's care team (ConcernsService: their
 *             cohort's clinicians and admins, alumni to the alumni care team), not a page;
 *   none    → nothing for staff.
 * The author is told the level's help (the write's answer and `crisis:resources`) at
 * any level, and also when the words are about someone else at risk (how to help a friend).
 *
 *   const screened = await safety.screen(body);                  // may throw `blocked`
 *   ... insert with screened.text and screened.status ...
 *   const after = await safety.record(manager, target, screened); // in the transaction
 *   ... commit ...
 *   await after.announce();                                      // live alerts, queue, resources
 */
@Injectable()
export class ContentSafetyService {
  private readonly logger = new Logger('ContentSafety');

  constructor(
    private readonly watchedWords: WatchedWordsService,
    private readonly review: ReviewService,
    private readonly crisis: CrisisService,
    private readonly pool: ScreeningPool,
    private readonly settings: SettingsService,
    private readonly concerns: ConcernsService,
    private readonly events: EventEmitter2,
  ) {}

  /**
   * `options.privacy: 'allow'` leaves personal details alone: the privacy filter
   * protects people from strangers in peer spaces, and a member may give their
   * care team a phone number (care lines).
   */
  async screen(text: string, options: { privacy?: PrivacyAction } = {}): Promise<ScreenedContent> {
    const { texts, status, verdict } = await this.screenFields({ text }, options);
    return { text: texts.text, status, verdict };
  }

  /** Whether the privacy filter held, masked or flagged anything in this content (see `screen`'s options). */
  privacyActed(screened: Pick<ScreenedContent, 'status' | 'verdict'>): boolean {
    return screened.status === 'pending' || screened.verdict.flags.some((f) => f.source === 'privacy');
  }

  /** Several fields of one piece of content (a thread's title and body) screened as one. */
  async screenFields<K extends string>(
    fields: Record<K, string>,
    options: { privacy?: PrivacyAction } = {},
  ): Promise<{ texts: Record<K, string>; status: ScreenedContent['status']; verdict: ScreenVerdict }> {
    const keys = Object.keys(fields) as K[];
    const [watchedWords, analyses] = await Promise.all([
      this.watchedWords.matcher(),
      Promise.all(keys.map((key) => this.pool.analyse(fields[key]))),
    ]);
    const verdicts = keys.map((key, i) =>
      screen(
        fields[key],
        { watchedWords, ...(options.privacy ? { privacyAction: options.privacy } : {}) },
        analyses[i],
      ),
    );
    const blocked = verdicts.find((v) => v.decision === 'block');
    if (blocked) {
      throw new DomainError('invalid', blocked.blockedReason ?? 'This cannot be posted here', 'blocked');
    }
    const held = verdicts.find((v) => v.decision === 'hold');
    const verdict: ScreenVerdict = {
      decision: held ? 'hold' : 'publish',
      text: verdicts.map((v) => v.text).join('\n'),
      crisis: mergeVerdicts(verdicts.map((v) => v.crisis)),
      flags: verdicts.flatMap((v) => v.flags),
      ...(held?.heldReason ? { heldReason: held.heldReason } : {}),
    };
    const texts = Object.fromEntries(keys.map((key, i) => [key, verdicts[i].text])) as Record<K, string>;
    return { texts, status: held ? 'pending' : 'visible', verdict };
  }

  /** Whether `record` would write anything: most content needs no transaction beyond its own insert. */
  needsRecord(screened: Pick<ScreenedContent, 'status' | 'verdict'>): boolean {
    return needsReview(screened) || callsForHelp(screened.verdict.crisis);
  }

  /** Records what the screen found, inside the content's transaction; returns what to do after commit. */
  async record(
    manager: Tx,
    target: TargetInfo & { type: 'message' | 'post' | 'thread'; threadId?: string },
    screened: Pick<ScreenedContent, 'status' | 'verdict'>,
  ): Promise<{ signpost?: Signpost; announce: () => Promise<void> }> {
    const { verdict } = screened;
    const items: { id: string; created: boolean }[] = [];
    if (needsReview(screened)) {
      const { item, created } = await this.review.fromSystem(
        target,
        'filter',
        {
          held: screened.status === 'pending',
          reasons: verdict.flags.map((f) => f.reason),
          ...(verdict.heldReason ? { heldReason: verdict.heldReason } : {}),
        },
        manager,
      );
      items.push({ id: item.id, created });
    }
    let alert: CrisisAlert | undefined;
    let concernId: string | undefined;
    const { crisis } = verdict;
    if (crisis.level === 'urgent') {
      const { categories } = crisis;
      const { item, created } = await this.review.fromSystem(
        target,
        'crisis',
        { categories, severity: 'urgent' },
        manager,
      );
      items.push({ id: item.id, created });
      alert = await this.crisis.raise({ target, categories, reviewItemId: item.id }, manager);
    } else if (crisis.level === 'concern' && target.authorId) {
      concernId = await this.concerns.raise(
        {
          personId: target.authorId,
          source: target.type,
          targetId: target.id,
          // Content outside any cohort (a program-wide board, the alumni lounge): the person's own care team.
          ...(target.cohortId ? { cohortId: target.cohortId } : {}),
          categories: crisis.categories,
          // Where the words are, for the care team's link (a message's room; a thread is its own place).
          ...(target.type === 'message' && target.spaceId ? { details: { roomId: target.spaceId } } : {}),
          ...(target.type === 'post' && target.threadId ? { details: { threadId: target.threadId } } : {}),
        },
        manager,
      );
    }
    const signpost = callsForHelp(crisis) ? await this.signpost(crisis, manager) : undefined;
    return {
      signpost,
      announce: async () => {
        try {
          for (const item of items) {
            await this.review.announce(item.id, item.created);
          }
          if (signpost && target.authorId) {
            this.tellAuthor(target.authorId, { ...signpost, targetType: target.type, targetId: target.id });
          }
          if (alert) {
            await this.crisis.announce(alert);
          }
          await this.concerns.announce(concernId);
        } catch (error) {
          // The records are committed; the escalation job still runs from the database.
          this.logger.error(`announcing a safety event failed: ${(error as Error).message}`);
        }
      },
    };
  }

  /** The help for a verdict: the level, whether it is about someone else, and the program's resources. */
  async signpost(crisis: CrisisVerdict, tx?: Tx): Promise<Signpost> {
    return {
      crisis: crisis.level === 'urgent',
      level: crisis.level,
      someoneElse: crisis.someoneElse.length > 0,
      resources: await this.settings.crisisResources(tx),
    };
  }

  /** The help at once to every device of the author, whichever wrote it (the answer carries it too). */
  private tellAuthor(authorId: string, payload: CrisisResourcesEvent): void {
    this.events.emit(TO_USERS, {
      userIds: [authorId],
      event: 'crisis:resources',
      payload,
    } satisfies ToUsersEvent);
  }
}

/** The words are about the writer's risk (urgent or concern) or someone else's: the author is offered help. */
export function callsForHelp(crisis: CrisisVerdict): boolean {
  return crisis.level !== 'none' || crisis.someoneElse.length > 0;
}

/** Held for approval or flagged: a filter item in the review queue. */
function needsReview(screened: Pick<ScreenedContent, 'status' | 'verdict'>): boolean {
  return screened.status === 'pending' || screened.verdict.flags.length > 0;
}
