import type { ThreadView } from '@hearth/contract';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ConfirmDialog } from '../../../lib/ConfirmDialog';
import { useAuth } from '../../../lib/auth';
import { formatMoment } from '../../../lib/dates';
import { describeError } from '../../../lib/errors';
import { reactToThread, removeThread, updateThread } from '../api';
import { Composer } from './Composer';
import { ContentBody } from './ContentBody';
import { Reactions } from './Reactions';
import type { ReportAction } from './ThreadPage';

/** The thread's title and opening words, with pin and lock for staff and edit / delete for its author. */
export function ThreadHeader({
  thread,
  moderates,
  onChange,
  report,
}: {
  thread: ThreadView;
  moderates: boolean;
  onChange: (t: ThreadView) => void;
  report?: ReportAction;
}) {
  const { user } = useAuth();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = user !== null && thread.author?.id === user.id;

  async function run(action: () => Promise<ThreadView>) {
    setError(null);
    try {
      onChange(await action());
    } catch (e) {
      setError(describeError(e));
    }
  }

  return (
    <section className="card" aria-labelledby="thread-title">
      <p className="breadcrumb">
        <Link to={`/boards/${thread.boardId}`}>Back to the board</Link>
      </p>
      <h1 id="thread-title">{thread.title ?? '[removed]'}</h1>
      <p className="item-meta">
        {thread.author?.displayName ?? '—'} · <time dateTime={thread.createdAt}>{formatMoment(thread.createdAt)}</time>
        {thread.editedAt && ' · edited'}
        {thread.pinned && <span className="badge">Pinned</span>}
        {thread.locked && <span className="badge">Locked</span>}
      </p>
      {editing ? (
        <Composer
          withTitle
          label="Opening message"
          submitLabel="Save"
          initial={{
            title: thread.title ?? '',
            body: thread.body ?? '',
            contentWarning: thread.contentWarning ?? undefined,
          }}
          onCancel={() => setEditing(false)}
          onSubmit={async (v) => {
            onChange(
              await updateThread(thread.id, { title: v.title, body: v.body, contentWarning: v.contentWarning ?? null }),
            );
            setEditing(false);
          }}
        />
      ) : (
        <ContentBody status={thread.status} body={thread.body} contentWarning={thread.contentWarning} />
      )}
      {thread.reactions && thread.body !== null && thread.status === 'visible' && !editing && (
        <Reactions
          reactions={thread.reactions}
          toggle={async (kind, on) => onChange(await reactToThread(thread.id, kind, on))}
        />
      )}
      {thread.locked && <p className="notice">This thread is locked: it no longer takes replies.</p>}
      <div className="post-actions">
        {!mine &&
          thread.body !== null &&
          thread.status !== 'removed' &&
          report?.({ type: 'thread', id: thread.id, subject: `thread by ${thread.author?.displayName ?? 'someone'}` })}
        {moderates && (
          <>
            <button
              type="button"
              className="link-button"
              onClick={() => void run(() => updateThread(thread.id, { pinned: !thread.pinned }))}
            >
              {thread.pinned ? 'Unpin' : 'Pin'}
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => void run(() => updateThread(thread.id, { locked: !thread.locked }))}
            >
              {thread.locked ? 'Unlock' : 'Lock'}
            </button>
          </>
        )}
        {(mine || moderates) && thread.body !== null && thread.status !== 'removed' && !editing && (
          <>
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" className="link-button" onClick={() => setConfirming(true)}>
              Delete
            </button>
          </>
        )}
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title="Delete this thread?"
          confirmLabel="Delete"
          onConfirm={() => {
            setConfirming(false);
            void run(() => removeThread(thread.id));
          }}
          onCancel={() => setConfirming(false)}
        >
          <p>Its title and opening message will show as “[removed]”; replies stay.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
