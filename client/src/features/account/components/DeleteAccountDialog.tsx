import { FormEvent, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api';
import { describeError } from '../../../lib/errors';
import { FormAlert, TextField, useFocusFirstInvalid } from '../../../lib/forms';
import { Modal } from '../../../lib/Modal';

interface DeleteAccountDialogProps {
  purge: boolean;
  onConfirm: (password: string) => Promise<void>;
  onCancel: () => void;
}

/** The last step: the password, so that nobody else at an unlocked phone can delete the account. */
export function DeleteAccountDialog({ purge, onConfirm, onCancel }: DeleteAccountDialogProps) {
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ field?: string; general: string[] }>({ general: [] });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!password) {
      setErrors({ field: 'Enter your password to confirm.', general: [] });
      return;
    }
    setBusy(true);
    try {
      await onConfirm(password);
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.code === 'bad_password') {
        setPassword('');
        setErrors({ field: 'That password is not correct.', general: [] });
      } else {
        setErrors({ general: [describeError(error)] });
      }
    }
  }

  return (
    <Modal title="Delete your account?" onClose={onCancel}>
      <p>
        {purge
          ? 'Your account and everything you wrote will be removed. This can’t be undone.'
          : 'Your account will be removed; what you wrote stays as “Former member”. This can’t be undone.'}
      </p>
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert messages={errors.general} />
        <TextField
          label="Your password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          autoFocus
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.field}
        />
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-danger" disabled={busy}>
            {busy ? 'Deleting…' : 'Delete my account'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
