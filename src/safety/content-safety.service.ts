import { Injectable, Logger } from '@nestjs/common';
import type { CrisisAlert } from '../crisis/crisis-alert.entity';
import { CrisisService } from '../crisis/crisis.service';
import { DomainError } from '../common/domain-error';
import { ReviewService } from '../moderation/review.service';
import type { TargetInfo } from '../moderation/targets';
import type { Tx } from '../database/transactions';
import { SettingsService } from '../settings/settings.service';
import { mergeVerdicts, needsStaff } from './crisis-verdict';
import { screen, ScreenVerdict } from './screen';
import type { PrivacyAction } from './screen';
import { ScreeningPool } from './screening-pool';
import { WatchedWordsService } from './watched-words.service';
import type { Signpost } from '../contract';

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
 * a crisis alert), then announced once it commits. Crisis never silences anyone.
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
    return needsReview(screened) || needsStaff(screened.verdict.crisis);
  }

  /** Records what the screen found, inside the content's transaction; returns what to do after commit. */
  async record(
    manager: Tx,
    target: TargetInfo & { type: 'message' | 'post' | 'thread' },
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
    const { crisis } = verdict;
    const alerting = needsStaff(crisis);
    if (alerting) {
      const categories = crisis.level === 'none' ? crisis.someoneElse : crisis.categories;
      const { item, created } = await this.review.fromSystem(
        target,
        'crisis',
        { categories, severity: crisis.level === 'none' ? 'concern' : crisis.level },
        manager,
      );
      items.push({ id: item.id, created });
      alert = await this.crisis.raise({ target, categories, reviewItemId: item.id }, manager);
    }
    return {
      signpost: alerting ? { crisis: true, resources: await this.settings.crisisResources(manager) } : undefined,
      announce: async () => {
        try {
          for (const item of items) {
            await this.review.announce(item.id, item.created);
          }
          if (alert) {
            await this.crisis.announce(alert);
          }
        } catch (error) {
          // The records are committed; the escalation job still runs from the database.
          this.logger.error(`announcing a safety event failed: ${(error as Error).message}`);
        }
      },
    };
  }
}

/** Held for approval or flagged: a filter item in the review queue. */
function needsReview(screened: Pick<ScreenedContent, 'status' | 'verdict'>): boolean {
  return screened.status === 'pending' || screened.verdict.flags.length > 0;
}
