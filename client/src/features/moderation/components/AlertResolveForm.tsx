import type { AlertOutcome, AlertView } from '@hearth/contract';
import { FormEvent, useRef, useState } from 'react';
import { CHECK_FIELDS, formErrors, FormErrors } from '../../../lib/errors';
import { FormAlert, RadioGroup, TextAreaField, useFocusFirstInvalid } from '../../../lib/forms';
import { resolveAlert } from '../api';
import { OUTCOME_WORDS } from '../words';

const LABELS = { outcome: 'Outcome', note: 'Note' };
type Field = keyof typeof LABELS;

/** The clinician's record of what was done: part of the audit log. */
export function AlertResolveForm({ alert, onResolved }: { alert: AlertView; onResolved: (alert: AlertView) => void }) {
  const [outcome, setOutcome] = useState<AlertOutcome | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {}, general: [] });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: FormErrors<Field>['fields'] = {};
    if (!outcome) {
      fields.outcome = 'Choose what you did.';
    }
    if (note.trim().length < 3) {
      fields.note = 'Write a short note for the record (at least 3 characters).';
    }
    if (!outcome || fields.note) {
      setErrors({ fields, general: [CHECK_FIELDS] });
      return;
    }
    setBusy(true);
    try {
      onResolved(await resolveAlert(alert.id, outcome, note.trim()));
    } catch (error) {
      setErrors(formErrors(error, LABELS));
      setBusy(false);
    }
  }

  return (
    <form ref={form} onSubmit={(e) => void submit(e)} noValidate aria-label="Record outcome">
      <FormAlert messages={errors.general} />
      <RadioGroup
        legend="What did you do?"
        options={(Object.keys(OUTCOME_WORDS) as AlertOutcome[]).map((key) => ({
          value: key,
          label: OUTCOME_WORDS[key],
        }))}
        value={outcome}
        onChange={setOutcome}
        error={errors.fields.outcome}
      />
      <TextAreaField
        label="Note"
        hint="What happened, for the record. Staff can read it in the audit log."
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.fields.note}
      />
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Saving…' : 'Record outcome'}
      </button>
    </form>
  );
}
