import type { AppealState } from '@hearth/contract';
import { useState } from 'react';
import { formatMoment } from '../../../lib/dates';
import { AppealForm } from './AppealForm';

interface HistoryEntryProps {
  title: string;
  /** "Until …", "Ended …", "Lifted …" */
  when: string;
  reason: string | null;
  active?: boolean;
  appeal: AppealState;
  about: { reviewItemId: string } | { sanctionId: string };
  onChange: (notice: string) => void;
}

const APPEAL_WORDS = {
  open: 'You appealed. Staff will look at it.',
  upheld: 'You appealed and the decision stands.',
  overturned: 'You appealed and the decision was reversed.',
};

/** One decision or restriction, why, until when, and its appeal (once). */
export function HistoryEntry({ title, when, reason, active, appeal, about, onChange }: HistoryEntryProps) {
  const [appealing, setAppealing] = useState(false);
  return (
    <li className="history-entry">
      <p className="item-title">
        {title}
        {active && <span className="badge">In effect</span>}
      </p>
      <p className="item-meta">{when}</p>
      <p>
        <strong>Reason:</strong> {reason ?? 'None recorded'}
      </p>
      {appeal ? (
        <p className="appeal-state">
          {APPEAL_WORDS[appeal.status]}
          {appeal.decisionReason && ` Staff said: ${appeal.decisionReason}`}
        </p>
      ) : appealing ? (
        <AppealForm
          about={about}
          onSent={(notice) => {
            setAppealing(false);
            onChange(notice);
          }}
          onCancel={() => setAppealing(false)}
        />
      ) : (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setAppealing(true)}
          aria-label={`Appeal: ${title}`}
        >
          Appeal
        </button>
      )}
    </li>
  );
}

export function untilWords(s: { startsAt: string; endsAt: string | null; liftedAt: string | null; active: boolean }) {
  if (s.liftedAt) {
    return `From ${formatMoment(s.startsAt)} · lifted ${formatMoment(s.liftedAt)}`;
  }
  if (!s.endsAt) {
    return `Since ${formatMoment(s.startsAt)}`;
  }
  return `From ${formatMoment(s.startsAt)} ${s.active ? 'until' : '· ended'} ${formatMoment(s.endsAt)}`;
}
