import { useEffect } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useAuth } from '../../../lib/auth';
import { useTitle } from '../../../lib/title';

/** Where a deleted account lands: plain words, nothing that names why someone was here. */
export function GoodbyePage() {
  useTitle('Signed out');
  const { status, signOut } = useAuth();
  const deleted = ((useLocation().state ?? {}) as { deleted?: boolean }).deleted === true;
  useEffect(() => {
    if (deleted && status === 'signed-in') {
      void signOut();
    }
  }, [deleted, status, signOut]);
  return (
    <section className="card narrow" aria-labelledby="goodbye-title">
      <h1 id="goodbye-title">{deleted ? 'Your account is deleted' : 'Goodbye'}</h1>
      <p>
        {deleted && 'You have been signed out on every device. '}Thank you for being part of Hearth. Take good care of
        yourself.
      </p>
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </section>
  );
}
