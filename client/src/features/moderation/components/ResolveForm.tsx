import type { Resolution, ReviewItemView } from '@hearth/contract';
import { FormEvent, useId, useRef, useState } from 'react';
import { CHECK_FIELDS, formErrors, FormErrors } from '../../../lib/errors';
import { FormAlert, TextAreaField, TextField, useFocusFirstInvalid } from '../../../lib/forms';
import { resolveItem } from '../api';
import { DurationPicker } from './DurationPicker';

const ACTIONS: { action: Resolution; label: string; content?: true }[] = [
  { action: 'dismiss', label: 'Dismiss: no action needed' },
  { action: 'hide', label: 'Hide the content', content: true },
  { action: 'remove', label: 'Remove the content', content: true },
  { action: 'content_warning', label: 'Add a content warning', content: true },
  { action: 'warn', label: 'Warn the author' },
  { action: 'mute', label: 'Mute (can read, cannot post)' },
  { action: 'suspend', label: 'Suspend (cannot sign in)' },
  { action: 'ban', label: 'Ban' },
  { action: 'escalate', label: 'Escalate to senior staff' },
];

const HINTS: Partial<Record<Resolution, string>> = {
  dismiss: 'Recorded with the decision. The people who reported it are told it was reviewed.',
  escalate: 'Recorded for the team; the item goes back to the queue as urgent.',
};

const LABELS = { action: 'Action', reason: 'Reason', durationMinutes: 'Duration', contentWarning: 'Content warning' };
type Field = keyof typeof LABELS;

interface ResolveFormProps {
  item: ReviewItemView;
  /** Clinicians cannot ban: moderators and admins decide bans. */
  canBan: boolean;
  onResolved: (item: ReviewItemView, action: Resolution, minutes: number | null) => void;
}

export function ResolveForm({ item, canBan, onResolved }: ResolveFormProps) {
  const id = useId();
  const [action, setAction] = useState<Resolution | ''>('');
  const [reason, setReason] = useState('');
  const [minutes, setMinutes] = useState<number | null>(60);
  const [warning, setWarning] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {}, general: [] });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  const timed = action === 'mute' || action === 'suspend';
  const choices = ACTIONS.filter((a) => (item.targetType !== 'user' || !a.content) && (canBan || a.action !== 'ban'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: FormErrors<Field>['fields'] = {};
    if (!action) {
      fields.action = 'Choose what to do.';
    }
    if (reason.trim().length < 3) {
      fields.reason = 'Give a reason (at least 3 characters).';
    }
    if (timed && !minutes) {
      fields.durationMinutes = 'Choose how long, as a whole number.';
    }
    if (action === 'content_warning' && (warning.trim().length < 2 || warning.trim().length > 120)) {
      fields.contentWarning = 'Write the warning readers will see (2–120 characters).';
    }
    if (!action || Object.keys(fields).length > 0) {
      setErrors({ fields, general: [CHECK_FIELDS] });
      return;
    }
    setBusy(true);
    try {
      const resolved = await resolveItem(item.id, {
        action,
        reason: reason.trim(),
        ...(timed && minutes ? { durationMinutes: minutes } : {}),
        ...(action === 'content_warning' ? { contentWarning: warning.trim() } : {}),
      });
      onResolved(resolved, action, timed ? minutes : null);
    } catch (error) {
      setErrors(formErrors(error, LABELS));
      setBusy(false);
    }
  }

  return (
    <form ref={form} className="resolve-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Resolve">
      <FormAlert messages={errors.general} />
      <div className="field">
        <label htmlFor={`${id}-action`}>Action</label>
        <select
          id={`${id}-action`}
          value={action}
          aria-invalid={errors.fields.action ? true : undefined}
          aria-describedby={errors.fields.action ? `${id}-action-error` : undefined}
          onChange={(e) => setAction(e.target.value as Resolution)}
        >
          <option value="">Choose an action…</option>
          {choices.map((choice) => (
            <option key={choice.action} value={choice.action}>
              {choice.label}
            </option>
          ))}
        </select>
        {errors.fields.action && (
          <p id={`${id}-action-error`} className="field-error">
            {errors.fields.action}
          </p>
        )}
      </div>
      {timed && <DurationPicker value={minutes} onChange={setMinutes} error={errors.fields.durationMinutes} />}
      {action === 'content_warning' && (
        <TextField
          label="Content warning"
          hint="Readers see this first and choose whether to open the content."
          maxLength={120}
          value={warning}
          onChange={(e) => setWarning(e.target.value)}
          error={errors.fields.contentWarning}
        />
      )}
      <TextAreaField
        label="Reason"
        hint={(action && HINTS[action]) || 'The author will be told this.'}
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.fields.reason}
      />
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Saving…' : action === 'escalate' ? 'Escalate' : 'Resolve'}
      </button>
    </form>
  );
}
