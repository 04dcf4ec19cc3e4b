import type { MessageView } from '@hearth/contract';
import { FormEvent, useContext, useId, useState } from 'react';
import { DraftHelpContext } from '../draftHelp';
import { describeAckError, editMessage } from '../live';
import { deliver } from '../roomStore';
import { showSignpost } from '../signpost';

interface MessageEditorProps {
  message: MessageView;
  onDone: () => void;
}

/** Changing one's own message (within 15 minutes of sending): its words and its content warning. */
export function MessageEditor({ message, onDone }: MessageEditorProps) {
  const id = useId();
  const [body, setBody] = useState(message.body ?? '');
  const [warning, setWarning] = useState(message.contentWarning ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const draftHelp = useContext(DraftHelpContext);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setError('Write something, or delete the message instead.');
      return;
    }
    setBusy(true);
    const answer = await editMessage(message.id, { body, contentWarning: warning.trim() || null });
    setBusy(false);
    if (answer.ok) {
      deliver(answer.message);
      if (answer.signpost) {
        showSignpost(answer.signpost);
      }
      onDone();
    } else {
      setError(describeAckError(answer.error));
    }
  }

  return (
    <form className="message-editor" onSubmit={(e) => void save(e)} noValidate>
      <label htmlFor={`${id}-body`} className="visually-hidden">
        Edit your message
      </label>
      <textarea
        id={`${id}-body`}
        value={body}
        rows={2}
        maxLength={4000}
        autoFocus
        onChange={(e) => setBody(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {draftHelp?.(body)}
      <label htmlFor={`${id}-cw`}>Content warning (optional)</label>
      <input id={`${id}-cw`} value={warning} maxLength={120} onChange={(e) => setWarning(e.target.value)} />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-small" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
