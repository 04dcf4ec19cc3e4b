import { CHECKIN_MOOD_WORDS, checkinRuleWords, CONCERN_OUTCOMES } from '@hearth/contract';
import type { CheckinMood, ConcernOutcome, ConcernView } from '@hearth/contract';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, NavLink } from 'react-router-dom';
import { useAuth } from '../../../lib/auth';
import { formatMoment } from '../../../lib/dates';
import { describeError } from '../../../lib/errors';
import { useConnection, useLive } from '../../../lib/socket';
import { useTitle } from '../../../lib/title';
import { useLoad } from '../../../lib/useLoad';
import { listConcerns, resolveConcern, takeConcern } from '../api';
import { OpenCareLineAction } from './OpenCareLineAction';

const OUTCOME_WORDS: Record<ConcernOutcome, string> = {
  reached_out: 'I reached out',
  discuss_in_session: 'To discuss in session',
  no_action_needed: 'No action needed',
};

const SOURCE_WORDS = { message: 'a chat message', post: 'a forum reply', thread: 'a forum thread' } as const;

type Tab = 'active' | 'resolved';

/** Open first, then taken; oldest first within each (the longest waiting on top). */
function order(list: ConcernView[]): ConcernView[] {
  const rank = (c: ConcernView) => (c.status === 'open' ? 0 : c.status === 'taken' ? 1 : 2);
  return [...list].sort((a, b) => rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt));
}

/**
 * The care team's concerns (clinicians and admins; never moderators): wellbeing
 * items about the people they look after, raised by the detector's concern level
 * or a check-in pattern. Someone takes one, follows up, and records what was done.
 * Kept live by `concern:new` / `concern:updated`.
 */
