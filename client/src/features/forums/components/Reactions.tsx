import { useState } from 'react';
import { describeError } from '../../../lib/errors';
import { Post, react, ReactionKind } from '../api';

const NAMES: Record<ReactionKind, { label: string; symbol: string }> = {
  heart: { label: 'Heart', symbol: '❤️' },
  hug: { label: 'Hug', symbol: '🤗' },
  strength: { label: 'Strength', symbol: '💪' },
  thanks: { label: 'Thanks', symbol: '🙏' },
};

/** Toggle buttons (aria-pressed) with counts. */
export function Reactions({ post, onChange }: { post: Post; onChange: (post: Post) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function toggle(kind: ReactionKind, on: boolean) {
    setBusy(true);
    setError(null);
    try {
      onChange(await react(post.id, kind, on));
    } catch (e) {
      setError(describeError(e));
    }
    setBusy(false);
  }

  return (
    <div className="reactions" role="group" aria-label="Reactions">
      {post.reactions.map((r) => (
        <button
          key={r.kind}
          type="button"
          className="reaction"
          aria-pressed={r.reactedByMe === true}
          aria-label={`${NAMES[r.kind].label}, ${r.count}`}
          disabled={busy}
          onClick={() => void toggle(r.kind, !r.reactedByMe)}
        >
          <span aria-hidden="true">{NAMES[r.kind].symbol}</span> <span aria-hidden="true">{r.count}</span>
        </button>
      ))}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
