import type { PostView } from '@hearth/contract';
import { useState } from 'react';
import { ConfirmDialog } from '../../../lib/ConfirmDialog';
import { useAuth } from '../../../lib/auth';
import { formatMoment } from '../../../lib/dates';
import { describeError } from '../../../lib/errors';
import { editPost, react, removePost, replyTo } from '../api';
import { Composer } from './Composer';
import { ContentBody } from './ContentBody';
import { Reactions } from './Reactions';
import type { ReportAction } from './ThreadPage';

interface PostItemProps {
  post: PostView;
  locked: boolean;
  /** Staff who moderate this board may edit and remove anything. */
  moderates: boolean;
  onChange: (post: PostView) => void;
  onReply: (post: PostView) => void;
  report?: ReportAction;
}

/** One reply: who and when, its words (or "[removed]"), reactions, and reply / edit / delete. */
export function PostItem({ post, locked, moderates, onChange, onReply, report }: PostItemProps) {
  const { user } = useAuth();
  const [mode, setMode] = useState<'read' | 'reply' | 'edit'>('read');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = user !== null && post.author?.id === user.id;
  const live = post.body !== null && post.status !== 'removed';
  const who = post.author?.displayName ?? 'Someone';

  async function remove() {
    try {
      onChange(await removePost(post.id));
    } catch (e) {
      setError(describeError(e));
    }
    setConfirming(false);
  }

  return (
    <article className="post" aria-label={`Reply by ${who}`}>
      <p className="post-meta">
        <span className="item-title">{post.author?.displayName ?? '—'}</span>{' '}
        <time dateTime={post.createdAt}>{formatMoment(post.createdAt)}</time>
        {post.editedAt && <span> · edited</span>}
      </p>
      {mode === 'edit' ? (
        <Composer
          label="Edit your reply"
          submitLabel="Save"
          initial={{ body: post.body ?? '', contentWarning: post.contentWarning ?? undefined }}
          onCancel={() => setMode('read')}
          onSubmit={async (value) => {
            onChange(await editPost(post.id, { body: value.body, contentWarning: value.contentWarning ?? null }));
            setMode('read');
          }}
        />
      ) : (
        <ContentBody status={post.status} body={post.body} contentWarning={post.contentWarning} />
      )}
      {live && post.status === 'visible' && (
        <Reactions reactions={post.reactions} toggle={async (kind, on) => onChange(await react(post.id, kind, on))} />
      )}
      {live && mode === 'read' && (
        <div className="post-actions">
          {(!locked || moderates) && post.status === 'visible' && (
            <button
              type="button"
              className="link-button"
              onClick={() => setMode('reply')}
              aria-label={`Reply to ${who}`}
            >
              Reply
            </button>
          )}
          {!mine && report?.({ type: 'post', id: post.id, subject: `reply by ${who}` })}
          {(mine || moderates) && (
            <>
              <button type="button" className="link-button" onClick={() => setMode('edit')}>
                Edit
              </button>
              <button type="button" className="link-button" onClick={() => setConfirming(true)}>
                Delete
              </button>
            </>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {mode === 'reply' && (
        <Composer
          label={`Reply to ${who}`}
          submitLabel="Post reply"
          onCancel={() => setMode('read')}
          onSubmit={async (value) => {
            onReply(
              await replyTo(post.threadId, {
                parentId: post.id,
                body: value.body,
                contentWarning: value.contentWarning,
              }),
            );
            setMode('read');
          }}
        />
      )}
      {confirming && (
        <ConfirmDialog
          title="Delete this reply?"
          confirmLabel="Delete"
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        >
          <p>It will show as “[removed]”; replies to it stay where they are.</p>
        </ConfirmDialog>
      )}
    </article>
  );
}
