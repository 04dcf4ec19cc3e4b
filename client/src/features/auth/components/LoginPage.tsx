import type { SanctionStanding } from '@hearth/contract';
import { FormEvent, useRef, useState } from 'react';
import { Link, Location, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../../../lib/api';
import { MFA_SETUP_PATH, useAuth } from '../../../lib/auth';
import { CHECK_FIELDS, formErrors, FormErrors } from '../../../lib/errors';
import { FormAlert, TextField, useFocusFirstInvalid } from '../../../lib/forms';
import { useTitle } from '../../../lib/title';
import { SecondFactorField } from './SecondFactorField';
import { SanctionStandingPanel } from './SanctionStandingPanel';
import { Credentials, fetchStanding } from '../api';

const LABELS = { email: 'Email', password: 'Password', totp: 'Code' };
type Field = keyof typeof LABELS;
const NO_ERRORS: FormErrors<Field> = { fields: {}, general: [] };

interface LoginState {
  from?: Location;
  expired?: boolean;
  /** Signed out by the server after a period of inactivity (automatic logoff). */
  idle?: boolean;
}

export function LoginPage() {
  useTitle('Sign in');
  const { status, signIn } = useAuth();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as LoginState;
  const from = state.from && state.from.pathname !== '/login' ? state.from : undefined;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Asked for only when the server says the account has a second factor.
  const [codeNeeded, setCodeNeeded] = useState(false);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  // A suspended or banned person: where they stand, read with the credentials they just typed.
  const [standing, setStanding] = useState<{ standing: SanctionStanding; credentials: Credentials } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  if (status === 'signed-in' && !busy) {
    return <Navigate to={from ?? '/'} replace />;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: FormErrors<Field>['fields'] = {};
    if (!email.trim()) {
      fields.email = 'Enter your email address.';
    }
    if (!password) {
      fields.password = 'Enter your password.';
    }
    if (codeNeeded && !code.trim()) {
      fields.totp = 'Enter the code from your authenticator app, or a recovery code.';
    }
    if (Object.keys(fields).length > 0) {
      setErrors({ fields, general: [CHECK_FIELDS] });
      return;
    }
    setBusy(true);
    try {
      const me = await signIn(email.trim(), password, codeNeeded ? code.trim() : undefined);
      if (me.termsRequired) {
        await navigate('/terms', { replace: true, state: { from } });
      } else if (me.mfa.setupRequired) {
        await navigate(MFA_SETUP_PATH, { replace: true, state: { from } });
      } else {
        await navigate(from ?? '/', { replace: true });
      }
    } catch (error) {
      setBusy(false);
      const codeProblem = error instanceof ApiError && error.status === 401 ? error.code : undefined;
      if (codeProblem === 'totp_required') {
        // Not a failure: the password was right and the code comes next.
        setCodeNeeded(true);
        setErrors(NO_ERRORS);
      } else if (codeProblem === 'totp_invalid') {
        setCode('');
        setErrors({
          fields: { totp: 'That code is not valid. Try the current code, or an unused recovery code.' },
          general: [CHECK_FIELDS],
        });
      } else if (
        error instanceof ApiError &&
        error.status === 403 &&
        (error.code === 'account_suspended' || error.code === 'account_banned')
      ) {
        const credentials = { email: email.trim(), password, ...(codeNeeded ? { totp: code.trim() } : {}) };
        try {
          setStanding({ standing: await fetchStanding(credentials), credentials });
          setErrors(NO_ERRORS);
        } catch {
          setErrors(formErrors(error, LABELS));
        }
      } else {
        setErrors(formErrors(error, LABELS));
      }
    }
  }

  if (standing) {
    return (
      <section className="card narrow" aria-labelledby="login-title">
        <h1 id="login-title">Sign in</h1>
        <SanctionStandingPanel standing={standing.standing} credentials={standing.credentials} />
      </section>
    );
  }

  const notice = state.idle
    ? 'You were signed out after a period of inactivity. Please sign in again.'
    : state.expired
      ? 'You were signed out. Please sign in again.'
      : null;

  return (
    <section className="card narrow" aria-labelledby="login-title">
      <h1 id="login-title">Sign in</h1>
      {notice && !errors.general.length && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert messages={errors.general} />
        <TextField
          label="Email"
          name="email"
          required
          type="email"
          autoComplete="username"
          inputMode="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.fields.email}
        />
        <TextField
          label="Password"
          name="password"
          required
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.fields.password}
        />
        {codeNeeded && <SecondFactorField value={code} onChange={setCode} error={errors.fields.totp} />}
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        <Link to="/reset-password">Forgot your password?</Link>
      </p>
      <p>
        New here? <Link to="/register">I have an invite code</Link>
      </p>
    </section>
  );
}
