import type { SearchAnswer } from '@hearth/contract';
import { FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formatMoment } from '../../../lib/dates';
import { useLoad } from '../../../lib/useLoad';
import { useTitle } from '../../../lib/title';
import { search } from '../api';

/** Search the boards this person can read. */
export function SearchPage() {
  useTitle('Search');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const [answer] = useLoad((signal) => search(q, signal), q.trim() ? q : null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (draft.trim()) {
      setParams({ q: draft.trim() });
    }
  }

  return (
    <section className="card" aria-labelledby="search-title">
      <h1 id="search-title">Search</h1>
      <form role="search" onSubmit={submit} className="search-form">
        <label htmlFor="search-q" className="visually-hidden">
          Search the boards
        </label>
        <input id="search-q" type="search" value={draft} maxLength={200} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {q.trim() && answer.kind === 'loading' && <p aria-live="polite">Searching…</p>}
      {answer.kind === 'failed' && <p role="alert">{answer.message}</p>}
      {q.trim() && answer.kind === 'ready' && <Results answer={answer.data} />}
    </section>
  );
}

function Results({ answer }: { answer: SearchAnswer }) {
  if (answer.results.length === 0) {
    return <p role="status">Nothing found. Try other words.</p>;
  }
  return (
    <>
      <p role="status">{answer.results.length === 1 ? '1 result' : `${answer.results.length} results`}</p>
      <ul className="item-list">
        {answer.results.map((r) => (
          <li key={r.postId ?? r.threadId}>
            <Link className="item-title" to={`/threads/${r.threadId}`}>
              {r.threadTitle ?? '[removed]'}
            </Link>
            <p className="snippet">
              <Snippet text={r.snippet} markers={answer.markers} />
            </p>
            <p className="item-meta">
              {r.type === 'post' ? 'Reply' : 'Thread'} by {r.author?.displayName ?? '—'} in {r.boardName} ·{' '}
              {formatMoment(r.createdAt)}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Matches marked by the server's plain-text markers, rendered as text nodes (never as HTML). */
function Snippet({ text, markers }: { text: string; markers: SearchAnswer['markers'] }) {
  const parts = text.split(markers.start);
  return (
    <>
      {parts.map((part, i) => {
        if (i === 0) {
          return <span key={i}>{part}</span>;
        }
        const [match, rest = ''] = part.split(markers.end);
        return (
          <span key={i}>
            <mark>{match}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}
