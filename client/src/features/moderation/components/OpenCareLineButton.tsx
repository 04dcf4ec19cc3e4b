import type { CareLineRef } from '@hearth/contract';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { request } from '../../../lib/api';
import { describeError } from '../../../lib/errors';

/** Opens the member's care line with this alert or review item attached as its context (issue 17), then goes there. */
export function OpenCareLineButton({
  memberId,
  alertId,
  reviewItemId,
}: {
  memberId: string;
  alertId?: string;
  reviewItemId?: string;
}) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function open() {
    setBusy(true);
    setError('');
    try {
      const line = await request<CareLineRef>('/care-lines', {
        method: 'POST',
        body: { memberId, alertId, reviewItemId },
      });
      void navigate(`/care/${line.roomId}`);
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button-secondary" disabled={busy} onClick={() => void open()}>
        {busy ? 'Opening…' : 'Open care line'}
      </button>
      {error && (
        <p role="alert" className="form-alert">
          {error}
        </p>
      )}
    </>
  );
}
