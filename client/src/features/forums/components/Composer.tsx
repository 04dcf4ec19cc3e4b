import { FormEvent, useId, useRef, useState } from 'react';
import { CHECK_FIELDS, formErrors, FormErrors } from '../../../lib/errors';
import { FormAlert, useFocusFirstInvalid } from '../../../lib/forms';
import { useForumHelp } from '../help';

export interface ComposerValue {
  title?: string;
  body: string;
  contentWarning?: string;
}

interface ComposerProps {
  /** Shows a title field (starting a thread). */
  withTitle?: boolean;
  label: string;
  submitLabel: string;
  initial?: ComposerValue;
  onSubmit: (value: ComposerValue) => Promise<void>;
  onCancel?: () => void;
}

type Field = 'title' | 'body' | 'contentWarning';
const LABELS: Record<Field, string> = { title: 'Title', body: 'Message', contentWarning: 'Content warning' };

/**
 * Writing a thread, a reply or an edit, with an optional content warning that readers
 * open on purpose, and the help the words call for while typing (help.tsx).
 */
export function Composer({ withTitle = false, label, submitLabel, initial, onSubmit, onCancel }: ComposerProps) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState(initial?.title ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const [warn, setWarn] = useState(Boolean(initial?.contentWarning));
  const [warning, setWarning] = useState(initial?.contentWarning ?? '');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {}, general: [] });
  const help = useForumHelp();
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      // One plain sentence, before asking the server.
      setErrors({ fields: { body: 'Write your message first.' }, general: [CHECK_FIELDS] });
      return;
    }
    setBusy(true);
    try {
      await onSubmit({
        ...(withTitle ? { title: title.trim() } : {}),
        body,
        contentWarning: warn && warning.trim() ? warning.trim() : undefined,
      });
      setErrors({ fields: {}, general: [] });
      if (!initial) {
        setTitle('');
        setBody('');
        setWarn(false);
        setWarning('');
      }
    } catch (error) {
      setErrors(formErrors(error, LABELS));
    }
    setBusy(false);
  }

  const err = errors.fields;
  return (
    <form ref={form} className="composer" onSubmit={(e) => void submit(e)} noValidate>
      <FormAlert messages={errors.general} />
      {withTitle && (
        <div className="field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            value={title}
            maxLength={150}
            required
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={err.title ? true : undefined}
            aria-describedby={err.title ? `${id}-title-error` : undefined}
          />
          {err.title && (
            <p id={`${id}-title-error`} className="field-error">
              {err.title}
            </p>
          )}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-body`}>{label}</label>
        <textarea
          id={`${id}-body`}
          value={body}
          rows={withTitle ? 6 : 3}
          maxLength={20000}
          required
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={err.body ? true : undefined}
          aria-describedby={err.body ? `${id}-body-error` : undefined}
        />
        {err.body && (
          <p id={`${id}-body-error`} className="field-error">
            {err.body}
          </p>
        )}
        {/* While typing: the help the words call for, from the app (a thread's title is read with its body). */}
        {help.draft?.(withTitle ? `${title}\n${body}` : body)}
      </div>
      <div className="field field-check">
        <input id={`${id}-warn`} type="checkbox" checked={warn} onChange={(e) => setWarn(e.target.checked)} />
        <label htmlFor={`${id}-warn`}>Add a content warning</label>
      </div>
      {warn && (
        <div className="field">
          <label htmlFor={`${id}-cw`}>Content warning</label>
          <p id={`${id}-cw-hint`} className="field-hint">
            A few words on what readers should know first, e.g. “relapse” or “self-harm”. They open it on purpose.
          </p>
          <input
            id={`${id}-cw`}
            value={warning}
            maxLength={120}
            onChange={(e) => setWarning(e.target.value)}
            aria-invalid={err.contentWarning ? true : undefined}
            aria-describedby={`${id}-cw-hint`}
          />
          {err.contentWarning && <p className="field-error">{err.contentWarning}</p>}
        </div>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
