import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { useReminderDue, useReminderTime } from '../reminder';

/** Choose (or turn off) the daily in-app reminder. Kept on this device only. */
export function ReminderSetting() {
  const id = useId();
  const [time, setTime] = useReminderTime();
  const [draft, setDraft] = useState(time ?? '20:00');
  return (
    <details className="checkin-more">
      <summary>Daily reminder{time ? `: ${time}` : ' (off)'}</summary>
      <p className="field-hint">
        A reminder in Hearth at the time you choose, on this device only. Nothing is sent outside the app.
      </p>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-time`}>Remind me at</label>
          <input id={`${id}-time`} type="time" value={draft} onChange={(e) => setDraft(e.target.value)} />
        </div>
        <div className="actions">
          <button
            type="button"
            className="button button-small"
            disabled={!/^\d{2}:\d{2}$/.test(draft)}
            onClick={() => setTime(draft)}
          >
            {time ? 'Change' : 'Turn on'}
          </button>
          {time && (
            <button type="button" className="button button-secondary button-small" onClick={() => setTime(null)}>
              Turn off
            </button>
          )}
        </div>
      </div>
    </details>
  );
}

/** Shown on every page once the chosen time has passed and there is no check-in today. */
export function ReminderBanner() {
  const due = useReminderDue();
  if (!due) {
    return null;
  }
  return (
    <p className="notice checkin-reminder" role="status">
      Time for your daily check-in. <Link to="/#checkin">Check in now</Link>
    </p>
  );
}
