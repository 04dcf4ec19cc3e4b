import type { ProgramSettings } from '@hearth/contract';
import { FormEvent, useMemo, useRef, useState } from 'react';
import { setCrisisResources } from '../../../lib/crisis';
import { formErrors, FormErrors } from '../../../lib/errors';
import { CheckboxField, FormAlert, TextField, useFocusFirstInvalid } from '../../../lib/forms';
import { useTitle } from '../../../lib/title';
import { useLoad } from '../../../lib/useLoad';
import { fetchSettings, saveSettings } from '../api';
import { CareTeamPicker } from './CareTeamPicker';
import {
  CrisisResourcesEditor,
  RESOURCE_LABELS,
  ResourceDraft,
  resourceDraft,
  ResourceField,
  toResource,
} from './CrisisResourcesEditor';
import { TimeZoneField } from './TimeZoneField';

/** Program settings (admins): second factor for staff, crisis resources, time zone, alumni care team, answer time. */
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

interface Draft {
  staffMfaRequired: boolean;
  crisisResources: ResourceDraft[];
  timeZone: string;
  alumniCareTeam: string[];
  careAnswerMinutes: string;
}

const toDraft = (s: ProgramSettings): Draft => ({
  ...s,
  crisisResources: s.crisisResources.map((r) => resourceDraft(r)),
  careAnswerMinutes: String(s.careAnswerMinutes),
});

// A number as typed goes as a number; anything else goes as typed, for the server to name the field.
const minutes = (text: string): number | string => (/^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : text);

function changes(draft: Draft, saved: ProgramSettings): Partial<Record<keyof ProgramSettings, unknown>> {
  const next: Record<keyof ProgramSettings, unknown> = {
    staffMfaRequired: draft.staffMfaRequired,
    crisisResources: draft.crisisResources.map(toResource),
    timeZone: draft.timeZone,
    alumniCareTeam: draft.alumniCareTeam,
    careAnswerMinutes: minutes(draft.careAnswerMinutes),
  };
  const keys = Object.keys(next) as (keyof ProgramSettings)[];
  return Object.fromEntries(
    keys.filter((k) => JSON.stringify(next[k]) !== JSON.stringify(saved[k])).map((k) => [k, next[k]]),
  );
}

function SettingsForm({ initial }: { initial: ProgramSettings }) {
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState(() => toDraft(initial));
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [errors, setErrors] = useState<FormErrors<string> | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  const pending = useMemo(() => changes(draft, saved), [draft, saved]);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setDone(false);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setDone(false);
    try {
      const next = await saveSettings(pending as Partial<ProgramSettings>);
      setSaved(next);
      setDraft(toDraft(next));
      setCrisisResources(next.crisisResources);
      setErrors(null);
      setDone(true);
    } catch (error) {
      setErrors(formErrors(error, fieldLabels(draft.crisisResources.length)));
    }
    setBusy(false);
  }

  const fields = errors?.fields ?? {};
  const turningOn = draft.staffMfaRequired && !saved.staffMfaRequired;
  return (
    <form ref={form} onSubmit={(e) => void submit(e)} noValidate className="settings-form">
      <div role="status">{done && <p className="notice">Settings saved. The change is in the audit log.</p>}</div>
      <FormAlert messages={errors?.general ?? []} />
      <fieldset className="terms-fieldset">
        <legend>Sign-in</legend>
        <CheckboxField
          label="Require staff to sign in with a second factor (authenticator app)"
          name="staffMfaRequired"
          checked={draft.staffMfaRequired}
          onChange={(e) => set('staffMfaRequired', e.target.checked)}
        />
        <p className={turningOn ? 'notice-plain' : 'field-hint'}>
          Staff who have no second factor yet will be asked to set one up at their next action, before they can do
          anything else (including you, if you have none). Members are not affected. While this is on, staff can’t turn
          their second factor off; an admin can reset a lost one.
        </p>
      </fieldset>
      <CrisisResourcesEditor
        rows={draft.crisisResources}
        onChange={(rows) => set('crisisResources', rows)}
        errors={resourceErrors(fields, draft.crisisResources.length)}
        listError={fields.crisisResources}
      />
      <TimeZoneField value={draft.timeZone} onChange={(zone) => set('timeZone', zone)} error={fields.timeZone} />
      <CareTeamPicker
        chosen={draft.alumniCareTeam}
        onChange={(ids) => set('alumniCareTeam', ids)}
        error={teamError(fields)}
      />
      <fieldset className="terms-fieldset">
        <legend>Care line</legend>
        <TextField
          label="Answer time (minutes)"
          hint="A message to the care team that waits longer than this for a staff answer is escalated to the whole care team. 240 minutes is 4 hours; from 5 minutes to 7 days (10080)."
          type="number"
          inputMode="numeric"
          min={5}
          max={10080}
          step={1}
          value={draft.careAnswerMinutes}
          onChange={(e) => set('careAnswerMinutes', e.target.value)}
          error={fields.careAnswerMinutes}
        />
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={busy || Object.keys(pending).length === 0}>
          {busy ? 'Saving…' : 'Save settings'}
        </button>
      </div>
    </form>
  );
}

const RESOURCE_FIELDS = Object.keys(RESOURCE_LABELS) as ResourceField[];
const MAX_TEAM = 50;

/** Every path the server may name, with the words shown beside it ("Resource 2: Link must be …"). */
function fieldLabels(rows: number): Record<string, string> {
  const labels: Record<string, string> = {
    crisisResources: 'The list',
    timeZone: 'Time zone',
    alumniCareTeam: 'Alumni care team',
    careAnswerMinutes: 'Answer time',
    staffMfaRequired: 'Second factor',
  };
  for (let i = 0; i < rows; i++) {
    labels[`crisisResources.${i}`] = `Resource ${i + 1}`;
    for (const field of RESOURCE_FIELDS) {
      labels[`crisisResources.${i}.${field}`] = RESOURCE_LABELS[field];
    }
  }
  for (let i = 0; i < MAX_TEAM; i++) {
    labels[`alumniCareTeam.${i}`] = 'Someone ticked';
  }
  return labels;
}

function resourceErrors(fields: Record<string, string | undefined>, rows: number) {
  const byRow: Record<number, Partial<Record<ResourceField | 'row', string>>> = {};
  for (let i = 0; i < rows; i++) {
    byRow[i] = { row: fields[`crisisResources.${i}`] };
    for (const field of RESOURCE_FIELDS) {
      byRow[i][field] = fields[`crisisResources.${i}.${field}`];
    }
  }
  return byRow;
}

function teamError(fields: Record<string, string | undefined>): string | undefined {
  const messages = Object.entries(fields)
    .filter(([key, text]) => key.startsWith('alumniCareTeam') && text)
    .map(([, text]) => text);
  return messages.length > 0 ? messages.join(' ') : undefined;
}
