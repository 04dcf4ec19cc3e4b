import { useState } from 'react';
import { TextField } from '../../../lib/forms';

interface SecondFactorFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/**
 * The sign-in code, shown once the server asks for it. Phones get a number pad for
 * the app's 6-digit code; a recovery code has letters, so that keyboard can be swapped.
 */
export function SecondFactorField({ value, onChange, error }: SecondFactorFieldProps) {
  const [letters, setLetters] = useState(false);
  return (
    <div className="second-factor">
      <p className="notice" role="status">
        Your account has a second factor. Enter the code from your authenticator app to finish signing in.
      </p>
      <TextField
        label="6-digit code from your authenticator app (or a recovery code)"
        name="totp"
        required
        autoFocus
        autoComplete="one-time-code"
        inputMode={letters ? 'text' : 'numeric'}
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={20}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
      />
      <button type="button" className="link-button" onClick={() => setLetters((on) => !on)}>
        {letters ? 'Use the number keypad' : 'Type a recovery code (letters)'}
      </button>
    </div>
  );
}
