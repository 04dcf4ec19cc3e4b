import type { WatchedWordView } from '@hearth/contract';
import { useState } from 'react';
import { ConfirmDialog } from '../../../lib/ConfirmDialog';
import { formatDay } from '../../../lib/dates';
import { describeError } from '../../../lib/errors';
import { useTitle } from '../../../lib/title';
import { useLoad } from '../../../lib/useLoad';
import { deleteWatchedWord, fetchWatchedWords } from '../api';
import { WATCHED_ACTION_WORDS } from '../words';
import { WatchedWordForm } from './WatchedWordForm';

/** Admins choose words the automatic filter acts on, and what it does with each. */
export function WatchedWordsPage() {
  useTitle('Watched words');
  const [words, reload] = useLoad(fetchWatchedWords, 'watched-words');
  const [deleting, setDeleting] = useState<WatchedWordView | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function confirmDelete(word: WatchedWordView) {
    setBusy(true);
    try {
      await deleteWatchedWord(word.id);
      setOutcome({ ok: true, text: `“${word.term}” is no longer watched.` });
      reload();
    } catch (error) {
      setOutcome({ ok: false, text: describeError(error) });
    }
    setBusy(false);
    setDeleting(null);
  }

  return (
    <>
      <section className="card" aria-labelledby="words-title">
        <h1 id="words-title">Watched words</h1>
        <p className="item-meta">
          Messages and posts are checked against these before they are published. Personal details (phone numbers,
          emails, handles) are held for approval without being listed here.
        </p>
        <div role="status">{outcome?.ok && <p className="notice">{outcome.text}</p>}</div>
        {outcome && !outcome.ok && (
          <p role="alert" className="form-alert">
            {outcome.text}
          </p>
        )}
        {words.kind === 'loading' && <p aria-live="polite">Loading…</p>}
        {words.kind === 'failed' && <p role="alert">{words.message}</p>}
        {words.kind === 'ready' && words.data.length === 0 && <p>No watched words yet.</p>}
        {words.kind === 'ready' && words.data.length > 0 && (
          <ul className="item-list">
            {words.data.map((word) => (
              <li key={word.id} className="member">
                <div>
                  <span className={word.isRegex ? 'item-title mono' : 'item-title'}>{word.term}</span>
                  {word.isRegex && <span className="badge">Pattern</span>}
                  <p className="item-meta">
                    {WATCHED_ACTION_WORDS[word.action].label}: {WATCHED_ACTION_WORDS[word.action].description} · added{' '}
                    {formatDay(word.createdAt)}
                  </p>
                </div>
                <button
                  type="button"
                  className="button button-secondary"
                  aria-label={`Delete ${word.term}`}
                  onClick={() => setDeleting(word)}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <WatchedWordForm
        onAdded={(word) => {
          setOutcome({ ok: true, text: `Added “${word.term}”.` });
          reload();
        }}
      />
      {deleting && (
        <ConfirmDialog
          title={`Stop watching “${deleting.term}”?`}
          confirmLabel="Delete"
          busy={busy}
          onConfirm={() => void confirmDelete(deleting)}
          onCancel={() => setDeleting(null)}
        >
          <p>New messages and posts containing it will no longer be blocked, held, flagged or censored.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
