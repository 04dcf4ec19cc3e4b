import type { InviteRole, IssuedInvite, Role } from '@hearth/contract';
import { FormEvent, useId, useRef, useState } from 'react';
import { CHECK_FIELDS, formErrors, FormErrors } from '../../../lib/errors';
import { FormAlert, TextField, useFocusFirstInvalid } from '../../../lib/forms';
import { issueInvite } from '../api';
import { InviteResult } from './InviteResult';

const ROLE_CHOICES: { role: InviteRole; label: string }[] = [
  { role: 'member', label: 'Member (active group)' },
  { role: 'alumni', label: 'Alumni' },
  { role: 'clinician', label: 'Clinician (staff)' },
  { role: 'moderator', label: 'Moderator (staff)' },
  { role: 'admin', label: 'Admin (staff)' },
];

/** Clinicians invite people into their groups; only admins invite staff. */
function rolesFor(caller: Role): typeof ROLE_CHOICES {
  return caller === 'admin' ? ROLE_CHOICES : ROLE_CHOICES.filter((c) => c.role === 'member' || c.role === 'alumni');
}

const LABELS = { role: 'Role', maxUses: 'Uses', expiresInHours: 'Expiry' };
type Field = keyof typeof LABELS;

export function InviteForm({ cohortId, callerRole }: { cohortId: string; callerRole: Role }) {
  const roleId = useId();
  const [role, setRole] = useState<InviteRole>('member');
  const [maxUses, setMaxUses] = useState('1');
  const [hours, setHours] = useState('72');
  const [busy, setBusy] = useState(false);
  const [invite, setInvite] = useState<IssuedInvite | null>(null);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {}, general: [] });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const uses = Number(maxUses);
    const expiresInHours = Number(hours);
    const fields: FormErrors<Field>['fields'] = {};
    if (!Number.isInteger(uses) || uses < 1 || uses > 500) {
      fields.maxUses = 'Uses must be a whole number from 1 to 500.';
    }
    if (!Number.isInteger(expiresInHours) || expiresInHours < 1 || expiresInHours > 720) {
      fields.expiresInHours = 'Expiry must be a whole number of hours from 1 to 720 (30 days).';
    }
    if (Object.keys(fields).length > 0) {
      setErrors({ fields, general: [CHECK_FIELDS] });
      return;
    }
    setBusy(true);
    setInvite(null);
    try {
      setInvite(await issueInvite(cohortId, { role, maxUses: uses, expiresInHours }));
      setErrors({ fields: {}, general: [] });
    } catch (error) {
      setErrors(formErrors(error, LABELS));
    }
    setBusy(false);
  }

  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title">Issue invite</h2>
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert messages={errors.general} />
        <div className="field">
          <label htmlFor={roleId}>Role</label>
          <select id={roleId} value={role} onChange={(e) => setRole(e.target.value as InviteRole)}>
            {rolesFor(callerRole).map((choice) => (
              <option key={choice.role} value={choice.role}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field-row">
          <TextField
            label="Uses"
            hint="How many people may join with this code (1–500)."
            type="number"
            inputMode="numeric"
            min={1}
            max={500}
            value={maxUses}
            onChange={(e) => setMaxUses(e.target.value)}
            error={errors.fields.maxUses}
          />
          <TextField
            label="Expires after (hours)"
            hint="1–720 hours; 72 is three days."
            type="number"
            inputMode="numeric"
            min={1}
            max={720}
            value={hours}
            onChange={(e) => setHours(e.target.value)}
            error={errors.fields.expiresInHours}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Issuing…' : 'Issue invite'}
        </button>
      </form>
      {invite && <InviteResult invite={invite} />}
    </section>
  );
}
