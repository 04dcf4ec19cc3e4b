import type { RoomView } from '@hearth/contract';
import { useId, useState } from 'react';
import { describeError } from '../../../lib/errors';
import { setSlowMode } from '../api';

const CHOICES = [
  { seconds: 0, label: 'Off' },
  { seconds: 10, label: '10 seconds' },
  { seconds: 30, label: '30 seconds' },
  { seconds: 60, label: '1 minute' },
  { seconds: 300, label: '5 minutes' },
  { seconds: 900, label: '15 minutes' },
  { seconds: 3600, label: '1 hour' },
];

/** Staff who moderate the room: how long each person waits between messages (PATCH /rooms/:id). */
export function SlowModeControl({ room, onChange }: { room: RoomView; onChange: (room: RoomView) => void }) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const choices = CHOICES.some((c) => c.seconds === room.slowModeSeconds)
    ? CHOICES
    : [...CHOICES, { seconds: room.slowModeSeconds, label: `${room.slowModeSeconds} seconds` }];

  async function choose(seconds: number) {
    setBusy(true);
    setMessage(null);
    try {
      const updated = await setSlowMode(room.id, seconds);
      onChange(updated);
      setMessage({ error: false, text: seconds ? 'Slow mode is on.' : 'Slow mode is off.' });
    } catch (error) {
      setMessage({ error: true, text: describeError(error) });
    }
    setBusy(false);
  }

  return (
    <div className="inline-form slow-mode">
      <label htmlFor={id}>Slow mode</label>
      <select
        id={id}
        value={room.slowModeSeconds}
        disabled={busy}
        onChange={(e) => void choose(Number(e.target.value))}
      >
        {choices.map((c) => (
          <option key={c.seconds} value={c.seconds}>
            {c.label}
          </option>
        ))}
      </select>
      <span role="status" className={message?.error ? 'field-error' : 'inline-status'}>
        {message?.text}
      </span>
    </div>
  );
}
