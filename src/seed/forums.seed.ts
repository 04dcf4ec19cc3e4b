import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { PostsRepository } from '../forums/posts.repository';
import { ThreadsRepository } from '../forums/threads.repository';
import { DemoWeekRepository } from './demo-week.repository';
import { Ago, ago, DemoArea, DemoWeek, personId, written } from './demo-week';

type Reaction = 'heart' | 'hug' | 'strength' | 'thanks';

interface DemoReply {
  /** For later areas (a flag, an alert, a concern) and for replies to this reply. */
  key?: string;
  by: string;
  body: string;
  contentWarning?: string;
  at: Ago;
  /** The key of the reply this answers; none answers the opening post. */
  parent?: string;
  reactions?: [by: string, kind: Reaction][];
}

interface DemoThread {
  key: string;
  /** A DEMO_COHORTS index for a cohort's board, or a shared board. */
  board: number | 'alumni' | 'community' | 'staff';
  by: string;
  title: string;
  body: string;
  contentWarning?: string;
  at: Ago;
  /** Pinned by this person (staff), an hour after it was written. */
  pinnedBy?: string;
  replies: DemoReply[];
}

const RIVERA = 'clinician@demo.hearth.test';
const OKAFOR = 'clinician2@demo.hearth.test';
const SAM = 'moderator@demo.hearth.test';
const RIVER = 'river@demo.hearth.test';
const SUNNY = 'sunny@demo.hearth.test';
const HERON = 'heron@demo.hearth.test';
const OAK = 'oak@demo.hearth.test';
const WILLOW = 'willow@demo.hearth.test';
const CEDAR = 'cedar@demo.hearth.test';
const HARBOR = 'harbor@demo.hearth.test';

/**
 * A week on the boards: ordinary support, one reply that stung (flagged), a post
 * that needed a content warning, one that worried the care team, and one that
 * raised a crisis alert. Kind, plain and never graphic.
 */
