import type { MessageView } from '@hearth/contract';
import { memo, ReactNode, useRef, useState } from 'react';
import { ConfirmDialog } from '../../../lib/ConfirmDialog';
import { EDIT_WINDOW_MS, formatChatTime } from '../kinds';
import { deleteMessage, describeAckError } from '../live';
import { deliver } from '../roomStore';
import { MessageBody } from './MessageBody';
import { MessageEditor } from './MessageEditor';

interface MessageItemProps {
  message: MessageView;
  mine: boolean;
  /** Staff who moderate the room may remove anyone's message. */
  canModerate: boolean;
  now: number;
  /** Actions on someone else's message (Report), from the app. */
  othersActions?: (message: MessageView, author: string) => ReactNode;
  /** The message the room was opened at (`?at=`): marked for the reader. */
  focused?: boolean;
}

/** One message: who and when, its words (or a placeholder), and edit / delete / report behind "⋯". */
export const MessageItem = memo(function MessageItem({
  message,
  mine,
  canModerate,
  now,
  othersActions,
  focused = false,
}: MessageItemProps) {
  const [mode, setMode] = useState<'read' | 'menu' | 'edit'>('read');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const more = useRef<HTMLButtonElement>(null);
  // No author with no words: a removed message does not say whose it was.
  const author = message.author?.displayName ?? (message.body === null ? 'someone' : 'Former member');
  const who = mine ? 'You' : author;
  const live = message.body !== null && message.status !== 'removed';
  const editable = mine && live && now - Date.parse(message.createdAt) < EDIT_WINDOW_MS;
  const deletable = live && (mine || canModerate);
  const reportable = !mine && live && othersActions !== undefined;

  async function remove() {
    const answer = await deleteMessage(message.id);
    setConfirming(false);
    if (answer.ok) {
      deliver(answer.message);
      setMode('read');
    } else {
      setError(describeAckError(answer.error));
    }
  }

  return (
    <li
      className={`message${mine ? ' is-mine' : ''}${focused ? ' is-focused' : ''}`}
      data-message-id={message.id}
      aria-current={focused ? 'true' : undefined}
    >
      <article
        aria-label={`Message from ${who}`}
        onKeyDown={(event) => {
          // Escape closes the menu and puts focus back on "⋯" (not from a dialog the menu opened).
          if (event.key === 'Escape' && mode === 'menu' && event.currentTarget.contains(event.target as Node)) {
            event.preventDefault();
            setMode('read');
            more.current?.focus();
          }
        }}
      >
        <p className="message-meta">
          {(mine || message.author) && <span className="message-author">{who}</span>}
          {!mine && message.author?.role && (
            <span className="message-role"> · {STAFF_ROLE_WORDS[message.author.role]}</span>
          )}{' '}
          <time dateTime={message.createdAt}>{formatChatTime(message.createdAt, now)}</time>
          {message.editedAt && <span> · edited</span>}
          {mine && message.status === 'visible' && <span className="message-sent"> · Sent</span>}
          {(editable || deletable || reportable) && mode !== 'edit' && (
            <button
              ref={more}
              type="button"
              className="message-more"
              aria-expanded={mode === 'menu'}
              aria-label={`Options for message from ${who}`}
              onClick={() => setMode(mode === 'menu' ? 'read' : 'menu')}
            >
              ⋯
            </button>
          )}
        </p>
        {mode === 'edit' ? (
          <MessageEditor message={message} onDone={() => setMode('read')} />
        ) : (
          <MessageBody message={message} mine={mine} />
        )}
        {mode === 'menu' && (
          <div className="message-actions">
            {editable && (
              <button type="button" className="link-button" onClick={() => setMode('edit')}>
                Edit
              </button>
            )}
            {deletable && (
              <button type="button" className="link-button" onClick={() => setConfirming(true)}>
                Delete
              </button>
            )}
            {reportable && othersActions(message, author)}
          </div>
        )}
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
      </article>
      {confirming && (
        <ConfirmDialog
          title="Delete this message?"
          confirmLabel="Delete"
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        >
          <p>Everyone will see “Message removed” in its place.</p>
        </ConfirmDialog>
      )}
    </li>
  );
});

/** Staff authors show their role (in a care line, the member sees who answered and as what). */
const STAFF_ROLE_WORDS: Record<'clinician' | 'moderator' | 'admin', string> = {
  clinician: 'clinician',
  moderator: 'moderator',
  admin: 'program staff',
};
