import { FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { CHECK_FIELDS, formErrors, FormErrors } from '../../../lib/errors';
import { FormAlert, TextField, useFocusFirstInvalid } from '../../../lib/forms';
import { checkNewPassword, NEW_PASSWORD_LABELS, NewPasswordFields } from '../../../lib/password';
import { useTitle } from '../../../lib/title';
import { resetPassword } from '../api';

const LABELS = { code: 'Reset code', ...NEW_PASSWORD_LABELS };
type Field = keyof typeof LABELS;

/** Forgot the password: Hearth has no email recovery, so staff hand over a single-use code. */
export function ResetPasswordPage() {
  useTitle('Reset password');
  const [code, setCode] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {}, general: [] });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: FormErrors<Field>['fields'] = checkNewPassword(next, confirm);
    if (!code.trim()) {
      fields.code = 'Enter the reset code your care team gave you.';
    }
    if (Object.keys(fields).length > 0) {
      setErrors({ fields, general: [CHECK_FIELDS] });
      return;
    }
    setBusy(true);
    try {
      await resetPassword(code.trim(), next);
      setDone(true);
    } catch (error) {
      setErrors(formErrors(error, LABELS, { reset_code_invalid: 'code' }));
    }
    setBusy(false);
  }

  if (done) {
    return (
      <section className="card narrow" aria-labelledby="reset-title">
        <h1 id="reset-title">Password changed</h1>
        <p role="status">
          Your new password is set, and you have been signed out everywhere. If you use an authenticator app, you will
          still be asked for its code.
        </p>
        <Link to="/login" className="button">
          Sign in
        </Link>
      </section>
    );
  }
  return (
    <section className="card narrow" aria-labelledby="reset-title">
      <h1 id="reset-title">Forgot your password?</h1>
      <p>
        Ask your care team (or the program’s admin) for a reset code. They will give it to you in person or by phone; it
        works once, for 24 hours.
      </p>
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert messages={errors.general} />
        <TextField
          label={LABELS.code}
          name="code"
          autoComplete="one-time-code"
          hint="Like ABCD-EFGH-JKMN. Capitals and dashes don’t matter."
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={errors.fields.code}
        />
        <NewPasswordFields
          next={next}
          confirm={confirm}
          onNext={setNext}
          onConfirm={setConfirm}
          errors={errors.fields}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : 'Set new password'}
        </button>
      </form>
      <p>
        <Link to="/login">Back to sign in</Link>
      </p>
    </section>
  );
}
