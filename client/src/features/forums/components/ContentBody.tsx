import type { ContentStatus } from '@hearth/contract';
import { useId, useState } from 'react';

interface ContentBodyProps {
  status: ContentStatus;
  body: string | null;
  contentWarning: string | null;
}

/**
 * What a post or thread says: "[removed]" when its words are not for this reader,
 * and collapsed behind its content warning until the reader chooses to open it.
 */
export function ContentBody({ status, body, contentWarning }: ContentBodyProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  if (body === null) {
    return <p className="post-removed">[removed]</p>;
  }
  return (
    <>
      {status === 'pending' && <p className="badge badge-note">Waiting for review: only you and staff see this</p>}
      {status === 'hidden' && <p className="badge badge-note">Hidden pending review</p>}
      {status === 'removed' && <p className="badge badge-note">Removed (staff view)</p>}
      {contentWarning && !open ? (
        <div className="content-warning">
          <p>
            <strong>Content warning:</strong> {contentWarning}
          </p>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-expanded={false}
            aria-controls={id}
            onClick={() => setOpen(true)}
          >
            Show post
          </button>
        </div>
      ) : (
        <div id={id} className="post-body">
          {contentWarning && (
            <p className="content-warning-note">
              <strong>Content warning:</strong> {contentWarning}{' '}
              <button type="button" className="link-button" aria-expanded onClick={() => setOpen(false)}>
                Hide
              </button>
            </p>
          )}
          {body.split(/\n{2,}/).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
      )}
    </>
  );
}
