import { useId, useMemo } from 'react';

interface TimeZoneFieldProps {
  value: string;
  onChange: (zone: string) => void;
  error?: string;
}

/** The program's time zone, from the zones this browser knows (the current one always among them). */
export function TimeZoneField({ value, onChange, error }: TimeZoneFieldProps) {
  const id = useId();
  const zones = useMemo(() => {
    const known = Intl.supportedValuesOf('timeZone');
    return known.includes(value) ? known : [value, ...known];
  }, [value]);
  return (
    <fieldset className="terms-fieldset">
      <legend>Time zone</legend>
      <div className="field">
        <label htmlFor={id}>Program time zone</label>
        <p id={`${id}-hint`} className="field-hint">
          When the program’s day starts and ends: one check-in a day, daily reminders and schedules follow it.
        </p>
        <select
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    </fieldset>
  );
}
