import type { ProgramSettings } from '@hearth/contract';
import { FormEvent, useState } from 'react';
import { describeError } from '../../../lib/errors';
import { CheckboxField } from '../../../lib/forms';
import { useTitle } from '../../../lib/title';
import { useLoad } from '../../../lib/useLoad';
import { fetchSettings, saveSettings } from '../api';

/** Program settings (admins): whether staff must sign in with a second factor. */
export function AdminSettingsPage() {
  useTitle('Settings');
  const [settings] = useLoad(fetchSettings, 'settings');
  return (
    <section className="card" aria-labelledby="settings-title">
      <h1 id="settings-title">Program settings</h1>
      {settings.kind === 'loading' && <p aria-live="polite">Loading…</p>}
      {settings.kind === 'failed' && <p role="alert">{settings.message}</p>}
      {settings.kind === 'ready' && <SettingsForm initial={settings.data} />}
    </section>
  );
}

function SettingsForm({ initial }: { initial: ProgramSettings }) {
  const [saved, setSaved] = useState(initial);
  const [required, setRequired] = useState(initial.staffMfaRequired);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    try {
      const next = await saveSettings({ staffMfaRequired: required });
      setSaved(next);
      setRequired(next.staffMfaRequired);
      setOutcome({ ok: true, text: 'Settings saved. The change is in the audit log.' });
    } catch (error) {
      setOutcome({ ok: false, text: describeError(error) });
    }
    setBusy(false);
  }

  const turningOn = required && !saved.staffMfaRequired;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <div role="status">{outcome?.ok && <p className="notice">{outcome.text}</p>}</div>
      {outcome && !outcome.ok && (
        <p role="alert" className="form-alert">
          {outcome.text}
        </p>
      )}
      <fieldset className="terms-fieldset">
        <legend>Sign-in</legend>
        <CheckboxField
          label="Require staff to sign in with a second factor (authenticator app)"
          name="staffMfaRequired"
          checked={required}
          onChange={(e) => setRequired(e.target.checked)}
        />
        <p className={turningOn ? 'notice-plain' : 'field-hint'}>
          Staff who have no second factor yet will be asked to set one up at their next action, before they can do
          anything else (including you, if you have none). Members are not affected. While this is on, staff can’t turn
          their second factor off; an admin can reset a lost one.
        </p>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={busy || required === saved.staffMfaRequired}>
          {busy ? 'Saving…' : 'Save settings'}
        </button>
      </div>
    </form>
  );
}
