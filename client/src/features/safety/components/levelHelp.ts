import type { CrisisLevel } from '@hearth/contract';

/**
 * What a member is told when their words read as a risk, by level. Written to be
 * calm and brief: no alarm, no lecture, nothing held back, and help one tap away
 * (the program's lines as call and text links right below the words).
 *
 * - urgent: their life may be at risk now. The on-duty clinician is paged, so we say
 *   plainly that someone from staff may check in.
 * - concern: a heavy moment. Their care team sees a concern (not a page).
 * - someone else: they are worried about another person; how to help a friend.
 */
export interface HelpWords {
  /** A heading for the after-posting panel. */
  title: string;
  /** While typing: one sentence above the lines. */
  draft: string;
  /** After posting: one or two sentences above the lines (after "Your post is up." or the like). */
  posted: string;
}

export const LEVEL_WORDS: Record<Exclude<CrisisLevel, 'none'>, HelpWords> = {
  urgent: {
    title: 'You don’t have to carry this alone',
    draft:
      'It sounds like things are really hard right now. You can still post this. If you want to talk to someone now, they are free and there day and night:',
    posted:
      'Someone from the care team may check in with you. If you want to talk to someone now, these are free and open all day, every day:',
  },
  concern: {
    title: 'Thank you for putting this into words',
    draft:
      'Sounds like a heavy time. You can still post this. If talking to someone would help, these lines are there any time:',
    posted:
      'Your care team may check in with you when they can. If talking to someone would help in the meantime, these lines are there any time:',
  },
};

export const FRIEND_WORDS: HelpWords = {
  title: 'Worried about someone?',
  draft:
    'It sounds like you’re worried about someone. These lines help friends and family too: you can call or text them about someone else.',
  posted:
    'Looking out for them matters. These lines help friends and family too: you can call or text them about someone else, and if they are in danger right now, call emergency services.',
};

/** Added under a level's words when the author also wrote about someone else at risk. */
export const FRIEND_TOO = 'If you’re worried about someone else too, these lines help friends and family as well.';

/**
 * Told once to every author whose words the safety check picks up: staff may read
 * them. Remembered per person in this browser's storage (see DetectorNotice).
 */
export const DETECTOR_NOTICE =
  'A note on privacy: when Hearth’s safety check picks up words like these, the program’s staff may read them, so that someone can check in with you.';

export function wordsFor(level: CrisisLevel, someoneElse: boolean): HelpWords | null {
  if (level !== 'none') {
    return LEVEL_WORDS[level];
  }
  return someoneElse ? FRIEND_WORDS : null;
}
