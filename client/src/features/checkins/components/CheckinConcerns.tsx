import { checkinRuleWords } from '@hearth/contract';
import type { ConcernView } from '@hearth/contract';
import { formatMoment } from '../../../lib/dates';
import { useLive } from '../../../lib/socket';
import { useLoad } from '../../../lib/useLoad';
import { openConcerns } from '../api';

/**
 * The care team's open check-in concerns about this cohort's members, live:
 * clinicians and admins only (they may hold Part 2 data). Taking and resolving
 * them is the concerns queue's work.
 */
export function CheckinConcerns({ cohortId }: { cohortId: string }) {
  const [loaded, reload] = useLoad(openConcerns, `concerns:${cohortId}`);
  useLive('concern:new', (concern) => concern.source === 'checkin' && reload());
  useLive('concern:updated', (concern) => concern.source === 'checkin' && reload());
  if (loaded.kind !== 'ready') {
    return loaded.kind === 'failed' ? <p role="alert">{loaded.message}</p> : null;
  }
  const mine = loaded.data.filter((c: ConcernView) => c.source === 'checkin' && c.cohort?.id === cohortId);
  return (
    <section aria-labelledby="checkin-concerns-title" className="checkin-concerns">
      <h3 id="checkin-concerns-title">Open check-in concerns</h3>
      {mine.length === 0 ? (
        <p>None open.</p>
      ) : (
        <ul className="item-list">
          {mine.map((c) => (
            <li key={c.id}>
              <span className="item-title">
                {c.person.displayName}: {checkinRuleWords(c.rule)}
              </span>
              <span className="item-meta">
                {formatMoment(c.createdAt)}
                {c.takenBy ? ` · taken by ${c.takenBy.displayName}` : ' · nobody has taken it yet'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
