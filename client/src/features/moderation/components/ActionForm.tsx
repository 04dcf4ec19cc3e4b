import type { Resolution, TargetType } from '@hearth/contract';
import { FormEvent, useId, useRef, useState } from 'react';
import { CHECK_FIELDS, formErrors, FormErrors } from '../../../lib/errors';
import { FormAlert, TextAreaField, TextField, useFocusFirstInvalid } from '../../../lib/forms';
import type { Resolve } from '../api';
import { actionsSummary } from '../words';
import { DurationPicker } from './DurationPicker';

type ContentAction = 'hide' | 'remove' | 'content_warning';
type PersonAction = 'warn' | 'mute' | 'suspend' | 'ban';

const CONTENT: { value: ContentAction | ''; label: string }[] = [
  { value: '', label: 'Leave it' },
  { value: 'hide', label: 'Hide' },
  { value: 'remove', label: 'Remove' },
  { value: 'content_warning', label: 'Add a content warning' },
];

const PERSON: { value: PersonAction | ''; label: string }[] = [
  { value: '', label: 'No action' },
  { value: 'warn', label: 'Warn' },
  { value: 'mute', label: 'Mute for…' },
  { value: 'suspend', label: 'Suspend for…' },
  { value: 'ban', label: 'Ban' },
];

const LABELS = { actions: 'Action', reason: 'Reason', durationMinutes: 'Duration', contentWarning: 'Content warning' };
type Field = keyof typeof LABELS;

export interface ActionFormProps {
  targetType: TargetType;
  /** Whose content it is, for the labels ("Mute Sam for…"). */
  authorName: string | null;
  /** Clinicians and moderators cannot ban: only admins decide bans (the server's policy decides; this keeps the choice off). */
  canBan: boolean;
  /** In the queue: nothing chosen means "dismiss", and the item can be escalated instead. */
  queue?: boolean;
  /** What to preselect (from a message: hide). */
  initialContent?: ContentAction | '';
  submit: (resolve: Resolve) => Promise<void>;
  onCancel?: () => void;
}

/**
 * What staff do about content and its author, several actions at once with one
 * reason (hide + mute): one request, applied together or not at all.
 */
export function ActionForm({
  targetType,
  authorName,
  canBan,
  queue = false,
  initialContent = '',
  submit,
  onCancel,
}: ActionFormProps) {
  const id = useId();
  const [content, setContent] = useState<ContentAction | ''>(targetType === 'user' ? '' : initialContent);
  const [person, setPerson] = useState<PersonAction | ''>('');
  const [reason, setReason] = useState('');
  const [minutes, setMinutes] = useState<number | null>(60);
  const [warning, setWarning] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {}, general: [] });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  const timed = person === 'mute' || person === 'suspend';
  const actions = [content, person].filter((a): a is ContentAction | PersonAction => a !== '');
  const who = authorName ?? 'the author';

  async function send(escalate: boolean) {
    const fields: FormErrors<Field>['fields'] = {};
    if (!escalate && actions.length === 0 && !queue) {
      fields.actions = 'Choose what to do.';
    }
    if (reason.trim().length < 3) {
      fields.reason = 'Give a reason (at least 3 characters).';
    }
    if (!escalate && timed && !minutes) {
      fields.durationMinutes = 'Choose how long, as a whole number.';
    }
    if (!escalate && content === 'content_warning' && (warning.trim().length < 2 || warning.trim().length > 120)) {
      fields.contentWarning = 'Write the warning readers will see (2–120 characters).';
    }
    if (Object.keys(fields).length > 0) {
      setErrors({ fields, general: [CHECK_FIELDS] });
      return;
    }
    setBusy(true);
    const chosen: Resolution[] = escalate ? ['escalate'] : actions.length ? actions : ['dismiss'];
    try {
      await submit({
        ...(chosen.length === 1 ? { action: chosen[0] } : { actions: chosen }),
        reason: reason.trim(),
        ...(!escalate && timed && minutes ? { durationMinutes: minutes } : {}),
        ...(!escalate && content === 'content_warning' ? { contentWarning: warning.trim() } : {}),
      });
    } catch (error) {
      setErrors(formErrors(error, LABELS));
      setBusy(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void send(false);
  }

  const label = actions.length ? actionsSummary(actions) : 'Dismiss: no action needed';
  return (
    <form ref={form} className="action-form" onSubmit={onSubmit} noValidate aria-label="Decide">
      <FormAlert messages={errors.general} />
      {targetType !== 'user' && (
        <fieldset className="field choice-group">
          <legend>The {targetType === 'message' ? 'message' : 'content'}</legend>
          <div className="choice-row">
            {CONTENT.map((choice) => (
              <label key={choice.value || 'none'} className="choice-pill">
                <input
                  type="radio"
                  name={`${id}-content`}
                  checked={content === choice.value}
                  onChange={() => setContent(choice.value)}
                />
                {choice.label}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <fieldset
        className="field choice-group"
        aria-describedby={errors.fields.actions ? `${id}-actions-error` : undefined}
      >
        <legend>{targetType === 'user' ? who : `The author (${who})`}</legend>
        <div className="choice-row">
          {PERSON.filter((p) => canBan || p.value !== 'ban').map((choice) => (
            <label key={choice.value || 'none'} className="choice-pill">
              <input
                type="radio"
                name={`${id}-person`}
                checked={person === choice.value}
                aria-invalid={errors.fields.actions ? true : undefined}
                onChange={() => setPerson(choice.value)}
              />
              {choice.label}
            </label>
          ))}
        </div>
        {errors.fields.actions && (
          <p id={`${id}-actions-error`} className="field-error">
            {errors.fields.actions}
          </p>
        )}
      </fieldset>
      {timed && <DurationPicker value={minutes} onChange={setMinutes} error={errors.fields.durationMinutes} />}
      {content === 'content_warning' && (
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
        hint={
          actions.length || !queue
            ? `${authorName ? `${authorName} is` : 'The author is'} told this.`
            : 'Recorded with the decision. The people who reported it are told it was reviewed.'
        }
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.fields.reason}
      />
      <div className="dialog-actions">
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
        {queue && (
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void send(true)}>
            Escalate to senior staff
          </button>
        )}
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : label}
        </button>
      </div>
    </form>
  );
}