export const DEMO_THREADS: DemoThread[] = [
  {
    key: 'tuesday-start-here',
    board: 0,
    by: RIVERA,
    title: 'Start here: how we use this board',
    body:
      'This board is for our group between Tuesday sessions. Share what is working, ask questions, cheer each other on. ' +
      'Please keep what others share inside the group, and add a content warning when you write about using or cravings. ' +
      'If you need someone right now, the Help button has the crisis line and the care team.',
    at: [6, 22],
    pinnedBy: RIVERA,
    replies: [{ by: RIVER, body: 'Thanks, Dr Rivera. Glad this exists.', at: [6, 19], reactions: [[SUNNY, 'heart']] }],
  },
  {
    key: 'tuesday-sunday-evenings',
    board: 0,
    by: RIVER,
    title: 'What do you do on Sunday evenings?',
    body: 'Sunday nights are when the week ahead starts to feel heavy and the old routines call the loudest. What has helped you get through them?',
    at: [5, 6],
    replies: [
      {
        key: 'sunny-cooking',
        by: SUNNY,
        body: 'I cook something that takes a long time. Chopping onions is weirdly calming.',
        at: [5, 5, 20],
        reactions: [
          [RIVER, 'thanks'],
          [HERON, 'heart'],
        ],
      },
      {
        by: HERON,
        body: 'Phone goes in a drawer at eight and I watch something silly with my sister.',
        at: [5, 4],
        reactions: [[RIVER, 'strength']],
      },
      {
        key: 'river-recipe',
        by: RIVER,
        parent: 'sunny-cooking',
        body: 'Stealing this. Any recipe to recommend?',
        at: [5, 3, 30],
      },
      {
        by: SUNNY,
        parent: 'river-recipe',
        body: 'Lentil soup. Cheap, forgiving, and it makes the whole place smell like someone cares.',
        at: [5, 2],
        reactions: [
          [RIVER, 'heart'],
          [RIVERA, 'heart'],
        ],
      },
      {
        key: 'sunny-disappear',
        by: SUNNY,
        body: 'Some Sundays I just want to disappear for a while. Usually I go to bed early and it is better by morning.',
        at: [4, 20],
        reactions: [[RIVER, 'hug']],
      },
    ],
  },
  {
    key: 'tuesday-close-call',
    board: 0,
    by: HERON,
    title: 'A close call on Wednesday',
    body:
      'Drove past the place where I used to buy on my way home. Pulled over, called my sponsor and sat there ' +
      'for twenty minutes until the urge passed. Then I drove home.',
    at: [4, 9],
    replies: [
      {
        by: RIVER,
        body: 'Calling instead of going in is huge. Proud of you.',
        at: [4, 6],
        reactions: [[HERON, 'thanks']],
      },
      {
        by: RIVERA,
        body: 'That is exactly the skill we practised. Bring it to group on Tuesday if you want to; it will help others too.',
        at: [4, 3],
        reactions: [
          [HERON, 'thanks'],
          [SUNNY, 'strength'],
        ],
      },
    ],
  },
  {
    key: 'tuesday-tired',
    board: 0,
    by: HERON,
    title: 'Not much to report',
    body:
      "Skipped Thursday and I'm not sleeping much. Lately I catch myself thinking it wouldn't matter if I just " +
      "didn't wake up. I'm safe and I'm not going to do anything, I'm just really tired.",
    at: [0, 9],
    replies: [
      {
        by: SUNNY,
        body: 'Thank you for saying it out loud. Tired weeks happen and you still showed up here. Walk before group on Tuesday?',
        at: [0, 7],
        reactions: [[HERON, 'hug']],
      },
    ],
  },
  {
    key: 'morning-small-thing',
    board: 1,
    by: OKAFOR,
    title: "Monday's homework: one small thing",
    body: 'Post one small thing you did for yourself this week. Small counts. Showering counts.',
    at: [6, 3],
    pinnedBy: OKAFOR,
    replies: [
      {
        by: WILLOW,
        body: 'Went to bed before midnight three nights in a row.',
        at: [6, 1],
        reactions: [
          [OKAFOR, 'strength'],
          [OAK, 'heart'],
        ],
      },
      {
        by: OAK,
        body: "Made the dentist appointment I'd been avoiding for two years.",
        at: [5, 22],
        reactions: [[WILLOW, 'strength']],
      },
      { by: OKAFOR, body: 'Both of these count. Nice work.', at: [5, 20] },
    ],
  },
  {
    key: 'morning-weekends',
    board: 1,
    by: WILLOW,
    title: 'Weekends are hard',
    body: 'Weekdays have structure with the program. On weekends I drift and my head gets loud.',
    at: [2, 10],
    replies: [
      {
        key: 'oak-sharp',
        by: OAK,
        body: "Honestly, if a weekend is that hard maybe you're not really trying.",
        at: [1, 22],
      },
      {
        by: OKAFOR,
        body: "Drifting weekends are really common in the first months. Let's sketch a loose Saturday plan together on Monday.",
        at: [1, 21],
        reactions: [[WILLOW, 'thanks']],
      },
      {
        key: 'willow-crisis',
        by: WILLOW,
        body: "I don't think I can keep going. I keep thinking about ending my life tonight.",
        at: [1, 8],
      },
      {
        by: OKAFOR,
        parent: 'willow-crisis',
        body:
          "Willow, thank you for telling us. I'm calling you now. If you can't reach me, call or text 988 any time, " +
          'day or night. You are not a burden here.',
        at: [1, 7, 45],
        reactions: [[WILLOW, 'heart']],
      },
      {
        by: WILLOW,
        parent: 'willow-crisis',
        body: 'Talked with Dr Okafor last night and again this morning. Still here. Thank you for not making it weird.',
        at: [0, 14],
        reactions: [
          [OKAFOR, 'heart'],
          [OAK, 'hug'],
        ],
      },
    ],
  },
  {
    key: 'alumni-six-months',
    board: 'alumni',
    by: CEDAR,
    title: 'Six months',
    body: "Six months out of the program. What I wish I'd known in week one: a bad day doesn't mean it isn't working.",
    at: [6, 5],
    replies: [
      {
        by: HARBOR,
        body: 'Saving this for the next cohort. Congratulations, Cedar.',
        at: [6, 2],
        reactions: [[CEDAR, 'thanks']],
      },
    ],
  },
  {
    key: 'community-thursday-call',
    board: 'community',
    by: HARBOR,
    title: 'Thursday alumni call: what should we talk about?',
    body: 'Ideas so far: holidays with family, going back to work, and what to say when people ask why you stopped drinking.',
    at: [3, 7],
    replies: [
      { by: CEDAR, body: 'Holidays, please. Mine start in three weeks.', at: [3, 5], reactions: [[HARBOR, 'heart']] },
      {
        key: 'cedar-detox-tea',
        by: CEDAR,
        body: 'Also, has anyone tried the seven-day detox tea kits? A friend swears they cut cravings in half. Link in my profile.',
        at: [2, 4],
      },
    ],
  },
  {
    key: 'staff-weekly-notes',
    board: 'staff',
    by: SAM,
    title: 'Moderation notes for the week',
    body:
      "Quiet week. A content warning added on the Tuesday group's board (cravings), and a detox-tea recommendation " +
      'hidden in Community; Cedar has appealed, so could someone other than me decide that one? Open in the queue: a ' +
      'sharp reply on the Morning Group board. Wellbeing worries go to the care team, not the queue.',
    at: [0, 5],
    replies: [
      {
        by: RIVERA,
        body: "Thanks, Sam. I'm following up with blue_heron about Thursday.",
        at: [0, 4],
        reactions: [[SAM, 'thanks']],
      },
    ],
  },
];

