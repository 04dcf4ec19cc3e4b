import type { Signpost } from '@hearth/contract';
import { createContext, ReactNode, useContext, useEffect, useRef, useSyncExternalStore } from 'react';

/**
 * Help for authors in the forums, as in chat: the app composes the safety feature's
 * pieces in (this feature does not import it). `draft` renders under every composer
 * (a thread, a reply, an edit) with the words being typed; `posted` renders the help
 * a write's answer carried (`signpost`: the level's words and the program's lines).
 */
export interface ForumHelp {
  draft?: (text: string) => ReactNode;
  posted?: (signpost: Signpost, close: () => void) => ReactNode;
}

const ForumHelpContext = createContext<ForumHelp>({});
export const ForumHelpProvider = ForumHelpContext.Provider;

export function useForumHelp(): ForumHelp {
  return useContext(ForumHelpContext);
}

// The help from the author's last write, with the thread it was written in, shown there until closed.
let shown: { signpost: Signpost; threadId: string } | null = null;
const listeners = new Set<() => void>();

function publish(next: typeof shown): void {
  shown = next;
  listeners.forEach((listener) => listener());
}

/** Called with every write's answer (api.ts): help when the words called for it. */
export function noteSignpost<T extends { signpost?: Signpost }>(answer: T, threadId: string): T {
  if (answer.signpost) {
    publish({ signpost: answer.signpost, threadId });
  }
  return answer;
}

function dismiss(): void {
  publish(null);
}

/** The help after posting in this thread, where the thread page puts it; brought into view when it appears. */
export function PostedSignpost({ threadId }: { threadId: string }) {
  const { posted } = useForumHelp();
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    () => shown,
  );
  const signpost = current?.threadId === threadId ? current.signpost : null;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (signpost) {
      box.current?.scrollIntoView?.({ block: 'nearest' });
    }
  }, [signpost]);
  if (!signpost || !posted) {
    return null;
  }
  return <div ref={box}>{posted(signpost, dismiss)}</div>;
}
