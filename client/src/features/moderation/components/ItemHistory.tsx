import type { FlagReason, Resolution, ReviewHistoryEntry } from '@hearth/contract';
import { useId, useState } from 'react';
import { formatMoment } from '../../../lib/dates';
import { useLoad } from '../../../lib/useLoad';
import { fetchHistory } from '../api';
import { duration, REASON_WORDS, RESOLUTION_WORDS } from '../words';

const EVENT_WORDS: Record<string, string> = {
  flagged: 'Reported',
  claimed: 'Claimed',
  resolved: 'Resolved',
  escalated: 'Escalated',
  auto_hidden: 'Hidden automatically (enough reports)',
  hidden_pending_review: 'Hidden pending review',
  crisis_detected: 'Crisis detector raised it',
  filtered: 'Automatic filter raised it',
};

/** What happened to an item so far, loaded when opened. */
export function ItemHistory({ itemId }: { itemId: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="item-history">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Hide history' : 'Show history'}
      </button>
      <div id={id}>{open && <HistoryList itemId={itemId} />}</div>
    </div>
  );
}

function HistoryList({ itemId }: { itemId: string }) {
  const [history] = useLoad((signal) => fetchHistory(itemId, signal), itemId);
  if (history.kind === 'loading') {
    return <p aria-live="polite">Loading history…</p>;
  }
  if (history.kind === 'failed') {
    return <p role="alert">{history.message}</p>;
  }
  return (
    <ol className="history-list">
      {history.data.map((event, index) => (
        <li key={index}>
          <strong>{EVENT_WORDS[event.action] ?? event.action}</strong>
          {event.actor ? ` by ${event.actor.displayName}` : ''} ·{' '}
          <time dateTime={event.at}>{formatMoment(event.at)}</time>
          {detailsText(event) && <p className="item-meta">{detailsText(event)}</p>}
        </li>
      ))}
    </ol>
  );
}

function detailsText({ details }: ReviewHistoryEntry): string {
  const parts: string[] = [];
  if (typeof details.action === 'string') {
    parts.push(RESOLUTION_WORDS[details.action as Resolution] ?? details.action);
  } else if (typeof details.reason === 'string' && details.reason in REASON_WORDS) {
    parts.push(REASON_WORDS[details.reason as FlagReason]);
  }
  if (typeof details.durationMinutes === 'number') {
    parts.push(`for ${duration(details.durationMinutes)}`);
  }
  if (typeof details.reason === 'string' && !(details.reason in REASON_WORDS)) {
    parts.push(`“${details.reason}”`);
  }
  return parts.join(' · ');
}
