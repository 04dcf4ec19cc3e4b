import { useState } from 'react';
import { Location, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../../../lib/api';
import { useAuth } from '../../../lib/auth';
import { describeError } from '../../../lib/errors';
import { FormAlert } from '../../../lib/forms';
import { useTitle } from '../../../lib/title';
import { acceptTerms } from '../api';
import { TermsTexts } from './TermsTexts';
import { useTerms } from './useTerms';

/** New terms (or the alumni or staff version after a role change), accepted before anything else. */
export function TermsPage() {
  useTitle('Terms');
  const { me, refreshMe } = useAuth();
  const navigate = useNavigate();
  const from = ((useLocation().state ?? {}) as { from?: Location }).from;
  const terms = useTerms(me?.termsAudience);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function accept() {
    if (terms.state.kind !== 'ready') {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await acceptTerms(terms.state.data.version);
      const updated = await refreshMe();
      if (updated && !updated.termsRequired) {
        await navigate(from && from.pathname !== '/terms' ? from : '/', { replace: true });
        return;
      }
      setError('The terms were updated a moment ago. Please read the new version and accept it.');
      terms.reload();
    } catch (failure) {
      // 409 or 400: the version changed while this page was open.
      if (failure instanceof ApiError && (failure.status === 409 || failure.status === 400)) {
        terms.reload();
      }
      setError(describeError(failure));
    }
    setBusy(false);
  }

  return (
    <section className="card narrow" aria-labelledby="terms-title">
      <h1 id="terms-title">Community terms</h1>
      {me?.termsRequired !== false &&
        (me?.termsAudience === 'alumni' ? (
          <p>
            Welcome to the alumni community. These are the terms for alumni spaces; please read them and accept them to
            continue.
          </p>
        ) : (
          <p>Before you continue, please read the current terms of the community and accept them.</p>
        ))}
      <FormAlert messages={error ? [error] : []} />
      <TermsTexts state={terms.state} onRetry={terms.reload} />
      {me?.termsRequired === false ? (
        <p className="notice">You have accepted these terms.</p>
      ) : (
        <button
          type="button"
          className="button"
          disabled={busy || terms.state.kind !== 'ready'}
          onClick={() => void accept()}
        >
          {busy ? 'Saving…' : 'I accept these terms'}
        </button>
      )}
    </section>
  );
}
