import type { AuditEntryView } from '@hearth/contract';
import { useEffect, useState } from 'react';
import { formatMoment } from '../../../lib/dates';
import { describeError } from '../../../lib/errors';
import { useTitle } from '../../../lib/title';
import { fetchLog } from '../api';
import { logEntryWords } from '../words';
import { LogDetails } from './LogDetails';

interface Page {
  entries: AuditEntryView[];
  nextCursor: string | null;
}

/** The append-only audit log, newest first, older pages on request. */
export function LogPage() {
  useTitle('Audit log');
  const [page, setPage] = useState<Page | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [announce, setAnnounce] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    fetchLog(null, controller.signal)
      .then(setPage)
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') {
          setError(describeError(e));
        }
      });
    return () => controller.abort();
  }, []);

  async function loadOlder() {
    if (!page?.nextCursor) {
      return;
    }
    setBusy(true);
    setError('');
    try {
      const older = await fetchLog(page.nextCursor);
      setPage({ entries: [...page.entries, ...older.entries], nextCursor: older.nextCursor });
      setAnnounce(`Loaded ${older.entries.length} older entries.`);
    } catch (e) {
      setError(describeError(e));
    }
    setBusy(false);
  }

  return (
    <section className="card" aria-labelledby="log-title">
      <h1 id="log-title">Audit log</h1>
      <p className="item-meta">
        Every moderation action, crisis outcome, role change and sanction. It cannot be edited.
      </p>
      {!page && !error && <p aria-live="polite">Loading…</p>}
      {error && <p role="alert">{error}</p>}
      {page && page.entries.length === 0 && <p>Nothing recorded yet.</p>}
      {page && page.entries.length > 0 && (
        <ol className="log-list">
          {page.entries.map((entry) => (
            <li key={entry.id}>
              <p className="log-line">
                <strong>{logEntryWords(entry)}</strong>
                <span> · {entry.actor?.displayName ?? 'System'}</span>
              </p>
              <p className="item-meta">
                <time dateTime={entry.at}>{formatMoment(entry.at)}</time>
                {entry.targetType && ` · ${targetWords(entry)}`}
              </p>
              <LogDetails details={entry.details} />
            </li>
          ))}
        </ol>
      )}
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      {page?.nextCursor && (
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void loadOlder()}>
          {busy ? 'Loading…' : 'Load older'}
        </button>
      )}
    </section>
  );
}

const TARGETS: Record<string, string> = {
  user: 'Person',
  message: 'Chat message',
  post: 'Forum post',
  thread: 'Forum thread',
  crisis_alert: 'Crisis alert',
  appeal: 'Appeal',
  cohort: 'Cohort',
  watched_word: 'Watched word',
};

function targetWords(entry: AuditEntryView): string {
  const kind = TARGETS[entry.targetType ?? ''] ?? entry.targetType;
  if (entry.target) {
    return `${kind}: ${entry.target.displayName}`;
  }
  return entry.targetId ? `${kind} ${entry.targetId.slice(0, 8)}` : `${kind}`;
}