/** The boards' part of the demo week: threads, replies (some nested), reactions and pins, dated over the last seven days. */
@Injectable()
export class ForumsDemo implements DemoArea {
  constructor(
    private readonly threads: ThreadsRepository,
    private readonly posts: PostsRepository,
    private readonly dates: DemoWeekRepository,
  ) {}

  async seedWeek(week: DemoWeek, tx: Tx): Promise<void> {
    for (const thread of DEMO_THREADS) {
      const boardId =
        typeof thread.board === 'number' ? week.cohortBoards[thread.board] : week.boards.get(thread.board);
      if (!boardId) {
        continue;
      }
      const cohort = typeof thread.board === 'number' ? thread.board : null;
      const created = ago(week, thread.at);
      const threadId = await this.threads.insert(
        {
          boardId,
          authorId: personId(week, thread.by),
          title: thread.title,
          body: thread.body,
          contentWarning: thread.contentWarning ?? null,
          status: 'visible',
        },
        tx,
      );
      week.written.set(thread.key, { type: 'thread', id: threadId, threadId, cohort, at: created });
      let lastActivity = created;
      for (const reply of thread.replies) {
        const at = ago(week, reply.at);
        const post = await this.posts.insert(
          {
            threadId,
            parentId: reply.parent ? written(week, reply.parent).id : null,
            authorId: personId(week, reply.by),
            body: reply.body,
            contentWarning: reply.contentWarning ?? null,
            status: 'visible',
          },
          tx,
        );
        await this.dates.date('posts', post.id, { created_at: at }, tx);
        if (reply.key) {
          week.written.set(reply.key, { type: 'post', id: post.id, threadId, cohort, at });
        }
        for (const [by, kind] of reply.reactions ?? []) {
          await this.dates.react(post.id, personId(week, by), kind, new Date(at.getTime() + 25 * 60_000), tx);
        }
        lastActivity = at > lastActivity ? at : lastActivity;
      }
      const pinnedAt = thread.pinnedBy ? new Date(created.getTime() + 3_600_000) : undefined;
      await this.dates.date(
        'threads',
        threadId,
        { created_at: created, last_activity_at: lastActivity, ...(pinnedAt ? { pinned_at: pinnedAt } : {}) },
        tx,
      );
      if (thread.pinnedBy && pinnedAt) {
        week.audit.push({
          at: pinnedAt,
          actorId: personId(week, thread.pinnedBy),
          action: 'forum.thread_flags',
          targetType: 'thread',
          targetId: threadId,
          cohortId: cohort === null ? null : week.cohortIds[cohort],
          details: { pinned: true },
        });
      }
    }
  }
}
