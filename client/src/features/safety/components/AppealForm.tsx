import { FormEvent, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api';
import { CHECK_FIELDS, formErrors, FormErrors } from '../../../lib/errors';
import { FormAlert, TextAreaField, useFocusFirstInvalid } from '../../../lib/forms';
import { sendAppeal } from '../api';

const LABELS = { text: 'Why should staff look at this again?' };

interface AppealFormProps {
  about: { reviewItemId: string } | { sanctionId: string };
  onSent: (notice: string) => void;
  onCancel: () => void;
}

/** One appeal per decision: what the member wants staff to know. */
export function AppealForm({ about, onSent, onCancel }: AppealFormProps) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors<'text'>>({ fields: {}, general: [] });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim().length < 3) {
      setErrors({ fields: { text: 'Write a few words (at least 3 characters).' }, general: [CHECK_FIELDS] });
      return;
    }
    setBusy(true);
    try {
      await sendAppeal(about, text.trim());
      onSent(
        'Appeal sent. A staff member who wasn’t part of the decision will look at it, and you’ll see the answer here.',
      );
    } catch (error) {
      if (error instanceof ApiError && error.code === 'already_appealed') {
        onSent('You’ve already appealed this decision.');
        return;
      }
      setErrors(formErrors(error, LABELS));
      setBusy(false);
    }
  }

  return (
    <form ref={form} className="appeal-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormAlert messages={errors.general} />
      <TextAreaField
        label={LABELS.text}
        hint="You can appeal each decision once. Staff who didn’t make the decision will read this."
        maxLength={2000}
        autoFocus
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={errors.fields.text}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Sending…' : 'Send appeal'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
