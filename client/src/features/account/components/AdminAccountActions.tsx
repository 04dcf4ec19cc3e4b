import type { PersonRef } from '@hearth/contract';
import { useState } from 'react';
import { useAuth } from '../../../lib/auth';
import { Modal } from '../../../lib/Modal';
import { AdminAccountPanel } from './AdminAccountPanel';

/**
 * Admins, on a person's request (by phone or in person): reset their second factor,
 * export their data, delete their account. Beside a person in a staff list.
 */
export function AdminAccountActions({ person, onChange }: { person: PersonRef; onChange?: () => void }) {
  const { user } = useAuth();
  const [open, setOpen] = useState(false);
  if (user?.role !== 'admin' || user.id === person.id) {
    return null;
  }
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        aria-label={`Account requests for ${person.displayName}`}
        onClick={() => setOpen(true)}
      >
        Account…
      </button>
      {open && (
        <Modal title={`Account requests: ${person.displayName}`} onClose={() => setOpen(false)}>
          <AdminAccountPanel
            person={person}
            onClose={() => setOpen(false)}
            onDeleted={() => {
              setOpen(false);
              onChange?.();
            }}
          />
        </Modal>
      )}
    </>
  );
}
