import type { BlockedView } from '@hearth/contract';
import { useState } from 'react';
import { formatDay } from '../../../lib/dates';
import { describeError } from '../../../lib/errors';
import { useTitle } from '../../../lib/title';
import { useLoad } from '../../../lib/useLoad';
import { listBlocks, unblock } from '../api';

/** People I blocked, and a way to undo it. */
export function BlocksPage() {
  useTitle('Blocked people');
  const [blocks, reload] = useLoad(listBlocks, 'blocks');
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function undo(person: BlockedView) {
    setBusy(person.userId);
    try {
      await unblock(person.userId);
      setOutcome({
        ok: true,
        text: `You unblocked ${person.displayName}. You’ll see each other’s messages and posts again.`,
      });
      reload();
    } catch (error) {
      setOutcome({ ok: false, text: describeError(error) });
    }
    setBusy(null);
  }

  return (
    <section className="card" aria-labelledby="blocks-title">
      <h1 id="blocks-title">Blocked people</h1>
      <p className="item-meta">
        You and the people you block don’t see each other’s messages or posts. They aren’t told. Staff can always see
        everything and can’t be blocked.
      </p>
      <div role="status">{outcome?.ok && <p className="notice">{outcome.text}</p>}</div>
      {outcome && !outcome.ok && (
        <p role="alert" className="form-alert">
          {outcome.text}
        </p>
      )}
      {blocks.kind === 'loading' && <p aria-live="polite">Loading…</p>}
      {blocks.kind === 'failed' && <p role="alert">{blocks.message}</p>}
      {blocks.kind === 'ready' && blocks.data.length === 0 && <p>You haven’t blocked anyone.</p>}
      {blocks.kind === 'ready' && blocks.data.length > 0 && (
        <ul className="item-list">
          {blocks.data.map((person) => (
            <li key={person.userId} className="member">
              <div>
                <span className="item-title">{person.displayName}</span>
                <p className="item-meta">Blocked {formatDay(person.since)}</p>
              </div>
              <button
                type="button"
                className="button button-secondary"
                aria-label={`Unblock ${person.displayName}`}
                disabled={busy === person.userId}
                onClick={() => void undo(person)}
              >
                Unblock
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
