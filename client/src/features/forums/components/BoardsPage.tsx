import { Link } from 'react-router-dom';
import { formatMoment } from '../../../lib/dates';
import { useLoad } from '../../../lib/useLoad';
import { useTitle } from '../../../lib/title';
import { listBoards } from '../api';

/** The boards this person can see: their group's, the community's, alumni and staff as their role allows. */
export function BoardsPage() {
  useTitle('Boards');
  const [boards] = useLoad(listBoards, 'boards');
  return (
    <section className="card" aria-labelledby="boards-title">
      <h1 id="boards-title">Boards</h1>
      <p>Slower conversations that stay. Your care team reads along.</p>
      {boards.kind === 'loading' && <p aria-live="polite">Loading…</p>}
      {boards.kind === 'failed' && <p role="alert">{boards.message}</p>}
      {boards.kind === 'ready' && (
        <ul className="item-list">
          {boards.data.map((board) => (
            <li key={board.id}>
              <Link className="item-title" to={`/boards/${board.id}`}>
                {board.name}
              </Link>
              <p className="item-meta">{board.description}</p>
              <p className="item-meta">
                {board.threadCount === 1 ? '1 thread' : `${board.threadCount} threads`}
                {board.lastActivityAt && ` · last activity ${formatMoment(board.lastActivityAt)}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
