import { useCallback, useEffect, useState } from 'react';
import { describeError } from './errors';

export type Loaded<T> = { kind: 'loading' } | { kind: 'ready'; data: T } | { kind: 'failed'; message: string };

const LOADING = { kind: 'loading' } as const;

/**
 * Loads once per `key` (null: not yet) and again on `reload()`; a reload keeps what
 * is shown meanwhile, a new key starts from "loading".
 */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, key: string | null): [Loaded<T>, () => void] {
  const [result, setResult] = useState<{ key: string | null; loaded: Loaded<T> }>({ key: null, loaded: LOADING });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (key === null) {
      return;
    }
    const controller = new AbortController();
    // A superseded load (reload, new key) may still settle, even successfully once its
    // headers were in: only the current one may set what is shown.
    load(controller.signal)
      .then((data) => {
        if (!controller.signal.aborted) {
          setResult({ key, loaded: { kind: 'ready', data } });
        }
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted && (error as Error).name !== 'AbortError') {
          setResult({ key, loaded: { kind: 'failed', message: describeError(error) } });
        }
      });
    return () => controller.abort();
    // `load` is a new function every render; `key` says when it asks for something else.
  }, [key, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return [result.key === key ? result.loaded : LOADING, reload];
}
