import { useId, useState } from 'react';
import { describeError } from '../../../lib/errors';
import { useLoad } from '../../../lib/useLoad';
import { fetchDuty, setDuty } from '../api';

/** Staff mark themselves on duty: crisis alerts for their groups reach them first, and members see someone is there. */
export function DutyToggle() {
  const id = useId();
  const [duty, reload] = useLoad(fetchDuty, 'duty');
  const [saving, setSaving] = useState<boolean | null>(null);
  const [error, setError] = useState('');
  const onDuty = saving ?? (duty.kind === 'ready' && duty.data.onDuty);

  async function toggle() {
    const next = !onDuty;
    setSaving(next);
    setError('');
    try {
      await setDuty(next);
      reload();
    } catch (e) {
      setError(describeError(e));
    }
    setSaving(null);
  }

  return (
    <div className="duty-toggle">
      <button
        type="button"
        role="switch"
        aria-checked={onDuty}
        aria-labelledby={`${id}-label`}
        aria-describedby={error ? `${id}-error` : undefined}
        className={onDuty ? 'switch is-on' : 'switch'}
        disabled={duty.kind !== 'ready' || saving !== null}
        onClick={() => void toggle()}
      >
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        <span id={`${id}-label`}>On duty</span>
      </button>
      {error && (
        <span id={`${id}-error`} role="alert" className="duty-error">
          {error}
        </span>
      )}
    </div>
  );
}
