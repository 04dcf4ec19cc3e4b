import type { MessageView } from '@hearth/contract';
import { useId, useState } from 'react';

interface MessageBodyProps {
  message: MessageView;
  mine: boolean;
}

/**
 * A message's words: a placeholder when they are not for this reader (hidden or
 * removed), and collapsed behind a content warning until the reader opens them
 * (the author, who wrote them, sees them open).
 */
export function MessageBody({ message, mine }: MessageBodyProps) {
  const id = useId();
  const [open, setOpen] = useState(mine);
  const { body, contentWarning, status } = message;
  if (body === null) {
    return <p className="message-removed">Message removed</p>;
  }
  return (
    <>
      {status === 'pending' && mine && (
        <p className="message-flag">Waiting for review: only you and staff can see this for now</p>
      )}
      {status === 'hidden' && (
        <p className="message-flag">
          {mine ? 'Hidden while staff review it: only you and staff can see this' : 'Hidden (staff view)'}
        </p>
      )}
      {status === 'removed' && <p className="message-flag">Removed (staff view)</p>}
      {contentWarning && !open ? (
        <p className="message-cw">
          <span>
            <strong>Content warning:</strong> {contentWarning}
          </span>{' '}
          <button
            type="button"
            className="link-button"
            aria-expanded={false}
            aria-controls={id}
            onClick={() => setOpen(true)}
          >
            Show
          </button>
        </p>
      ) : (
        <div id={id} className="message-body">
          {contentWarning && (
            <p className="message-cw">
              <span>
                <strong>Content warning:</strong> {contentWarning}
              </span>{' '}
              <button type="button" className="link-button" aria-expanded onClick={() => setOpen(false)}>
                Hide
              </button>
            </p>
          )}
          <p className="message-text">{body}</p>
        </div>
      )}
    </>
  );
}
