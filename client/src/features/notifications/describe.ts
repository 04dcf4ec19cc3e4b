import type { NotificationKind, NotificationView } from '@hearth/contract';
import { formatMoment } from '../../lib/dates';

export interface NotificationText {
  /** The headline, in the notification's own words. */
  title: string;
  /** What the server said (a decision and its reason), when there is more to say. */
  detail: string | null;
  /** Where to read more, and what the link says. */
  link: { to: string; label: string } | null;
}

const LINK_LABELS: Record<NotificationKind, string> = {
  mention: 'Open the thread',
  moderation: 'See your moderation history and appeal',
  report_handled: 'Go to where you reported it',
  appeal_decided: 'See your moderation history',
  stepped_down: 'Go to alumni home',
  rejoined: 'Go to your new group',
  care: 'Open your care line',
};

/**
 * Each kind of notification in its own words, with a link to what it is about.
 * The server's words (`text`) are shown as they came; times are the reader's own.
 */
export function describeNotification(n: NotificationView): NotificationText {
  const until = n.until ? ` Until ${formatMoment(n.until)}.` : '';
  switch (n.kind) {
    case 'mention':
      return {
        title: `${n.actor?.displayName ?? 'Someone'} mentioned you${n.threadTitle ? ` in “${n.threadTitle}”` : ''}`,
        detail: n.excerpt,
        link: n.threadId ? { to: `/threads/${n.threadId}`, label: LINK_LABELS.mention } : null,
      };
    case 'moderation':
      return {
        title: 'A decision about you or your content',
        detail: `${n.text ?? ''}${until}`.trim() || null,
        link: { to: n.link ?? '/moderation/mine', label: LINK_LABELS.moderation },
      };
    case 'report_handled':
      return {
        title: 'Your report was reviewed',
        detail: n.text,
        link: n.link ? { to: n.link, label: LINK_LABELS.report_handled } : null,
      };
    case 'appeal_decided':
      return {
        title: 'Your appeal was decided',
        detail: n.text,
        link: { to: n.link ?? '/moderation/mine', label: LINK_LABELS.appeal_decided },
      };
    case 'stepped_down':
      return {
        title: 'You have stepped down to alumni',
        detail: n.text,
        link: { to: n.link ?? '/', label: LINK_LABELS.stepped_down },
      };
    case 'rejoined':
      return {
        title: 'Welcome back to a group',
        detail: n.text,
        link: { to: n.link ?? '/', label: LINK_LABELS.rejoined },
      };
    case 'care':
      // The words stay in the line: the notice says only that there is an answer.
      return {
        title: 'Your care team replied',
        detail: null,
        link: { to: n.link ?? '/care', label: LINK_LABELS.care },
      };
  }
}
