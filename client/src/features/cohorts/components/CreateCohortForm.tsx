import { FormEvent, useRef, useState } from 'react';
import { CHECK_FIELDS, formErrors, FormErrors } from '../../../lib/errors';
import { FormAlert, TextField, useFocusFirstInvalid } from '../../../lib/forms';
import { createCohort } from '../api';

const LABELS = { name: 'Name', program: 'Program', startsOn: 'Start date', endsOn: 'End date' };
type Field = keyof typeof LABELS;
const EMPTY: Record<Field, string> = { name: '', program: '', startsOn: '', endsOn: '' };

export function CreateCohortForm({ onCreated }: { onCreated: (cohort: { id: string; name: string }) => void }) {
  const [values, setValues] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {}, general: [] });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  const field = (name: Field) => ({
    name,
    value: values[name],
    error: errors.fields[name],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const name = values.name.trim();
    const fields: FormErrors<Field>['fields'] = {};
    if (!name) {
      fields.name = 'Give the cohort a name.';
    }
    if (values.startsOn && values.endsOn && values.endsOn < values.startsOn) {
      fields.endsOn = 'The end date must not be before the start date.';
    }
    if (Object.keys(fields).length > 0) {
      setErrors({ fields, general: [CHECK_FIELDS] });
      return;
    }
    setBusy(true);
    try {
      const cohort = await createCohort({
        name,
        program: values.program.trim() || undefined,
        startsOn: values.startsOn || undefined,
        endsOn: values.endsOn || undefined,
      });
      setValues(EMPTY);
      setErrors({ fields: {}, general: [] });
      onCreated({ id: cohort.id, name });
    } catch (error) {
      setErrors(formErrors(error, LABELS));
    }
    setBusy(false);
  }

  return (
    <section className="card" aria-labelledby="create-cohort-title">
      <h2 id="create-cohort-title">Create a cohort</h2>
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert messages={errors.general} />
        <TextField label="Name" required maxLength={80} autoComplete="off" {...field('name')} />
        <TextField label="Program (optional)" maxLength={80} autoComplete="off" {...field('program')} />
        <div className="field-row">
          <TextField label="Starts on (optional)" type="date" {...field('startsOn')} />
          <TextField label="Ends on (optional)" type="date" {...field('endsOn')} />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Creating…' : 'Create cohort'}
        </button>
      </form>
    </section>
  );
}
