import type { FlagReason, TargetType } from '@hearth/contract';
import { FormEvent, useId, useState } from 'react';
import { ApiError } from '../../../lib/api';
import { describeError } from '../../../lib/errors';
import { FormAlert, TextAreaField } from '../../../lib/forms';
import { Modal } from '../../../lib/Modal';
import { sendFlag } from '../api';
import { FLAG_REASONS } from '../reasons';
import { CrisisResourcesPanel } from './CrisisResourcesPanel';

export interface FlagDialogProps {
  targetType: TargetType;
  targetId: string;
  /** What is being reported, for the title: "Report Morning Lark", "Report this message". */
  title: string;
  onClose: () => void;
}

const THANKS = 'Thanks — staff will review this. The person won’t know it was you.';

/** Report a message, post, thread or person to staff. Focus returns to the opener on close. */
export function FlagDialog({ targetType, targetId, title, onClose }: FlagDialogProps) {
  const id = useId();
  const [reason, setReason] = useState<FlagReason | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) {
      setErrors(['Choose what is wrong.']);
      document.getElementById(`${id}-${FLAG_REASONS[0].reason}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await sendFlag({ targetType, targetId, reason, note: note.trim() || undefined });
      setDone(THANKS);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'already_flagged') {
        setDone('You’ve already reported this. Staff will review it.');
      } else {
        // The daily limit's own words say when to try again.
        setErrors([error instanceof ApiError && error.status === 429 ? error.message : describeError(error)]);
      }
    }
    setBusy(false);
  }

  return (
    <Modal title={title} onClose={onClose}>
      {done ? (
        <>
          <p role="status" className="notice">
            {done}
          </p>
          {reason === 'crisis' && <DangerNow />}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose} autoFocus>
              Done
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <FormAlert messages={errors} />
          <fieldset className="field choice-group">
            <legend>What’s wrong?</legend>
            {FLAG_REASONS.map((r, index) => (
              <div key={r.reason} className="choice choice-described">
                <input
                  id={`${id}-${r.reason}`}
                  type="radio"
                  name={`${id}-reason`}
                  value={r.reason}
                  checked={reason === r.reason}
                  aria-describedby={`${id}-${r.reason}-about`}
                  autoFocus={index === 0}
                  onChange={() => {
                    setReason(r.reason);
                    setErrors([]);
                  }}
                />
                <label htmlFor={`${id}-${r.reason}`}>{r.label}</label>
                <p id={`${id}-${r.reason}-about`} className="field-hint">
                  {r.description}
                </p>
              </div>
            ))}
          </fieldset>
          {reason === 'crisis' && <DangerNow />}
          <TextAreaField
            label="Anything staff should know? (optional)"
            hint="Only staff read this."
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <div className="dialog-actions">
            <button type="button" className="button button-secondary" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button" disabled={busy}>
              {busy ? 'Sending…' : 'Send report'}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}

/** The program's own lines (its emergency number among them), not a number that holds in one country only. */
function DangerNow() {
  return (
    <div>
      <p className="crisis-911">If someone is in immediate danger, reach help now:</p>
      <CrisisResourcesPanel compact />
    </div>
  );
}
