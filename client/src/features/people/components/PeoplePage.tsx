import { ROLES } from '@hearth/contract';
import type { PersonView, Role } from '@hearth/contract';
import { FormEvent, ReactNode, useState } from 'react';
import { describeError } from '../../../lib/errors';
import { useTitle } from '../../../lib/title';
import { useLoad } from '../../../lib/useLoad';
import { changeRole, findPeople } from '../api';

const ROLE_WORDS: Record<Role, string> = {
  member: 'Member',
  alumni: 'Alumni',
  peer_mentor: 'Peer mentor',
  clinician: 'Clinician',
  moderator: 'Moderator',
  admin: 'Admin',
};

/** Admins find a person to act on their request: role, second factor, export, deletion (actions passed in by app/). */
export function PeoplePage({
  personActions,
}: {
  personActions: (person: PersonView, onChange: () => void) => ReactNode;
}) {
  useTitle('People');
  const [query, setQuery] = useState({ q: '', role: '' as Role | '' });
  const [draft, setDraft] = useState(query);
  const [people, reload] = useLoad((signal) => findPeople(query.q, query.role, signal), `${query.q}|${query.role}`);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  function search(event: FormEvent) {
    event.preventDefault();
    setQuery({ q: draft.q.trim(), role: draft.role });
  }

  async function setRole(person: PersonView, role: Role) {
    try {
      await changeRole(person.id, role);
      setMessage({ text: `${person.displayName} is now ${ROLE_WORDS[role].toLowerCase()}.`, error: false });
      reload();
    } catch (error) {
      setMessage({ text: describeError(error), error: true });
    }
  }

  return (
    <section className="card" aria-labelledby="people-title">
      <h1 id="people-title">People</h1>
      <p className="field-hint">Reading this list is recorded in the audit log.</p>
      <form className="inline-form" onSubmit={search} role="search">
        <label>
          Name or email
          <input type="search" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
        </label>
        <label>
          Role
          <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as Role | '' })}>
            <option value="">Any</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_WORDS[r]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          Find
        </button>
      </form>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'status-bad' : undefined}>
          {message.text}
        </p>
      )}
      {people.kind === 'loading' && <p aria-live="polite">Loading…</p>}
      {people.kind === 'failed' && <p role="alert">{people.message}</p>}
      {people.kind === 'ready' && (
        <ul className="people-list">
          {people.data.length === 0 && <li>No one matches.</li>}
          {people.data.map((person) => (
            <li key={person.id} className="people-row">
              <div>
                <strong>{person.displayName}</strong> <span className="item-meta">{person.email}</span>
                {person.status !== 'active' && <span className="item-meta"> · {person.status}</span>}
                {person.mfaEnabled && <span className="item-meta"> · second factor on</span>}
              </div>
              <label>
                <span className="visually-hidden">Role of {person.displayName}</span>
                <select value={person.role} onChange={(e) => void setRole(person, e.target.value as Role)}>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_WORDS[r]}
                    </option>
                  ))}
                </select>
              </label>
              {personActions(person, reload)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
