import type { CareStaffView } from '@hearth/contract';
import { useId } from 'react';
import { useLoad } from '../../../lib/useLoad';
import { fetchCareStaff } from '../api';

interface CareTeamPickerProps {
  chosen: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/** Who looks after alumni, who have no cohort: active clinicians and admins, ticked; none ticked means the admins. */
export function CareTeamPicker({ chosen, onChange, error }: CareTeamPickerProps) {
  const [staff] = useLoad(fetchCareStaff, 'care-staff');
  const id = useId();
  const toggle = (personId: string, on: boolean) =>
    onChange(on ? [...chosen, personId] : chosen.filter((x) => x !== personId));

  return (
    <fieldset className="terms-fieldset" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend>Alumni care team</legend>
      <p id={`${id}-hint`} className="field-hint">
        Alumni have no cohort. Their crisis alerts, concerns, check-ins and care-line messages go to the staff ticked
        here; with no one ticked, to the program’s admins.
      </p>
      {staff.kind === 'loading' && <p aria-live="polite">Loading staff…</p>}
      {staff.kind === 'failed' && <p role="alert">{staff.message}</p>}
      {staff.kind === 'ready' && (
        <ul className="plain-list">
          {staff.data.map((person) => (
            <li key={person.id}>
              <StaffCheckbox person={person} checked={chosen.includes(person.id)} onToggle={toggle} />
            </li>
          ))}
          {chosen
            .filter((chosenId) => !staff.data.some((p) => p.id === chosenId))
            .map((gone) => (
              <li key={gone}>
                <StaffCheckbox
                  person={{ id: gone, displayName: 'Someone no longer active as staff', role: null }}
                  checked
                  onToggle={toggle}
                />
              </li>
            ))}
        </ul>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function StaffCheckbox({
  person,
  checked,
  onToggle,
}: {
  person: Omit<CareStaffView, 'role'> & { role: CareStaffView['role'] | null };
  checked: boolean;
  onToggle: (id: string, on: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onToggle(person.id, e.target.checked)} />
      <label htmlFor={id}>
        {person.displayName}
        {person.role && <span className="item-meta"> · {person.role === 'admin' ? 'Admin' : 'Clinician'}</span>}
      </label>
    </div>
  );
}
