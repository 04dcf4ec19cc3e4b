/** Asking staff to look at a decision again: the same form at sign-in (suspended) and inside the app. */
import { FormEvent, ReactNode, useRef, useState } from 'react';
import { ApiError } from './api';
import { CHECK_FIELDS, formErrors, FormErrors } from './errors';
import { FormAlert, TextAreaField, useFocusFirstInvalid } from './forms';

const LABELS = { text: 'Why should staff look at this again?' };

interface Props {
  /** Sends the appeal's words (trimmed); the caller says what happens next. */
  send: (text: string) => Promise<void>;
  /** This decision was appealed before (one appeal each). */
  onAlreadyAppealed: () => void;
  hint: string;
  autoFocus?: boolean;
  /** More buttons beside "Send appeal" (e.g. Cancel). */
  children?: ReactNode;
}

export function AppealTextForm({ send, onAlreadyAppealed, hint, autoFocus, children }: Props) {
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
      await send(text.trim());
    } catch (error) {
      if (error instanceof ApiError && error.code === 'already_appealed') {
        onAlreadyAppealed();
        return;
      }
      setErrors(formErrors(error, LABELS));
      setBusy(false);
    }
  }

  const sendButton = (
    <button type="submit" className="button" disabled={busy}>
      {busy ? 'Sending…' : 'Send appeal'}
    </button>
  );
  return (
    <form ref={form} className="appeal-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormAlert messages={errors.general} />
      <TextAreaField
        label={LABELS.text}
        hint={hint}
        maxLength={2000}
        autoFocus={autoFocus}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={errors.fields.text}
      />
      {children ? (
        <div className="actions">
          {sendButton}
          {children}
        </div>
      ) : (
        sendButton
      )}
    </form>
  );
}
