import type { PersonRef } from '@hearth/contract';
import { FormEvent, useRef, useState } from 'react';
import { fileDate, saveFile } from '../../../lib/download';
import { describeError } from '../../../lib/errors';
import { CheckboxField, TextAreaField, useFocusFirstInvalid } from '../../../lib/forms';
import { deletePersonAccount, exportPersonData, resetSecondFactor } from '../api';

interface AdminAccountPanelProps {
  person: PersonRef;
  onClose: () => void;
  onDeleted: () => void;
}

const MIN_REASON = 3;

/** The three requests an admin carries out for someone, each recorded in the audit log. */
export function AdminAccountPanel({ person, onClose, onDeleted }: AdminAccountPanelProps) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [reason, setReason] = useState('');
  const [purge, setPurge] = useState(false);
  const [reasonError, setReasonError] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, reasonError);

  async function run(task: () => Promise<string | null>) {
    setBusy(true);
    setOutcome(null);
    try {
      const text = await task();
      if (text) {
        setOutcome({ ok: true, text });
      }
    } catch (error) {
      setOutcome({ ok: false, text: describeError(error) });
    }
    setBusy(false);
  }

  const reset = () =>
    run(async () => {
      await resetSecondFactor(person.id);
      return `${person.displayName}’s second factor is reset. They set up a new one when they next sign in.`;
    });

  const download = () =>
    run(async () => {
      const data = await exportPersonData(person.id);
      saveFile(JSON.stringify(data, null, 2), `hearth-data-export-${fileDate()}.json`, 'application/json');
      return 'Downloaded. Hand it to them securely, then delete your copy.';
    });

  function remove(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < MIN_REASON) {
      setReasonError('Say why: for example, “asked by phone on Monday”.');
      return;
    }
    setReasonError(undefined);
    void run(async () => {
      await deletePersonAccount(person.id, reason.trim(), purge);
      onDeleted();
      return null;
    });
  }

  return (
    <>
      <p className="item-meta">Only when the person asks. Each action is recorded in the audit log.</p>
      <div role="status">{outcome?.ok && <p className="notice">{outcome.text}</p>}</div>
      {outcome && !outcome.ok && (
        <p role="alert" className="form-alert">
          {outcome.text}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void reset()}>
          Reset second factor
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void download()}>
          Export data (on request)
        </button>
      </div>
      <form ref={form} onSubmit={remove} noValidate className="admin-delete">
        <h3>Delete account (on request)</h3>
        <p className="item-meta">
          Erases their email, name and sign-in. What they wrote stays as “Former member” unless removed too.
        </p>
        <TextAreaField
          label="Reason (recorded)"
          name="reason"
          required
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={reasonError}
        />
        <CheckboxField
          label="Also remove everything they wrote"
          name="purgeContent"
          checked={purge}
          onChange={(e) => setPurge(e.target.checked)}
        />
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            Close
          </button>
          <button type="submit" className="button button-danger" disabled={busy}>
            Delete account
          </button>
        </div>
      </form>
    </>
  );
}
