import type { WatchedAction, WatchedWordView } from '@hearth/contract';
import { FormEvent, useId, useRef, useState } from 'react';
import { CHECK_FIELDS, formErrors, FormErrors } from '../../../lib/errors';
import { CheckboxField, FormAlert, TextField, useFocusFirstInvalid } from '../../../lib/forms';
import { addWatchedWord } from '../api';
import { WATCHED_ACTION_WORDS } from '../words';

const LABELS = { term: 'Word or phrase', isRegex: 'Pattern', action: 'Action' };
type Field = keyof typeof LABELS;

export function WatchedWordForm({ onAdded }: { onAdded: (word: WatchedWordView) => void }) {
  const id = useId();
  const [term, setTerm] = useState('');
  const [isRegex, setIsRegex] = useState(false);
  const [action, setAction] = useState<WatchedAction>('flag');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {}, general: [] });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!term.trim()) {
      setErrors({ fields: { term: 'Enter a word, phrase or pattern.' }, general: [CHECK_FIELDS] });
      return;
    }
    setBusy(true);
    try {
      const word = await addWatchedWord({ term: term.trim(), isRegex, action });
      setTerm('');
      setIsRegex(false);
      setErrors({ fields: {}, general: [] });
      onAdded(word);
    } catch (error) {
      // An unsafe or invalid pattern is refused with a reason: it belongs beside the term.
      const sorted = formErrors(error, LABELS);
      if (isRegex && !sorted.fields.term && sorted.general[0] !== CHECK_FIELDS && sorted.general.length === 1) {
        sorted.fields.term = sorted.general[0];
        sorted.general = [CHECK_FIELDS];
      }
      setErrors(sorted);
    }
    setBusy(false);
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Add a watched word</h2>
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert messages={errors.general} />
        <TextField
          label="Word or phrase"
          hint="Matched as a whole word, including common disguises (extra letters, numbers for letters)."
          maxLength={200}
          autoComplete="off"
          value={term}
          onChange={(e) => setTerm(e.target.value)}
          error={errors.fields.term}
        />
        <CheckboxField
          label="Treat as pattern (regular expression)"
          checked={isRegex}
          onChange={(e) => setIsRegex(e.target.checked)}
        />
        <div className="field">
          <label htmlFor={`${id}-action`}>Action</label>
          <select
            id={`${id}-action`}
            value={action}
            aria-describedby={`${id}-action-hint`}
            onChange={(e) => setAction(e.target.value as WatchedAction)}
          >
            {(Object.keys(WATCHED_ACTION_WORDS) as WatchedAction[]).map((key) => (
              <option key={key} value={key}>
                {WATCHED_ACTION_WORDS[key].label} — {WATCHED_ACTION_WORDS[key].description}
              </option>
            ))}
          </select>
          <p id={`${id}-action-hint`} className="field-hint">
            {WATCHED_ACTION_WORDS[action].label}: {WATCHED_ACTION_WORDS[action].description}.
          </p>
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Adding…' : 'Add'}
        </button>
      </form>
    </section>
  );
}
