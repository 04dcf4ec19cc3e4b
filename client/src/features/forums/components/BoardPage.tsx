import type { ThreadView } from '@hearth/contract';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { formatMoment } from '../../../lib/dates';
import { describeError } from '../../../lib/errors';
import { useLoad } from '../../../lib/useLoad';
import { useTitle } from '../../../lib/title';
import { getBoard, listThreads, startThread } from '../api';
import { Composer } from './Composer';

/** A board's threads, pinned first then by last activity, a page at a time; and starting a thread. */
export function BoardPage() {
  useTitle('Boards');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [board] = useLoad((signal) => getBoard(id, signal), id);
  const [firstPage] = useLoad((signal) => listThreads(id, null, signal), id);
  const [threads, setThreads] = useState<ThreadView[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [more, setMore] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const [composing, setComposing] = useState(false);

  useEffect(() => {
    if (firstPage.kind === 'ready') {
      setThreads(firstPage.data.threads);
      setCursor(firstPage.data.nextCursor);
    }
  }, [firstPage]);

  async function loadMore() {
    if (!cursor) {
      return;
    }
    setMore({ busy: true, error: null });
    try {
      const page = await listThreads(id, cursor);
      setThreads((current) => [...current, ...page.threads.filter((t) => !current.some((c) => c.id === t.id))]);
      setCursor(page.nextCursor);
      setMore({ busy: false, error: null });
    } catch (error) {
      setMore({ busy: false, error: describeError(error) });
    }
  }

  if (board.kind === 'failed') {
    return (
      <section className="card">
        <h1>Board not available</h1>
        <p role="alert">{board.message}</p>
        <Link to="/boards">All boards</Link>
      </section>
    );
  }
  return (
    <>
      <section className="card" aria-labelledby="board-title">
        <p className="breadcrumb">
          <Link to="/boards">Boards</Link>
        </p>
        <h1 id="board-title">{board.kind === 'ready' ? board.data.name : 'Board'}</h1>
        {board.kind === 'ready' && <p className="item-meta">{board.data.description}</p>}
        {composing ? (
          <Composer
            withTitle
            label="Message"
            submitLabel="Start thread"
            onCancel={() => setComposing(false)}
            onSubmit={async (value) => {
              const thread = await startThread(id, {
                title: value.title ?? '',
                body: value.body,
                contentWarning: value.contentWarning,
              });
              void navigate(`/threads/${thread.id}`);
            }}
          />
        ) : (
          <button type="button" className="button" onClick={() => setComposing(true)}>
            Start a thread
          </button>
        )}
      </section>
      <section className="card" aria-labelledby="threads-title">
        <h2 id="threads-title">Threads</h2>
        {firstPage.kind === 'loading' && <p aria-live="polite">Loading…</p>}
        {firstPage.kind === 'failed' && <p role="alert">{firstPage.message}</p>}
        {firstPage.kind === 'ready' && threads.length === 0 && <p>No threads yet. Start the first one.</p>}
        <ul className="item-list thread-list">
          {threads.map((thread) => (
            <li key={thread.id}>
              <Link className="item-title" to={`/threads/${thread.id}`}>
                {thread.title ?? '[removed]'}
              </Link>
              {thread.pinned && <span className="badge">Pinned</span>}
              {thread.locked && <span className="badge">Locked</span>}
              {thread.contentWarning && <span className="badge">Content warning</span>}
              <p className="item-meta">
                {thread.author?.displayName ?? '—'} ·{' '}
                {thread.replyCount === 1 ? '1 reply' : `${thread.replyCount} replies`} · active{' '}
                {formatMoment(thread.lastActivityAt)}
              </p>
            </li>
          ))}
        </ul>
        {more.error && <p role="alert">{more.error}</p>}
        {cursor && (
          <button
            type="button"
            className="button button-secondary load-more"
            onClick={() => void loadMore()}
            disabled={more.busy}
          >
            {more.busy ? 'Loading…' : 'Load more threads'}
          </button>
        )}
      </section>
    </>
  );
}
