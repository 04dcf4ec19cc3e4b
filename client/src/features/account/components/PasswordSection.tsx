import { FormEvent, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api';
import { CHECK_FIELDS, formErrors, FormErrors } from '../../../lib/errors';
import { FormAlert, TextField, useFocusFirstInvalid } from '../../../lib/forms';
import { checkNewPassword, NEW_PASSWORD_LABELS, NewPasswordFields } from '../../../lib/password';
import { changePassword } from '../api';

const LABELS = { currentPassword: 'Current password', ...NEW_PASSWORD_LABELS };
type Field = keyof typeof LABELS;
const NO_ERRORS: FormErrors<Field> = { fields: {}, general: [] };

/** Change my password: the current one first; every other device is signed out. */
export function PasswordSection() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const fields: FormErrors<Field>['fields'] = checkNewPassword(next, confirm);
    if (!current) {
      fields.currentPassword = 'Enter your current password.';
    }
    if (Object.keys(fields).length > 0) {
      setErrors({ fields, general: [CHECK_FIELDS] });
      return;
    }
    setBusy(true);
    try {
      await changePassword(current, next);
      setErrors(NO_ERRORS);
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'bad_password') {
        setErrors({ fields: { currentPassword: 'That is not your current password.' }, general: [CHECK_FIELDS] });
      } else {
        setErrors(formErrors(error, LABELS));
      }
    }
    setBusy(false);
  }

  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">Password</h2>
      <p className="item-meta">
        Changing your password signs you out on every other device. Forgot it? Your care team can give you a reset code.
      </p>
      <div role="status">
        {done && <p className="notice">Your password is changed. Other devices have been signed out.</p>}
      </div>
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert messages={errors.general} />
        <TextField
          label={LABELS.currentPassword}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={errors.fields.currentPassword}
        />
        <NewPasswordFields
          next={next}
          confirm={confirm}
          onNext={setNext}
          onConfirm={setConfirm}
          errors={errors.fields}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Changing…' : 'Change password'}
        </button>
      </form>
    </section>
  );
}
