import type { SessionView } from '@hearth/contract';
import { useState } from 'react';
import { formatMoment } from '../../../lib/dates';
import { describeError } from '../../../lib/errors';
import { useLoad } from '../../../lib/useLoad';
import { endOtherSessions, endSession, listSessions } from '../api';

/** Where I am signed in, and a way to sign out of any of them (their open connections close at once). */
export function SessionsSection() {
  const [sessions, reload] = useLoad(listSessions, 'sessions');
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function act(key: string, run: () => Promise<void>, done: string) {
    setBusy(key);
    setOutcome(null);
    try {
      await run();
      setOutcome({ ok: true, text: done });
      reload();
    } catch (error) {
      setOutcome({ ok: false, text: describeError(error) });
    }
    setBusy(null);
  }

  const list = sessions.kind === 'ready' ? [...sessions.data].sort(currentFirst) : [];
  const others = list.filter((s) => !s.current).length;
  return (
    <section className="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Where you’re signed in</h2>
      <p className="item-meta">
        Don’t recognise one? Sign it out and change your password. Sessions unused for a while end on their own.
      </p>
      <div role="status">{outcome?.ok && <p className="notice">{outcome.text}</p>}</div>
      {outcome && !outcome.ok && (
        <p role="alert" className="form-alert">
          {outcome.text}
        </p>
      )}
      {sessions.kind === 'loading' && <p aria-live="polite">Loading…</p>}
      {sessions.kind === 'failed' && <p role="alert">{sessions.message}</p>}
      {list.length > 0 && (
        <ul className="item-list" aria-label="Sessions">
          {list.map((session) => (
            <li key={session.id} className="member">
              <div>
                <span className="item-title">{session.device}</span>
                {session.current && <span className="badge">This device</span>}
                <p className="item-meta">
                  Signed in {formatMoment(session.startedAt)} · last used {formatMoment(session.lastUsedAt)}
                </p>
              </div>
              {!session.current && (
                <button
                  type="button"
                  className="button button-secondary"
                  aria-label={`Sign out ${session.device}, signed in ${formatMoment(session.startedAt)}`}
                  disabled={busy !== null}
                  onClick={() => void act(session.id, () => endSession(session.id), `Signed out ${session.device}.`)}
                >
                  Sign out
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {others > 0 && (
        <div className="actions section-actions">
          <button
            type="button"
            className="button button-secondary"
            disabled={busy !== null}
            onClick={() => void act('others', endOtherSessions, 'Signed out everywhere else.')}
          >
            Sign out everywhere else
          </button>
        </div>
      )}
      {sessions.kind === 'ready' && others === 0 && <p>You’re signed in only here.</p>}
    </section>
  );
}

function currentFirst(a: SessionView, b: SessionView): number {
  if (a.current !== b.current) {
    return a.current ? -1 : 1;
  }
  return b.lastUsedAt.localeCompare(a.lastUsedAt);
}
