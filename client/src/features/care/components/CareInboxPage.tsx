import type { WaitingCareLine } from '@hearth/contract';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatElapsed, formatMoment } from '../../../lib/dates';
import { useConnection, useLive } from '../../../lib/socket';
import { useTitle } from '../../../lib/title';
import { useLoad } from '../../../lib/useLoad';
import { useNow } from '../../../lib/useNow';
import { waitingCareLines } from '../api';

/** Staff: the care lines waiting for an answer, oldest first, kept live. */
export function CareInboxPage() {
  useTitle('Care lines');
  const now = useNow(30_000);
  const [loaded, reload] = useLoad((signal) => waitingCareLines(signal), 'waiting');
  const [lines, setLines] = useState<WaitingCareLine[] | null>(null);
  useEffect(() => {
    if (loaded.kind === 'ready') {
      setLines(loaded.data);
    }
  }, [loaded]);
  useLive('care:waiting', (line) =>
    setLines((current) =>
      [...(current ?? []).filter((l) => l.roomId !== line.roomId), line].sort((a, b) =>
        a.waitingSince.localeCompare(b.waitingSince),
      ),
    ),
  );
  useLive('care:answered', ({ roomId }) =>
    setLines((current) => current && current.filter((l) => l.roomId !== roomId)),
  );
  // Back online: what changed while away is fetched again.
  const connection = useConnection();
  useEffect(() => {
    if (connection === 'connected') {
      reload();
    }
  }, [connection, reload]);

  return (
    <section className="card" aria-labelledby="care-inbox-title">
      <h1 id="care-inbox-title">Care lines waiting</h1>
      <p>Members waiting for an answer from their care team, oldest first.</p>
      {loaded.kind === 'failed' && <p role="alert">{loaded.message}</p>}
      {lines === null ? (
        <p aria-live="polite">Loading…</p>
      ) : lines.length === 0 ? (
        <p>No one is waiting. Thank you.</p>
      ) : (
        <ul className="item-list" aria-label="Waiting lines">
          {lines.map((line) => (
            <li key={line.roomId}>
              <Link to={`/care/${line.roomId}`} className="item-title">
                {line.member.displayName}
              </Link>{' '}
              {line.escalated && <span className="badge badge-warn">Escalated</span>}
              <span className="item-meta block">
                Waiting {formatElapsed(line.waitingSince, now)}
                {!line.escalated && ` · escalates at ${formatMoment(line.dueAt)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
