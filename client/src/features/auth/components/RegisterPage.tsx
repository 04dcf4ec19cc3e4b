import { FormEvent, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { Registration, useAuth } from '../../../lib/auth';
import { CHECK_FIELDS, formErrors, FormErrors } from '../../../lib/errors';
import { CheckboxField, FormAlert, TextField, useFocusFirstInvalid } from '../../../lib/forms';
import { MIN_PASSWORD } from '../../../lib/password';
import { useTitle } from '../../../lib/title';
import { TermsTexts } from './TermsTexts';
import { useInvitePreview } from './useInvitePreview';
import { useTerms } from './useTerms';

const LABELS = {
  inviteCode: 'Invite code',
  email: 'Email',
  displayName: 'Display name',
  password: 'Password',
  acceptTerms: 'Terms',
};
type Field = keyof typeof LABELS;
// 409s about the invite belong beside the invite code.
const CODE_FIELDS = { invite_expired: 'inviteCode', invite_used: 'inviteCode' } as const;

function check(form: Registration, accepted: boolean): FormErrors<Field>['fields'] {
  const fields: FormErrors<Field>['fields'] = {};
  if (!form.inviteCode.trim()) {
    fields.inviteCode = 'Enter the invite code your care team gave you.';
  }
  if (!form.email.trim()) {
    fields.email = 'Enter your email address.';
  }
  const name = form.displayName.trim();
  if (name.length < 3 || name.length > 30) {
    fields.displayName = 'Choose a display name of 3 to 30 characters.';
  }
  if (form.password.length < MIN_PASSWORD) {
    fields.password = `Use at least ${MIN_PASSWORD} characters.`;
  }
  if (!accepted) {
    fields.acceptTerms = 'Please read and accept the terms to join.';
  }
  return fields;
}

export function RegisterPage() {
  useTitle('Join');
  const { status, register } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form, setForm] = useState<Registration>(() => ({
    inviteCode: params.get('code') ?? '',
    email: '',
    displayName: '',
    password: '',
  }));
  const invite = useInvitePreview(form.inviteCode);
  // Staff and alumni invites come with their own version of the terms.
  const terms = useTerms(invite.kind === 'ready' ? invite.preview.termsAudience : 'member');
  const [accepted, setAccepted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {}, general: [] });
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, errors);

  if (status === 'signed-in' && !busy) {
    return <Navigate to="/" replace />;
  }

  const field = (name: keyof Registration) => ({
    name,
    required: true,
    value: form[name],
    error: errors.fields[name],
    onChange: (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value })),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = check(form, accepted);
    if (Object.keys(fields).length > 0) {
      setErrors({ fields, general: [CHECK_FIELDS] });
      return;
    }
    setBusy(true);
    try {
      const me = await register({ ...form, inviteCode: form.inviteCode.trim(), email: form.email.trim() });
      await navigate(me.termsRequired ? '/terms' : '/', { replace: true });
    } catch (error) {
      setErrors(formErrors(error, LABELS, CODE_FIELDS));
      setBusy(false);
    }
  }

  return (
    <section className="card narrow" aria-labelledby="register-title">
      <h1 id="register-title">Join Hearth</h1>
      <p>Your care team gave you an invite code to join your group.</p>
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert messages={errors.general} />
        <TextField
          label="Invite code"
          autoComplete="off"
          spellCheck={false}
          {...field('inviteCode')}
          error={errors.fields.inviteCode ?? (invite.kind === 'invalid' ? invite.message : undefined)}
        />
        <p className="field-hint" aria-live="polite" data-testid="invite-preview">
          {invite.kind === 'ready' && invite.preview.cohortName && <>This invite is for {invite.preview.cohortName}.</>}
        </p>
        <TextField label="Email" type="email" autoComplete="email" inputMode="email" {...field('email')} />
        <TextField
          label="Display name"
          hint="A pseudonym: the only name other members will see. Not your real name, email or phone number."
          autoComplete="off"
          maxLength={30}
          {...field('displayName')}
        />
        <TextField
          label="Password"
          hint={`At least ${MIN_PASSWORD} characters.`}
          type="password"
          autoComplete="new-password"
          {...field('password')}
        />
        <fieldset className="terms-fieldset">
          <legend>Community terms</legend>
          <TermsTexts state={terms.state} onRetry={terms.reload} />
          <CheckboxField
            label="I accept the community guidelines, the peer confidentiality agreement and the confidentiality notice"
            name="acceptTerms"
            required
            checked={accepted}
            onChange={(e) => setAccepted(e.target.checked)}
            error={errors.fields.acceptTerms}
          />
        </fieldset>
        <button type="submit" className="button" disabled={busy || terms.state.kind !== 'ready'}>
          {busy ? 'Joining…' : 'Join'}
        </button>
      </form>
      <p>
        Already have an account? <Link to="/login">Sign in</Link>
      </p>
    </section>
  );
}
