import type { ContactView } from '@hearth/contract';
import { FormEvent, useState } from 'react';
import { describeError } from '../../../lib/errors';
import { TextField } from '../../../lib/forms';
import { useLoad } from '../../../lib/useLoad';
import { fetchMyContact, saveMyContact } from '../api';

/** The member's own contact phone: optional, for their care team to reach them in a crisis. */
export function ContactPhoneSection() {
  const [contact] = useLoad(fetchMyContact, 'my-contact');
  return (
    <section className="card" aria-labelledby="contact-title">
      <h2 id="contact-title">A phone number for a crisis</h2>
      {contact.kind === 'loading' && <p aria-live="polite">Loading…</p>}
      {contact.kind === 'failed' && <p role="alert">{contact.message}</p>}
      {contact.kind === 'ready' && <ContactPhoneForm initial={contact.data} save={saveMyContact} />}
    </section>
  );
}

interface ContactPhoneFormProps {
  initial: ContactView;
  save: (phone: string | null) => Promise<void>;
  /** Whose number it is, for staff setting someone else's. */
  whose?: string;
}

/** Set, change or remove a phone number; the server checks it and says what is wrong beside the field. */
export function ContactPhoneForm({ initial, save, whose }: ContactPhoneFormProps) {
  const [saved, setSaved] = useState(initial.phone ?? '');
  const [phone, setPhone] = useState(saved);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function store(next: string | null) {
    setBusy(true);
    setOutcome(null);
    try {
      await save(next);
      setSaved(next ?? '');
      setPhone(next ?? '');
      setOutcome({ ok: true, text: next ? 'Phone number saved.' : 'Phone number removed.' });
    } catch (error) {
      setOutcome({ ok: false, text: describeError(error).replace(/^Phone /, 'The number ') });
    }
    setBusy(false);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void store(phone.trim() || null);
  }

  return (
    <form onSubmit={submit} noValidate>
      <TextField
        label={whose ? `Phone number for ${whose}` : 'Phone number'}
        hint={
          whose
            ? 'For reaching them in a crisis. Only their clinicians, the program’s admins and staff paged for an alert about them see it.'
            : 'A phone number the care team can reach you on in a crisis — only your clinicians and the program’s admins see it (and staff on duty if an alert is raised about you). Optional.'
        }
        type="tel"
        inputMode="tel"
        autoComplete={whose ? 'off' : 'tel'}
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        error={outcome && !outcome.ok ? outcome.text : undefined}
      />
      <div role="status">{outcome?.ok && <p className="notice">{outcome.text}</p>}</div>
      <div className="actions">
        <button type="submit" className="button" disabled={busy || phone.trim() === saved}>
          {busy ? 'Saving…' : 'Save phone number'}
        </button>
        {saved && (
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void store(null)}>
            Remove phone number
          </button>
        )}
      </div>
    </form>
  );
}
