import { ROLES } from '@hearth/contract';
import type { PersonView, Role, UserRoleView } from '@hearth/contract';
import { FormEvent, ReactNode, useState } from 'react';
import { describeError } from '../../../lib/errors';
import { useTitle } from '../../../lib/title';
import { useLoad } from '../../../lib/useLoad';
import { findPeople, undoRoleChange } from '../api';
import { RoleControl, ROLE_WORDS } from './RoleControl';

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
  const [message, setMessage] = useState<{ text: string; error: boolean; undo?: UserRoleView } | null>(null);

  function search(event: FormEvent) {
    event.preventDefault();
    setQuery({ q: draft.q.trim(), role: draft.role });
  }

  function changed(change: UserRoleView) {
    const left = change.leftCohortIds?.length ?? 0;
    setMessage({
      text:
        `${change.displayName} is now ${ROLE_WORDS[change.role].toLowerCase()}` +
        (left ? ` and left ${left === 1 ? 'their cohort' : `${left} cohorts`}.` : '.'),
      error: false,
      undo: change.changeId ? change : undefined,
    });
    reload();
  }

  async function undo(change: UserRoleView) {
    try {
      const back = await undoRoleChange(change.id, change.changeId ?? '');
      const left = change.leftCohortIds?.length ?? 0;
      setMessage({
        text:
          `Undone: ${back.displayName} is ${ROLE_WORDS[back.role].toLowerCase()} again` +
          (left ? `, back in ${left === 1 ? 'their cohort' : `${left} cohorts`}.` : '.'),
        error: false,
      });
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
      <div role="status">
        {message && !message.error && (
          <p className="notice">
            {message.text}{' '}
            {message.undo && (
              <button type="button" className="link-button" onClick={() => void undo(message.undo!)}>
                Undo
              </button>
            )}
          </p>
        )}
      </div>
      {message?.error && (
        <p role="alert" className="status-bad">
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
              <RoleControl
                key={person.role}
                person={person}
                onChanged={changed}
                onError={(text) => setMessage({ text, error: true })}
              />
              {personActions(person, reload)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
