import type { CrisisLevel, CrisisResource } from '@hearth/contract';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api';
import { checkDraft } from '../api';

const WAIT_MS = 800;
const MIN_LENGTH = 12;
// What the server reads at most (a thread's title and body together may be longer).
const MAX_LENGTH = 20_000;

export interface DraftSafety {
  level: CrisisLevel;
  /** The draft is about someone else at risk: how to help a friend. */
  someoneElse: boolean;
  resources: CrisisResource[];
}

const CALM: DraftSafety = { level: 'none', someoneElse: false, resources: [] };

/**
 * Asks the server, while a member types, what the draft reads as (urgent, concern or
 * none, and whether it is about someone else), so that a composer can show the
 * level's help before it is posted. Debounced; only for drafts of 12 characters or
 * more that changed since the last check. It never blocks posting, and it stays
 * quiet on errors and rate limits (backing off for the time a 429 asks). Nothing is
 * stored by the server.
 */
export function useDraftSafetyCheck(text: string): DraftSafety {
  const [result, setResult] = useState<DraftSafety>(CALM);
  const checked = useRef('');
  const quietUntil = useRef(0);
  const draft = text.trim().slice(0, MAX_LENGTH);
  const long = draft.length >= MIN_LENGTH;

  useEffect(() => {
    if (!long || draft === checked.current) {
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      if (Date.now() < quietUntil.current) {
        return;
      }
      checked.current = draft;
      checkDraft(draft, controller.signal)
        .then(({ level, someoneElse, resources }) =>
          setResult(level === 'none' && !someoneElse ? CALM : { level, someoneElse, resources }),
        )
        .catch((error: unknown) => {
          checked.current = '';
          if (error instanceof ApiError && error.status === 429) {
            quietUntil.current = Date.now() + (error.retryAfter ?? 60) * 1000;
          }
        });
    }, WAIT_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [draft, long]);

  // A cleared or short draft (say, just after sending) drops the signpost.
  return long ? result : CALM;
}
