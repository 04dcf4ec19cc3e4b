import type { SanctionStanding } from '@hearth/contract';
import { FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../../lib/api';
import { formatMoment } from '../../../lib/dates';
import { CHECK_FIELDS, formErrors, FormErrors } from '../../../lib/errors';
import { FormAlert, TextAreaField, useFocusFirstInvalid } from '../../../lib/forms';
import { appealFromSignIn, Credentials } from '../api';

const LABELS = { text: 'Why should staff look at this again?' };

/**
 * What a suspended or banned person sees at sign-in, their credentials having
 * identified them: the state, the reason, the end in their own time, what they
 * can still do, and the appeal. No session is started.
 */
export function SanctionStandingPanel({
  standing,
  credentials,
}: {
  standing: SanctionStanding;
  credentials: Credentials;
}) {
  const banned = standing.status === 'banned';
  const [appeal, setAppeal] = useState(standing.sanction?.appeal ?? null);
  return (
    <div className="sanction-standing" aria-labelledby="standing-title">
      <h2 id="standing-title">{banned ? 'Your account is banned' : 'Your account is suspended'}</h2>
      <p role="alert">
        {banned
          ? 'You cannot sign in to the community.'
          : standing.until
            ? `You can sign in again on ${formatMoment(standing.until)} (your time).`
            : 'You cannot sign in until staff lift the suspension.'}
      </p>
      {standing.sanction && <p>Reason: {standing.sanction.reason}</p>}
      <h3>What you can still do</h3>
      <ul>
        <li>
          Reach <Link to="/crisis">crisis lines</Link>: free, any time, day or night.
        </li>
        <li>Talk with your care team at your next session, or call the program as usual: your care continues.</li>
        {standing.sanction && <li>Ask staff to look at this decision again, below.</li>}
      </ul>
      {standing.sanction &&
        (appeal ? (
          <p className="notice" role="status">
            {appeal.status === 'open'
              ? 'Your appeal has been sent. A staff member who wasn’t part of the decision will look at it.'
              : appeal.status === 'overturned'
                ? 'Your appeal was accepted.'
                : `Your appeal was reviewed and the decision stands.${appeal.decisionReason ? ` ${appeal.decisionReason}` : ''}`}
          </p>
        ) : (
          <SignInAppealForm
            credentials={credentials}
            onSent={(id) => setAppeal({ id, status: 'open', decisionReason: null })}
          />
        ))}
    </div>
  );
}

function SignInAppealForm({ credentials, onSent }: { credentials: Credentials; onSent: (id: string) => void }) {
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
      onSent((await appealFromSignIn(credentials, text.trim())).id);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'already_appealed') {
        onSent('');
        return;
      }
      setErrors(formErrors(error, LABELS));
      setBusy(false);
    }
  }

  return (
    <form ref={form} className="appeal-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormAlert messages={errors.general} />
      <TextAreaField
        label={LABELS.text}
        hint="You can appeal once. Staff who didn’t make the decision will read this."
        maxLength={2000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={errors.fields.text}
      />
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Sending…' : 'Send appeal'}
      </button>
    </form>
  );
}
