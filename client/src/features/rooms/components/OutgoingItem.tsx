import type { Connection } from '../../../lib/socket';
import { useNow } from '../../../lib/useNow';
import { discard, Outgoing, retry } from '../outbox';

interface OutgoingItemProps {
  entry: Outgoing;
  connection: Connection;
  /** Puts the words back in the composer (and drops this copy) to change them. */
  onEdit: (entry: Outgoing) => void;
}

/** A message of one's own the server has not acknowledged yet: sending, waiting, or failed with Retry. */
export function OutgoingItem({ entry, connection, onEdit }: OutgoingItemProps) {
  return (
    <li className={`message is-mine is-${entry.state}`}>
      <article aria-label="Message from You">
        <p className="message-meta">
          <span className="message-author">You</span> <OutgoingStatus entry={entry} connection={connection} />
        </p>
        {entry.contentWarning && (
          <p className="message-cw">
            <strong>Content warning:</strong> {entry.contentWarning}
          </p>
        )}
        <div className="message-body">
          <p className="message-text">{entry.body}</p>
        </div>
        {entry.note && (
          <p className={entry.state === 'failed' ? 'field-error' : 'message-flag'} role="alert">
            {entry.note}
          </p>
        )}
        {(entry.state === 'failed' || entry.state === 'waiting') && (
          <div className="message-actions">
            {entry.state === 'failed' && (
              <button type="button" className="link-button" onClick={() => retry(entry.clientMsgId)}>
                Retry
              </button>
            )}
            <button type="button" className="link-button" onClick={() => onEdit(entry)}>
              Edit
            </button>
            <button type="button" className="link-button" onClick={() => discard(entry.clientMsgId)}>
              Delete
            </button>
          </div>
        )}
      </article>
    </li>
  );
}

function OutgoingStatus({ entry, connection }: Omit<OutgoingItemProps, 'onEdit'>) {
  switch (entry.state) {
    case 'failed':
      return <span className="message-state is-failed">· Not sent</span>;
    case 'waiting':
      return <Countdown until={entry.retryAt ?? 0} />;
    case 'queued':
      return connection === 'connected' ? (
        <span className="message-state">· Sending…</span>
      ) : (
        <span className="message-state">· Will send when you’re back online</span>
      );
    case 'sending':
      return <span className="message-state">· Sending…</span>;
  }
}

function Countdown({ until }: { until: number }) {
  const now = useNow(1000);
  const seconds = Math.max(1, Math.ceil((until - now) / 1000));
  return <span className="message-state">· Sending in {seconds} s</span>;
}
