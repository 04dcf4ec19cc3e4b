import { Link } from 'react-router-dom';
import { formatMoment } from '../../../lib/dates';
import { useLoad } from '../../../lib/useLoad';
import { useTitle } from '../../../lib/title';
import { listMyWriting } from '../api';
import { ContentBody } from './ContentBody';

/**
 * What I wrote on the boards, newest first, read-only. After a step-down the old
 * group's board is closed to me, but my own words stay mine to read here (not
 * the rest of the group's conversation).
 */
export function MyPostsPage() {
  useTitle('My posts');
  const [items] = useLoad(listMyWriting, 'my-posts');
  return (
    <section className="card" aria-labelledby="my-posts-title">
      <h1 id="my-posts-title">My posts</h1>
      <p className="item-meta">
        Everything you have written on the boards, including boards you can no longer open. Only you see this page.
      </p>
      {items.kind === 'loading' && <p aria-live="polite">Loading…</p>}
      {items.kind === 'failed' && <p role="alert">{items.message}</p>}
      {items.kind === 'ready' && items.data.length === 0 && <p>You have not posted on the boards yet.</p>}
      {items.kind === 'ready' && items.data.length > 0 && (
        <ul className="item-list" aria-label="Your posts">
          {items.data.map((item) => (
            <li key={`${item.kind}-${item.id}`}>
              <p className="item-meta">
                {item.kind === 'thread' ? 'You started ' : 'You replied in '}
                {item.canOpen ? (
                  <Link to={`/threads/${item.threadId}`}>“{item.threadTitle}”</Link>
                ) : (
                  <span>“{item.threadTitle}”</span>
                )}{' '}
                on {item.boardName} · <time dateTime={item.createdAt}>{formatMoment(item.createdAt)}</time>
                {!item.canOpen && ' · read-only: this board is no longer open to you'}
              </p>
              <ContentBody status={item.status} body={item.body} contentWarning={item.contentWarning} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
