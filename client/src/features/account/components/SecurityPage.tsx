import { Location, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../../lib/auth';
import { useTitle } from '../../../lib/title';
import { SecondFactorSection } from './SecondFactorSection';
import { PasswordSection } from './PasswordSection';
import { SessionsSection } from './SessionsSection';

/**
 * Sign-in and security: the password, the second factor and the signed-in sessions. Staff sent
 * here by their program's rule (`?setup=required`) continue where they were going.
 */
export function SecurityPage() {
  useTitle('Security');
  const { me, refreshMe } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const from = ((useLocation().state ?? {}) as { from?: Location }).from;
  if (!me) {
    return null;
  }
  const required = params.get('setup') === 'required';
  const next = from && from.pathname !== '/settings/security' ? from : '/';
  const carryOn = () => void navigate(next, { replace: true });

  return (
    <>
      <section className="card" aria-labelledby="security-title">
        <h1 id="security-title">Sign-in and security</h1>
        {required && me.mfa.setupRequired && (
          <div className="notice-plain" role="status">
            <p>
              <strong>Set up a second factor to continue.</strong> Your program asks every staff member to sign in with
              a password and a code from an authenticator app, because staff can see members’ private details.
            </p>
            <p>It takes a minute: you’ll need your phone with an authenticator app.</p>
          </div>
        )}
      </section>
      {!required && <PasswordSection />}
      <SecondFactorSection me={me} refreshMe={refreshMe} onSetUp={required ? carryOn : undefined} />
      <SessionsSection />
    </>
  );
}
