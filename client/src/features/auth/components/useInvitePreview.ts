import type { InvitePreview } from '@hearth/contract';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../lib/api';
import { previewInvite } from '../api';

export type PreviewState =
  { kind: 'idle' } | { kind: 'ready'; preview: InvitePreview } | { kind: 'invalid'; message: string };

const CODE_LENGTH = 26;

/** Looks the invite code up once it is complete, so the right terms (member, alumni or staff) are shown. */
export function useInvitePreview(code: string): PreviewState {
  const [state, setState] = useState<PreviewState>({ kind: 'idle' });
  const bare = code.toUpperCase().replace(/[^0-9A-Z]/g, '');

  useEffect(() => {
    if (bare.length < CODE_LENGTH) {
      setState({ kind: 'idle' });
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      previewInvite(bare, controller.signal)
        .then((preview) => setState({ kind: 'ready', preview }))
        .catch((error: unknown) => {
          if (error instanceof ApiError) {
            setState({ kind: 'invalid', message: error.message });
          }
        });
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [bare]);

  return state;
}
