import { FormEvent, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { isStaff, useAuth } from '../../../lib/auth';
import { CHECK_FIELDS, formErrors, FormErrors } from '../../../lib/errors';
import { FormAlert, TextField, useFocusFirstInvalid } from '../../../lib/forms';
import { useTitle } from '../../../lib/title';
import { redeemInvite, renameMe } from '../api';

/** My display name, and, for a returning person, joining a new group with its invite code. */
export function ProfilePage() {
  useTitle('Profile');
  const { me } = useAuth();
  if (!me) {
    return null;
  }
  return (
    <>
      <section className="card" aria-labelledby="profile-title">
        <h1 id="profile-title">Your profile</h1>
        <p>
          Other members know you only by your display name. <Link to="/me/posts">See everything you have posted</Link>.
        </p>
      </section>
      <DisplayNameSection current={me.displayName} />
      {!isStaff(me.role) && <JoinGroupSection />}
    </>
  );
}

const NAME_LABELS = { displayName: 'Display name' };

function DisplayNameSection({ current }: { current: string }) {
  const { refreshMe } = useAuth();
  const [name, setName] = useState(current);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors<'displayName'>>({ fields: {}, general: [] });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    if (!name.trim()) {
      setErrors({ fields: { displayName: 'Enter a display name.' }, general: [CHECK_FIELDS] });
      return;
    }
    setBusy(true);
    try {
      const renamed = await renameMe(name.trim());
      setErrors({ fields: {}, general: [] });
      setName(renamed.displayName);
      setSaved(renamed.displayName);
      await refreshMe();
    } catch (error) {
      setErrors(formErrors(error, NAME_LABELS, { display_name_taken: 'displayName' }));
    }
    setBusy(false);
  }

  return (
    <section className="card" aria-labelledby="name-title">
      <h2 id="name-title">Display name</h2>
      <div role="status">{saved && <p className="notice">Saved. Others now see you as {saved}.</p>}</div>
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert messages={errors.general} />
        <TextField
          label={NAME_LABELS.displayName}
          name="displayName"
          hint="A pseudonym: no email addresses, phone numbers or links."
          required
          maxLength={40}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.fields.displayName}
        />
        <button type="submit" className="button" disabled={busy || name.trim() === current}>
          {busy ? 'Saving…' : 'Save name'}
        </button>
      </form>
    </section>
  );
}

const CODE_LABELS = { code: 'Invite code' };

/** Back for another round of care: a new group's invite code joins it (alumni become members again). */
function JoinGroupSection() {
  const { refreshMe } = useAuth();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors<'code'>>({ fields: {}, general: [] });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!code.trim()) {
      setErrors({ fields: { code: 'Enter the invite code from your care team.' }, general: [CHECK_FIELDS] });
      return;
    }
    setBusy(true);
    try {
      const joined = await redeemInvite(code.trim());
      await refreshMe();
      await navigate(joined.termsRequired ? '/terms' : '/', {
        replace: true,
        state: { joined: joined.cohort.name },
      });
    } catch (error) {
      setErrors(
        formErrors(error, CODE_LABELS, { already_in_cohort: 'code', invite_expired: 'code', invite_used: 'code' }),
      );
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="join-title">
      <h2 id="join-title">Joining a new group</h2>
      <p className="item-meta">
        Starting a new program with us? Enter the invite code your care team gave you to join your new group with this
        account.
      </p>
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert messages={errors.general} />
        <TextField
          label={CODE_LABELS.code}
          name="code"
          autoComplete="off"
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={errors.fields.code}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Joining…' : 'Join the group'}
        </button>
      </form>
    </section>
  );
}
