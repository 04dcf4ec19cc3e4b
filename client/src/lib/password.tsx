/** Choosing a new password when changing or resetting it (registration checks the same length). */
import { PASSWORD_MIN_LENGTH } from '@hearth/contract';
import { TextField } from './forms';

/** The server's rule (a passphrase of at least this many characters). */
export const MIN_PASSWORD = PASSWORD_MIN_LENGTH;

export const NEW_PASSWORD_LABELS = { newPassword: 'New password', confirm: 'New password again' } as const;

export interface NewPasswordErrors {
  newPassword?: string;
  confirm?: string;
}

/** What is wrong with a new password and its confirmation, one plain sentence per field. */
export function checkNewPassword(next: string, confirm: string): NewPasswordErrors {
  const errors: NewPasswordErrors = {};
  if (next.length < MIN_PASSWORD) {
    errors.newPassword = `Choose a new password of at least ${MIN_PASSWORD} characters.`;
  }
  if (next !== confirm) {
    errors.confirm = 'The two new passwords are not the same.';
  }
  return errors;
}

interface Props {
  next: string;
  confirm: string;
  onNext: (value: string) => void;
  onConfirm: (value: string) => void;
  errors: NewPasswordErrors;
}

/** The new password and its confirmation, with their hints and errors tied to the inputs. */
export function NewPasswordFields({ next, confirm, onNext, onConfirm, errors }: Props) {
  return (
    <>
      <TextField
        label={NEW_PASSWORD_LABELS.newPassword}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD} characters. A few unrelated words make a strong one.`}
        required
        value={next}
        onChange={(e) => onNext(e.target.value)}
        error={errors.newPassword}
      />
      <TextField
        label={NEW_PASSWORD_LABELS.confirm}
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        value={confirm}
        onChange={(e) => onConfirm(e.target.value)}
        error={errors.confirm}
      />
    </>
  );
}