export function ConcernsPage() {
  useTitle('Concerns');
  const { user } = useAuth();
  const careTeam = user?.role === 'clinician' || user?.role === 'admin';
  const [tab, setTab] = useState<Tab>('active');
  const [loaded, reload] = useLoad((signal) => listConcerns(tab, signal), careTeam ? tab : null);
  const [list, setList] = useState<ConcernView[] | null>(null);
  useEffect(() => {
    if (loaded.kind === 'ready') {
      setList(order(loaded.data));
    } else if (loaded.kind === 'loading') {
      setList(null);
    }
  }, [loaded]);
  const upsert = (concern: ConcernView) =>
    setList((current) => {
      if (current === null) {
        return current;
      }
      const rest = current.filter((c) => c.id !== concern.id);
      const belongs = tab === 'resolved' ? concern.status === 'resolved' : concern.status !== 'resolved';
      return order(belongs ? [...rest, concern] : rest);
    });
  useLive('concern:new', upsert);
  useLive('concern:updated', upsert);
  const connection = useConnection();
  useEffect(() => {
    if (connection === 'connected') {
      reload();
    }
  }, [connection, reload]);

  if (!careTeam) {
    return (
      <section className="card">
        <h1>Concerns</h1>
        <p>Concerns go to each person’s care team: their clinicians and the admins.</p>
      </section>
    );
  }

  return (
    <section className="card" aria-labelledby="concerns-title">
      <h1 id="concerns-title">Concerns</h1>
      <p>
        Wellbeing worries about the people you look after. Not a page: take one to follow it up. If nobody takes it
        within a day, the admins are told.
      </p>
      <div className="tabs" role="group" aria-label="Which concerns">
        <button type="button" className="tab" aria-pressed={tab === 'active'} onClick={() => setTab('active')}>
          Open
        </button>
        <button type="button" className="tab" aria-pressed={tab === 'resolved'} onClick={() => setTab('resolved')}>
          Resolved
        </button>
      </div>
      {loaded.kind === 'failed' && <p role="alert">{loaded.message}</p>}
      {list === null ? (
        <p aria-live="polite">Loading…</p>
      ) : list.length === 0 ? (
        <p>{tab === 'active' ? 'No open concerns.' : 'No resolved concerns yet.'}</p>
      ) : (
        <ul className="item-list concern-list" aria-label={tab === 'active' ? 'Open concerns' : 'Resolved concerns'}>
          {list.map((concern) => (
            <ConcernItem key={concern.id} concern={concern} onChange={upsert} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ConcernItem({ concern, onChange }: { concern: ConcernView; onChange: (c: ConcernView) => void }) {
  const { user } = useAuth();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [resolving, setResolving] = useState(false);
  const name = concern.person.displayName;

  async function take() {
    setBusy(true);
    setError('');
    try {
      onChange(await takeConcern(concern.id));
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="concern-item">
      <h2 className="item-title">{name}</h2>
      <p className="item-meta">
        {concern.cohort ? concern.cohort.name : 'No cohort'} · {formatMoment(concern.createdAt)}
        {concern.status === 'open' && ' · nobody has taken it yet'}
        {concern.status === 'taken' &&
          ` · taken by ${concern.takenBy?.id === user?.id ? 'you' : (concern.takenBy?.displayName ?? 'someone')}`}
        {concern.status === 'resolved' &&
          ` · resolved by ${concern.resolvedBy?.displayName ?? 'someone'}${
            concern.resolvedAt ? ` ${formatMoment(concern.resolvedAt)}` : ''
          }`}
        {concern.adminsToldAt && ' · admins told'}
      </p>
      <Why concern={concern} />
      {concern.status === 'resolved' && concern.outcome && (
        <p>
          <strong>{OUTCOME_WORDS[concern.outcome]}</strong>
          {concern.note ? `: ${concern.note}` : ''}
        </p>
      )}
      {concern.status !== 'resolved' && (
        <div className="actions">
          {concern.status === 'open' && (
            <button
              type="button"
              className="button"
              disabled={busy}
              aria-label={`Take the concern about ${name}`}
              onClick={() => void take()}
            >
              {busy ? 'Taking…' : 'Take'}
            </button>
          )}
          {!resolving && (
            <button
              type="button"
              className="button button-secondary"
              aria-label={`Resolve the concern about ${name}`}
              onClick={() => setResolving(true)}
            >
              Resolve
            </button>
          )}
          <OpenCareLineAction memberId={concern.person.id} name={name} />
        </div>
      )}
      {error && (
        <p role="alert" className="form-alert">
          {error}
        </p>
      )}
      {resolving && concern.status !== 'resolved' && (
        <ResolveForm concern={concern} onDone={onChange} onCancel={() => setResolving(false)} />
      )}
    </li>
  );
}

/** Why it was raised: the detector's concern level (with a link to the words) or the check-in rule and its trend. */
function Why({ concern }: { concern: ConcernView }) {
  if (concern.source === 'checkin') {
    return (
      <p>
        Check-in: {checkinRuleWords(concern.rule)}
        {trendWords(concern.details.trend) && (
          <span className="block item-meta">{trendWords(concern.details.trend)}</span>
        )}
      </p>
    );
  }
  const href = wordsLink(concern);
  const topics = concern.categories.map((c) => c.replace(/_/g, ' ')).join(', ');
  return (
    <p>
      Words in {SOURCE_WORDS[concern.source]} read as a concern{topics ? ` (${topics})` : ''}.{' '}
      {href && <Link to={href}>Open the words in place</Link>}
    </p>
  );
}

function wordsLink(concern: ConcernView): string | null {
  const { details, targetId } = concern;
  if (!targetId) {
    return null;
  }
  if (concern.source === 'message' && typeof details.roomId === 'string') {
    return `/rooms/${details.roomId}?at=${targetId}`;
  }
  if (concern.source === 'thread') {
    return `/threads/${targetId}`;
  }
  if (concern.source === 'post' && typeof details.threadId === 'string') {
    return `/threads/${details.threadId}?from=${targetId}`;
  }
  return null;
}

/** The check-in trend in a line: "Mood: Low, Low, Very low · urges 3, 8 · used on 1 day". */
function trendWords(trend: unknown): string {
  if (!Array.isArray(trend) || trend.length === 0) {
    return '';
  }
  const days = trend as { mood?: number; craving?: number | null; used?: boolean | null }[];
  const moods = days.map((d) => CHECKIN_MOOD_WORDS[d.mood as CheckinMood] ?? '?').join(', ');
  const urges = days
    .map((d) => d.craving)
    .filter((c): c is number => typeof c === 'number')
    .join(', ');
  const used = days.filter((d) => d.used === true).length;
  return [
    `Last ${days.length} check-in${days.length === 1 ? '' : 's'}: mood ${moods}`,
    urges && `urges ${urges}`,
    used > 0 && `used on ${used} day${used === 1 ? '' : 's'}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

function ResolveForm({
  concern,
  onDone,
  onCancel,
}: {
  concern: ConcernView;
  onDone: (c: ConcernView) => void;
  onCancel: () => void;
}) {
  const [outcome, setOutcome] = useState<ConcernOutcome>('reached_out');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const base = `resolve-${concern.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (note.trim().length < 3) {
      setError('Write a few words about what was done.');
      return;
    }
    setBusy(true);
    setError('');
    try {
      onDone(await resolveConcern(concern.id, outcome, note.trim()));
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  }

  return (
    <form
      className="stack"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={`Resolve the concern about ${concern.person.displayName}`}
    >
      <fieldset>
        <legend>Outcome</legend>
        {CONCERN_OUTCOMES.map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${base}-outcome`}
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />{' '}
            {OUTCOME_WORDS[value]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${base}-note`}>What was done (for the record)</label>
      <textarea
        id={`${base}-note`}
        value={note}
        maxLength={2000}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${base}-error` : undefined}
        onChange={(e) => setNote(e.target.value)}
      />
      {error && (
        <p id={`${base}-error`} role="alert" className="form-alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : 'Save and resolve'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The number of concerns nobody has taken yet, for the staff menu (care team only), kept live. */
export function useOpenConcernCount(enabled: boolean): number {
  const [loaded, reload] = useLoad((signal) => listConcerns('active', signal), enabled ? 'count' : null);
  useLive('concern:new', () => enabled && reload());
  useLive('concern:updated', () => enabled && reload());
  return loaded.kind === 'ready' ? loaded.data.filter((c) => c.status === 'open').length : 0;
}

/** The staff menu's "Concerns" entry with how many are open. */
export function ConcernsNavLink() {
  const open = useOpenConcernCount(true);
  const words = open === 1 ? '1 open concern' : `${open} open concerns`;
  return (
    <NavLink to="/staff/concerns">
      Concerns
      {open > 0 && (
        <>
          <span className="count-pill" aria-hidden="true">
            {open}
          </span>
          <span className="visually-hidden">, {words}</span>
        </>
      )}
    </NavLink>
  );
}
