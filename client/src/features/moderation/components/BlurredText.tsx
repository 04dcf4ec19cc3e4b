import { ReactNode, useId, useState } from 'react';

interface BlurredTextProps {
  /** Shown above the text, always: the author's or a moderator's content warning. */
  contentWarning?: string | null;
  children: ReactNode;
}

/**
 * Reported and crisis content can be distressing to read again and again: it stays
 * blurred (and hidden from screen readers) until the reader chooses to see it.
 */
export function BlurredText({ contentWarning, children }: BlurredTextProps) {
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <div className="blurred">
      {contentWarning && (
        <p className="content-warning">
          <strong>Content warning:</strong> {contentWarning}
        </p>
      )}
      <div id={id} className={shown ? 'blurred-text' : 'blurred-text is-blurred'} aria-hidden={!shown}>
        {children}
      </div>
      <button
        type="button"
        className="button button-secondary button-small"
        aria-expanded={shown}
        aria-controls={id}
        onClick={() => setShown((s) => !s)}
      >
        {shown ? 'Hide text' : 'Show text'}
      </button>
    </div>
  );
}
