import { Injectable } from '@nestjs/common';
import type { WatchedAction } from '../contract';
import type { Tx } from '../database/transactions';
import { WatchedWordsRepository } from '../safety/watched-words.repository';
import { DemoWeekRepository } from './demo-week.repository';
import { Ago, ago, DemoArea, DemoWeek, personId } from './demo-week';

/**
 * The watched words an admin set up in the program's first days: the automatic
 * filters have something to show, and a demo message that uses one is treated as
 * it would be (held for approval, reported, blocked).
 */
export const DEMO_WATCHED_WORDS: { term: string; isRegex: boolean; action: WatchedAction; at: Ago }[] = [
  { term: 'pills for sale', isRegex: false, action: 'block', at: [6, 23, 20] },
  { term: 'venmo me', isRegex: false, action: 'require_approval', at: [6, 23, 19] },
  { term: 'detox kit', isRegex: false, action: 'flag', at: [6, 23, 18] },
  { term: '\\bplugs?\\b', isRegex: true, action: 'require_approval', at: [6, 23, 17] },
];

@Injectable()
export class SafetyDemo implements DemoArea {
  constructor(
    private readonly words: WatchedWordsRepository,
    private readonly dates: DemoWeekRepository,
  ) {}

  async seedWeek(week: DemoWeek, tx: Tx): Promise<void> {
    const admin = personId(week, 'admin@demo.hearth.test');
    for (const word of DEMO_WATCHED_WORDS) {
      const at = ago(week, word.at);
      const saved = await this.words.insert(
        { term: word.term, isRegex: word.isRegex, action: word.action, createdBy: admin },
        tx,
      );
      await this.dates.date('watched_words', saved.id, { created_at: at }, tx);
      week.audit.push({
        at,
        actorId: admin,
        action: 'watched_word.added',
        targetType: 'watched_word',
        targetId: saved.id,
        details: { action: saved.action, isRegex: saved.isRegex },
      });
    }
  }
}
