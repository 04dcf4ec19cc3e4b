import { FormEvent, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api';
import { describeError } from '../../../lib/errors';
import { FormAlert, TextField, useFocusFirstInvalid } from '../../../lib/forms';

interface CodeFormProps {
  /** The button's words, e.g. "Turn on". */
  submitLabel: string;
  /** A recovery code works too (everywhere but the set-up, which proves the app works). */
  recoveryAllowed?: boolean;
  onSubmit: (code: string) => Promise<void>;
  onCancel?: () => void;
}

/** Asks for a current code from the authenticator app, for anything that changes the second factor. */
export function CodeForm({ submitLabel, recoveryAllowed = false, onSubmit, onCancel }: CodeFormProps) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field?: string; general: string[] }>({ general: [] });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const clean = code.trim();
    if (!clean) {
      setError({ field: 'Enter the code your authenticator app shows now.', general: [] });
      return;
    }
    setBusy(true);
    try {
      await onSubmit(clean);
    } catch (failure) {
      setBusy(false);
      if (failure instanceof ApiError && failure.code === 'totp_invalid') {
        setCode('');
        setError({ field: 'That code is not valid. Codes change every 30 seconds: try the current one.', general: [] });
      } else {
        setError({ general: [describeError(failure)] });
      }
      return;
    }
    setBusy(false);
  }

  return (
    <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
      <FormAlert messages={error.general} />
      <TextField
        label={
          recoveryAllowed ? 'Code from your authenticator app (or a recovery code)' : 'Code from your authenticator app'
        }
        name="code"
        required
        autoComplete="one-time-code"
        inputMode={recoveryAllowed ? 'text' : 'numeric'}
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={20}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={error.field}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Checking…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
