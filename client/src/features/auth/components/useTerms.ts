import type { Terms, TermsAudience } from '@hearth/contract';
import { Loaded, useLoad } from '../../../lib/useLoad';
import { fetchTerms } from '../api';

export type TermsState = Loaded<Terms>;

/** The current terms for an audience, with a way to load them again. */
export function useTerms(audience: TermsAudience | undefined): { state: TermsState; reload: () => void } {
  const [state, reload] = useLoad((signal) => fetchTerms(audience ?? 'member', signal), audience ?? null);
  return { state, reload };
}
