import { useId, useState } from 'react';
import { CheckboxField } from '../../../lib/forms';
import { fileDate, saveFile } from '../../../lib/download';
import { useFocusOnMount } from './useFocusOnMount';

interface RecoveryCodesProps {
  codes: string[];
  /** Called once the person says they saved the codes. */
  onSaved: () => void;
  doneLabel?: string;
}

/**
 * The recovery codes, shown this once: each works once when the phone is lost.
 * Copy or download them, then confirm before the page moves on.
 */
export function RecoveryCodes({ codes, onSaved, doneLabel = 'Done' }: RecoveryCodesProps) {
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [saved, setSaved] = useState(false);
  const [note, setNote] = useState('');
  const text = `Hearth recovery codes (each works once)\n\n${codes.join('\n')}\n`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setNote('Copied.');
    } catch {
      setNote('Could not copy here: select the codes, or download them instead.');
    }
  }

  return (
    <section className="recovery-codes" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Your recovery codes
      </h3>
      <p>
        If you lose your phone, sign in with one of these instead of a code. Each works once. Keep them somewhere safe
        and private: they are shown only now.
      </p>
      <ul className="code-list mono" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          Copy
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            saveFile(text, `hearth-recovery-codes-${fileDate()}.txt`, 'text/plain');
            setNote('Downloaded.');
          }}
        >
          Download (.txt)
        </button>
      </div>
      <p role="status" className="copy-note">
        {note}
      </p>
      <CheckboxField
        label="I have saved these codes"
        name="saved"
        checked={saved}
        onChange={(e) => setSaved(e.target.checked)}
      />
      <button type="button" className="button" disabled={!saved} onClick={onSaved}>
        {doneLabel}
      </button>
    </section>
  );
}
