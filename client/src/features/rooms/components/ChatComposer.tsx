import { FormEvent, KeyboardEvent, ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatMoment } from '../../../lib/dates';
import { useMute } from '../../../lib/sanction';
import { sendTyping } from '../live';

/** Typing notices go out at most this often while someone types. */
const TYPING_EVERY_MS = 3_000;

export interface Draft {
  body: string;
  contentWarning?: string;
}

interface ChatComposerProps {
  roomId: string;
  /** Shown under the box when slow mode is on. */
  hint?: string;
  onSend: (draft: Draft) => void;
  /** Words to put back in the box (a failed message to change), with a key that changes each time. */
  restore?: Draft & { key: number };
  /** Draft-time help under the box (crisis signposting), from the app. */
  below?: (draft: string) => ReactNode;
  /** A care line: a muted person may still write to their care team. */
  muteExempt?: boolean;
}

/**
 * Writing a message, one-handed on a phone: the box and a large Send button at the
 * thumb, Enter sends (Shift+Enter for a new line), an optional content warning.
 * Sending never waits: the message goes to the outbox and the box clears. While the
 * person is muted, the composer is disabled and says until when and why (not in a
 * care line: the care team can always be reached).
 */
export function ChatComposer({ roomId, hint, onSend, restore, below, muteExempt = false }: ChatComposerProps) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState('');
  const [warn, setWarn] = useState(false);
  const [warning, setWarning] = useState('');
  const [error, setError] = useState<string | null>(null);
  const lastTyping = useRef(0);
  const activeMute = useMute();
  const mute = muteExempt ? null : activeMute;

  useEffect(() => {
    if (restore) {
      setBody(restore.body);
      setWarn(Boolean(restore.contentWarning));
      setWarning(restore.contentWarning ?? '');
      box.current?.focus();
    }
  }, [restore]);

  function change(value: string) {
    setBody(value);
    setError(null);
    if (value.trim() && Date.now() - lastTyping.current >= TYPING_EVERY_MS) {
      lastTyping.current = Date.now();
      sendTyping(roomId);
    }
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (mute) {
      return;
    }
    if (!body.trim()) {
      setError('Write a message first.');
      box.current?.focus();
      return;
    }
    onSend({ body, contentWarning: warn && warning.trim() ? warning.trim() : undefined });
    setBody('');
    setWarn(false);
    setWarning('');
    lastTyping.current = 0;
    box.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  }

  const describedBy = mute ? `${id}-muted` : error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <form className="chat-composer" onSubmit={submit} noValidate>
      {mute && (
        <div id={`${id}-muted`} className="notice chat-muted" role="status">
          <p>
            <strong>You are muted until {formatMoment(mute.until)}</strong> (your time), so you can’t send messages or
            post for now. Reason: {mute.reason}
          </p>
          <p>
            You can still read along, get <Link to="/crisis">crisis help</Link> at any time,{' '}
            <Link to="/care">talk to your care team</Link>, and <Link to="/moderation/mine">appeal this decision</Link>.
          </p>
        </div>
      )}
      {warn && (
        <div className="chat-cw">
          <label htmlFor={`${id}-cw`}>Content warning</label>
          <input
            id={`${id}-cw`}
            value={warning}
            maxLength={120}
            placeholder="e.g. relapse, self-harm"
            onChange={(e) => setWarning(e.target.value)}
          />
        </div>
      )}
      <div className="chat-composer-row">
        <button
          type="button"
          className="cw-toggle"
          aria-pressed={warn}
          aria-label="CW: add a content warning"
          title="Add a content warning"
          disabled={Boolean(mute)}
          onClick={() => setWarn(!warn)}
        >
          CW
        </button>
        <label htmlFor={`${id}-body`} className="visually-hidden">
          Message
        </label>
        <textarea
          id={`${id}-body`}
          ref={box}
          value={body}
          rows={1}
          maxLength={4000}
          enterKeyHint="send"
          placeholder="Message"
          onChange={(e) => change(e.target.value)}
          onKeyDown={onKeyDown}
          disabled={Boolean(mute)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        <button type="submit" className="button chat-send" disabled={Boolean(mute)}>
          Send
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {below?.(body)}
    </form>
  );
}
