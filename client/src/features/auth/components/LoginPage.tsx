import { FormEvent, useRef, useState } from 'react';
import { Link, Location, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../../../lib/auth';
import { CHECK_FIELDS, formErrors, FormErrors } from '../../../lib/errors';
import { FormAlert, TextField, useFocusFirstInvalid } from '../../../lib/forms';
import { useTitle } from '../../../lib/title';

const LABELS = { email: 'Email', password: 'Password' };
type Field = keyof typeof LABELS;

interface LoginState {
  from?: Location;
  expired?: boolean;
}

export function LoginPage() {
  useTitle('Sign in');
  const { status, signIn } = useAuth();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as LoginState;
  const from = state.from && state.from.pathname !== '/login' ? state.from : undefined;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {}, general: [] });
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
    if (fields.email || fields.password) {
      setErrors({ fields, general: [CHECK_FIELDS] });
      return;
    }
    setBusy(true);
    try {
      const me = await signIn(email.trim(), password);
      if (me.termsRequired) {
        await navigate('/terms', { replace: true, state: { from } });
      } else {
        await navigate(from ?? '/', { replace: true });
      }
    } catch (error) {
      setErrors(formErrors(error, LABELS));
      setBusy(false);
    }
  }

  return (
    <section className="card narrow" aria-labelledby="login-title">
      <h1 id="login-title">Sign in</h1>
      {state.expired && !errors.general.length && (
        <p className="notice" role="status">
          You were signed out. Please sign in again.
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
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        New here? <Link to="/register">I have an invite code</Link>
      </p>
    </section>
  );
}
