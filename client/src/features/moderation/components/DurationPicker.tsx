import { useId, useState } from 'react';
import { duration } from '../words';

const PRESETS = [15, 60, 1440, 10080];
const UNITS = { minutes: 1, hours: 60, days: 1440 } as const;
type Unit = keyof typeof UNITS;

interface DurationPickerProps {
  /** Minutes, or null while a custom length is not a whole number yet. */
  value: number | null;
  onChange: (minutes: number | null) => void;
  error?: string;
}

/** How long a mute or suspension lasts: common lengths, or a custom one. */
export function DurationPicker({ value, onChange, error }: DurationPickerProps) {
  const id = useId();
  const [custom, setCustom] = useState(value !== null && !PRESETS.includes(value));
  const [amount, setAmount] = useState('2');
  const [unit, setUnit] = useState<Unit>('hours');

  function setCustomLength(nextAmount: string, nextUnit: Unit) {
    setAmount(nextAmount);
    setUnit(nextUnit);
    const n = Number(nextAmount);
    onChange(Number.isInteger(n) && n > 0 ? n * UNITS[nextUnit] : null);
  }

  return (
    <fieldset className="field choice-group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>For how long</legend>
      <div className="choice-row">
        {PRESETS.map((minutes) => (
          <label key={minutes} className="choice-pill">
            <input
              type="radio"
              name={`${id}-length`}
              checked={!custom && value === minutes}
              onChange={() => {
                setCustom(false);
                onChange(minutes);
              }}
            />
            {duration(minutes)}
          </label>
        ))}
        <label className="choice-pill">
          <input
            type="radio"
            name={`${id}-length`}
            checked={custom}
            onChange={() => {
              setCustom(true);
              setCustomLength(amount, unit);
            }}
          />
          Custom
        </label>
      </div>
      {custom && (
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-amount`}>Length</label>
            <input
              id={`${id}-amount`}
              type="number"
              inputMode="numeric"
              min={1}
              value={amount}
              aria-invalid={error ? true : undefined}
              onChange={(e) => setCustomLength(e.target.value, unit)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-unit`}>Unit</label>
            <select id={`${id}-unit`} value={unit} onChange={(e) => setCustomLength(amount, e.target.value as Unit)}>
              <option value="minutes">minutes</option>
              <option value="hours">hours</option>
              <option value="days">days</option>
            </select>
          </div>
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
