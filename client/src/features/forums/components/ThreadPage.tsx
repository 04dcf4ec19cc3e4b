import type { PostView, ThreadView } from '@hearth/contract';
import { ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { isStaff, useAuth } from '../../../lib/auth';
import { useLoad } from '../../../lib/useLoad';
import { useTitle } from '../../../lib/title';
import { getThread, replyTo } from '../api';
import { PostedSignpost } from '../help';
import { useThreadLive } from '../live';
import { childrenOf, insertPost, mergePost } from '../tree';
import { Composer } from './Composer';
import { PostItem } from './PostItem';
import { PostTree } from './PostTree';
import { ThreadHeader } from './ThreadHeader';

/** Reporting someone else's thread or reply (composed by the app from the safety feature). */
export type ReportAction = (target: { type: 'thread' | 'post'; id: string; subject: string }) => ReactNode;

/** A thread with its reply tree, kept live while open. */
export function ThreadPage({ report }: { report?: ReportAction } = {}) {
  useTitle('Boards');
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const from = params.get('from');
  const { user } = useAuth();
  const [loaded, reload] = useLoad((signal) => getThread(id, signal), id);
  const [thread, setThread] = useState<ThreadView | null>(null);
  const [posts, setPosts] = useState<PostView[]>([]);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (loaded.kind === 'ready') {
      setThread(loaded.data.thread);
      setPosts(loaded.data.posts);
    }
  }, [loaded]);

  const addPost = useCallback((post: PostView) => setPosts((current) => insertPost(current, post)), []);
  const updatePost = useCallback((post: PostView) => setPosts((current) => mergePost(current, post)), []);

  useThreadLive(loaded.kind === 'ready' ? id : null, {
    onPost: (post) => {
      addPost(post);
      if (post.author?.id !== user?.id) {
        setAnnouncement(`New reply from ${post.author?.displayName ?? 'someone'}`);
      }
    },
    onPostUpdated: updatePost,
    // Live updates carry no reactions of the reader's: keep the ones this page knows.
    onThreadUpdated: (next) => setThread((prev) => ({ ...next, reactions: next.reactions ?? prev?.reactions })),
    onResync: reload,
  });

  const children = useMemo(() => childrenOf(posts), [posts]);
  if (loaded.kind === 'loading' && !thread) {
    return (
      <p className="card" aria-live="polite">
        Loading…
      </p>
    );
  }
  if (loaded.kind === 'failed') {
    return (
      <section className="card">
        <h1>Thread not available</h1>
        <p role="alert">{loaded.message}</p>
        <Link to="/boards">All boards</Link>
      </section>
    );
  }
  if (!thread) {
    return null;
  }
  const moderates = isStaff(user?.role);
  const focus = from ? posts.find((p) => p.id === from) : undefined;
  const shared = { locked: thread.locked, moderates, onChange: updatePost, onReply: addPost, report };

  return (
    <>
      <ThreadHeader
        thread={thread}
        moderates={moderates}
        onChange={(next) => setThread((prev) => ({ ...next, reactions: next.reactions ?? prev?.reactions }))}
        report={report}
      />
      <section className="card" aria-labelledby="replies-title">
        <h2 id="replies-title">{posts.length === 1 ? '1 reply' : `${posts.length} replies`}</h2>
        <div className="visually-hidden" aria-live="polite" role="status">
          {announcement}
        </div>
        {focus ? (
          <>
            <p>
              <Link to={`/threads/${thread.id}`}>Back to the whole thread</Link>
            </p>
            <PostItem post={focus} {...shared} />
            <PostTree parentId={focus.id} tree={children} level={1} {...shared} />
          </>
        ) : (
          <PostTree parentId={null} tree={children} level={0} {...shared} />
        )}
        {posts.length === 0 && <p>No replies yet.</p>}
      </section>
      <PostedSignpost threadId={thread.id} />
      {!focus && (!thread.locked || moderates) && thread.status !== 'removed' && (
        <section className="card" aria-labelledby="reply-title">
          <h2 id="reply-title">Reply to the thread</h2>
          <Composer
            label="Your reply"
            submitLabel="Post reply"
            onSubmit={async (value) =>
              addPost(await replyTo(thread.id, { body: value.body, contentWarning: value.contentWarning }))
            }
          />
        </section>
      )}
    </>
  );
}
