import type { ContactView } from '@hearth/contract';
import type { Role } from '@hearth/contract';
import { useState } from 'react';
import { useAuth } from '../../../lib/auth';
import { Modal } from '../../../lib/Modal';
import { useLoad } from '../../../lib/useLoad';
import { fetchPersonContact, savePersonContact } from '../api';
import { ContactPhoneForm } from './ContactPhoneSection';

const KEPT_FOR: readonly Role[] = ['member', 'alumni', 'peer_mentor'];

/**
 * Clinicians and admins, beside a person they look after: the phone the program
 * keeps on file for them. Read only when opened, since every read is audited.
 */
export function PersonContactAction({ person }: { person: { id: string; displayName: string; role: Role } }) {
  const { user } = useAuth();
  const [open, setOpen] = useState(false);
  if ((user?.role !== 'clinician' && user?.role !== 'admin') || !KEPT_FOR.includes(person.role)) {
    return null;
  }
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        aria-label={`Phone number for ${person.displayName}`}
        onClick={() => setOpen(true)}
      >
        Phone…
      </button>
      {open && (
        <Modal title={`Phone number: ${person.displayName}`} onClose={() => setOpen(false)}>
          <PersonContact person={person} />
          <div className="actions">
            <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}

function PersonContact({ person }: { person: { id: string; displayName: string } }) {
  const [contact] = useLoad((signal) => fetchPersonContact(person.id, signal), person.id);
  if (contact.kind === 'loading') {
    return <p aria-live="polite">Loading…</p>;
  }
  if (contact.kind === 'failed') {
    return <p role="alert">{contact.message}</p>;
  }
  return <OnFile person={person} initial={contact.data} />;
}

function OnFile({ person, initial }: { person: { id: string; displayName: string }; initial: ContactView }) {
  const [phone, setPhone] = useState(initial.phone);
  return (
    <>
      <p>
        {phone ? (
          <>
            On file: <a href={`tel:${phone.replace(/[ ()-]/g, '')}`}>{phone}</a>
          </>
        ) : (
          'No phone number on file.'
        )}
      </p>
      <p className="field-hint">Opening this is recorded in the audit log.</p>
      <ContactPhoneForm
        initial={initial}
        save={async (next) => {
          await savePersonContact(person.id, next);
          setPhone(next);
        }}
        whose={person.displayName}
      />
    </>
  );
}
