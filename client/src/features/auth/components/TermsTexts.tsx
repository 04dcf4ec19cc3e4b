import { TermsState } from './useTerms';

/**
 * The texts a person accepts. The peer-confidentiality agreement stays in full view
 * (fellow members are not bound by HIPAA); the longer texts scroll.
 */
export function TermsTexts({ state, onRetry }: { state: TermsState; onRetry: () => void }) {
  if (state.kind === 'loading') {
    return <p aria-live="polite">Loading the community terms…</p>;
  }
  if (state.kind === 'failed') {
    return (
      <div role="alert" className="form-alert">
        <p>The community terms could not be loaded. {state.message}</p>
        <button type="button" className="button button-secondary" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  const { texts } = state.data;
  return (
    <div className="terms">
      <div className="terms-callout">
        <PlainText text={texts.peerConfidentiality} />
      </div>
      <div
        className="terms-scroll"
        role="region"
        aria-label="Community guidelines and confidentiality notice"
        tabIndex={0}
      >
        <PlainText text={texts.guidelines} />
        <PlainText text={texts.confidentialityNotice} />
      </div>
    </div>
  );
}

/** Plain text with blank-line paragraphs; a short first line without a full stop is its title. */
function PlainText({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const [first, ...rest] = paragraphs;
  const titled = first !== undefined && first.length <= 80 && !/[.!?:]$/.test(first);
  return (
    <section className="terms-text">
      {titled ? <h2>{first}</h2> : first && <p>{first}</p>}
      {rest.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </section>
  );
}
