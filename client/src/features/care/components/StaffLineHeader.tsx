import type { CareLineView } from '@hearth/contract';
import { Link } from 'react-router-dom';
import { formatElapsed, formatMoment } from '../../../lib/dates';
import { ROLE_WORDS } from '../words';

/** For staff above a member's line: whose it is, the waiting clock, and what it was opened from. */
export function StaffLineHeader({ line, now }: { line: CareLineView; now: number }) {
  return (
    <section className="care-status" aria-label="Care line">
      <p>
        Care line of <strong>{line.member.displayName}</strong>. Your reads are recorded in the audit log.
      </p>
      {line.waitingSince ? (
        <p className="care-duty is-off" role="status">
          Waiting for an answer for {formatElapsed(line.waitingSince, now)}
          {line.escalated ? ' · escalated' : line.dueAt ? ` · escalates at ${formatMoment(line.dueAt)}` : ''}
        </p>
      ) : (
        <p className="care-duty is-on" role="status">
          Not waiting for an answer.
        </p>
      )}
      {line.contexts.length > 0 && (
        <ul className="care-contexts" aria-label="Opened from">
          {line.contexts.map((c) => (
            <li key={c.id}>
              {c.kind === 'alert' ? 'Crisis alert' : c.kind === 'review_item' ? 'Review item' : 'Opened'}
              {c.aboutAt && ` about their message of ${formatMoment(c.aboutAt)}`}
              {c.openedBy && ` · by ${c.openedBy.displayName} (${ROLE_WORDS[c.openedBy.role]})`}
              {c.alertId && (
                <>
                  {' '}
                  · <Link to="/staff/alerts">Alerts</Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
