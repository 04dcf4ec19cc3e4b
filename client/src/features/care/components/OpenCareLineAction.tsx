import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { describeError } from '../../../lib/errors';
import { openCareLineFor } from '../api';

/** Staff, from a person: open their care line (their care team and admins may) and go there. */
export function OpenCareLineAction({ memberId, name }: { memberId: string; name: string }) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function open() {
    setBusy(true);
    setError('');
    try {
      const line = await openCareLineFor(memberId);
      void navigate(`/care/${line.roomId}`);
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="link-button"
        disabled={busy}
        aria-label={`Open care line with ${name}`}
        onClick={() => void open()}
      >
        {busy ? 'Opening…' : 'Care line'}
      </button>
      {error && (
        <span role="alert" className="form-alert">
          {error}
        </span>
      )}
    </>
  );
}
