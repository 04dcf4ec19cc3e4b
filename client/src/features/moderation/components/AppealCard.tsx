import type { Resolution, StaffAppealView } from '@hearth/contract';
import { FormEvent, useId, useRef, useState } from 'react';
import { formatMoment } from '../../../lib/dates';
import { ApiError } from '../../../lib/api';
import { CHECK_FIELDS, formErrors, FormErrors } from '../../../lib/errors';
import { FormAlert, RadioGroup, TextAreaField, useFocusFirstInvalid } from '../../../lib/forms';
import { decideAppeal } from '../api';
import { RESOLUTION_WORDS } from '../words';

const OWN_DECISION = 'You made the original decision, so another staff member must decide this appeal.';
const LABELS = { outcome: 'Outcome', reason: 'Reason' };
const DECISIONS = [
  { value: 'upheld', label: 'Uphold: the decision stands' },
  { value: 'overturned', label: 'Overturn: reverse the decision' },
] as const;
type Field = keyof typeof LABELS;

interface AppealCardProps {
  appeal: StaffAppealView;
  myId: string;
  onDecided: (notice: string) => void;
}

export function AppealCard({ appeal, myId, onDecided }: AppealCardProps) {
  const id = useId();
  const [outcome, setOutcome] = useState<'upheld' | 'overturned' | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {}, general: [] });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  const original = RESOLUTION_WORDS[appeal.original.action as Resolution] ?? appeal.original.action;
  const mine = appeal.original.by?.id === myId;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: FormErrors<Field>['fields'] = {};
    if (!outcome) {
      fields.outcome = 'Choose uphold or overturn.';
    }
    if (reason.trim().length < 3) {
      fields.reason = 'Give a reason (at least 3 characters); the member will be told it.';
    }
    if (!outcome || fields.reason) {
      setErrors({ fields, general: [CHECK_FIELDS] });
      return;
    }
    setBusy(true);
    try {
      await decideAppeal(appeal.id, outcome, reason.trim());
      onDecided(`${outcome === 'upheld' ? 'Upheld' : 'Overturned'}: the appeal from ${appeal.user.displayName}.`);
    } catch (error) {
      const own = error instanceof ApiError && error.code === 'own_decision';
      setErrors(own ? { fields: {}, general: [OWN_DECISION] } : formErrors(error, LABELS));
      setBusy(false);
    }
  }

  return (
    <article className="review-item" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Appeal from {appeal.user.displayName}</h2>
      <p className="item-meta">Sent {formatMoment(appeal.createdAt)}</p>
      <dl className="facts">
        <dt>Original decision</dt>
        <dd>
          {original}
          {mine ? ' (by you)' : appeal.original.by ? ` (by ${appeal.original.by.displayName})` : ''}
        </dd>
        <dt>Reason given</dt>
        <dd>{appeal.original.reason ?? 'None recorded'}</dd>
        <dt>What they wrote</dt>
        <dd className="quote">{appeal.text}</dd>
        {appeal.status !== 'open' && (
          <>
            <dt>Decision</dt>
            <dd>
              {appeal.status === 'upheld' ? 'Upheld' : 'Overturned'}: {appeal.decisionReason}
            </dd>
          </>
        )}
      </dl>
      {appeal.status === 'open' && mine && <p className="notice-plain">{OWN_DECISION}</p>}
      {appeal.status === 'open' && !mine && (
        <form
          ref={form}
          onSubmit={(e) => void submit(e)}
          noValidate
          aria-label={`Decide the appeal from ${appeal.user.displayName}`}
        >
          <FormAlert messages={errors.general} />
          <RadioGroup
            legend="Your decision"
            options={DECISIONS}
            value={outcome}
            onChange={setOutcome}
            error={errors.fields.outcome}
          />
          <TextAreaField
            label="Reason"
            hint="The member will be told this."
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={errors.fields.reason}
          />
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Saving…' : 'Decide'}
          </button>
        </form>
      )}
    </article>
  );
}
