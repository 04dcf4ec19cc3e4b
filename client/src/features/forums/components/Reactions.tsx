import type { ReactionKind, ReactionView } from '@hearth/contract';
import { useState } from 'react';
import { describeError } from '../../../lib/errors';

// Words rather than emoji: they read the same on every phone and to every screen reader.
const NAMES: Record<ReactionKind, string> = { heart: 'Heart', hug: 'Hug', strength: 'Strength', thanks: 'Thanks' };

/** Toggle buttons (aria-pressed) with counts, for a reply or a thread's opening words. */
export function Reactions({
  reactions,
  toggle: send,
}: {
  reactions: ReactionView[];
  toggle: (kind: ReactionKind, on: boolean) => Promise<void>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function toggle(kind: ReactionKind, on: boolean) {
    setBusy(true);
    setError(null);
    try {
      await send(kind, on);
    } catch (e) {
      setError(describeError(e));
    }
    setBusy(false);
  }

  return (
    <div className="reactions" role="group" aria-label="Reactions">
      {reactions.map((r) => (
        <button
          key={r.kind}
          type="button"
          className="reaction"
          aria-pressed={r.reactedByMe === true}
          aria-label={`${NAMES[r.kind]}, ${r.count}`}
          disabled={busy}
          onClick={() => void toggle(r.kind, !r.reactedByMe)}
        >
          <span aria-hidden="true">
            {NAMES[r.kind]} <span className="reaction-count">{r.count}</span>
          </span>
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
