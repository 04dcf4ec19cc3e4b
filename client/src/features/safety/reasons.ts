import type { FlagReason } from '@hearth/contract';

/** Why someone reports, in the words a member would use. Crisis comes first: it matters most. */
export const FLAG_REASONS: { reason: FlagReason; label: string; description: string }[] = [
  {
    reason: 'crisis',
    label: 'Someone may be in danger',
    description: 'They might hurt themselves or someone else. Staff are alerted straight away.',
  },
  {
    reason: 'harassment',
    label: 'Harassment or bullying',
    description: 'Picking on, threatening or putting someone down.',
  },
  { reason: 'hate', label: 'Hate', description: 'Attacking people for who they are.' },
  {
    reason: 'privacy',
    label: 'Personal details',
    description: 'Phone numbers, addresses, full names or anything that identifies someone.',
  },
  {
    reason: 'triggering',
    label: 'Graphic or upsetting detail',
    description: 'Graphic descriptions, or numbers such as weights or amounts, that could set someone back.',
  },
  {
    reason: 'misinformation',
    label: 'Harmful advice',
    description: 'Claims or advice that could put someone’s health at risk.',
  },
  { reason: 'spam', label: 'Spam', description: 'Adverts, scams or the same thing posted over and over.' },
  { reason: 'other', label: 'Something else', description: 'Tell staff what worries you in the note.' },
];
