import type { AlertContextEntry, AlertDetailView, EarlierCase } from '@hearth/contract';
import { ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatElapsed, formatMoment, formatTicking } from '../../../lib/dates';
import { ApiError } from '../../../lib/api';
import { describeError } from '../../../lib/errors';
import { useLive } from '../../../lib/socket';
import { useTitle } from '../../../lib/title';
import { useLoad } from '../../../lib/useLoad';
import { useNow } from '../../../lib/useNow';
import { refreshActiveAlerts } from '../alertsStore';
import { acknowledgeAlert, fetchAlert, fetchAlertContact } from '../api';
import { CATEGORY_WORDS, OUTCOME_WORDS } from '../words';
import { AlertResolveForm } from './AlertResolveForm';
import { BlurredText } from './BlurredText';

export interface AlertPageProps {
  /**
   * More ways to reach the person, shown beside the phone and the link to the
   * conversation (the app composes them, e.g. the care-team line).
   */
  actions?: (alert: AlertDetailView) => ReactNode;
}

const CONCERN_OUTCOME_WORDS: Record<string, string> = {
  reached_out: 'Reached out',
  discuss_in_session: 'To discuss in session',
  no_action_needed: 'No action needed',
};

/** The link that opens the conversation: the room at the message, or the thread at the post. */
export function conversationLink(alert: AlertDetailView): string | null {
  const { where } = alert;
  if (where.roomId) {
    return `/rooms/${where.roomId}${where.messageId ? `?at=${where.messageId}` : ''}`;
  }
  if (where.threadId) {
    return `/threads/${where.threadId}${where.postId ? `?from=${where.postId}` : ''}`;
  }
  return null;
}

/**
 * One crisis alert, opened: who and where, what was said around the words, the
 * person's earlier alerts and concerns, how to reach them, and the record of
 * what was done. Opening it is recorded in the audit log.
 */
export function AlertPage({ actions }: AlertPageProps) {
  useTitle('Alerts');
  const { id = '' } = useParams();
  const [loaded, reload] = useLoad((signal) => fetchAlert(id, signal), id);
  const now = useNow(1000);
  const [notice, setNotice] = useState('');
  useLive('alert:updated', (updated) => {
    if (updated.id === id) {
      reload();
    }
  });

  if (loaded.kind === 'loading') {
    return (
      <p className="card" aria-live="polite">
        Loading…
      </p>
    );
  }
  if (loaded.kind === 'failed') {
    return (
      <section className="card">
        <h1>Alert not available</h1>
        <p role="alert">{loaded.message}</p>
        <Link to="/staff/alerts">All alerts</Link>
      </section>
    );
  }
  const alert = loaded.data;
  const changed = (text: string) => {
    setNotice(text);
    refreshActiveAlerts();
    reload();
  };
  return (
    <div className="alert-page">
      <p>
        <Link to="/staff/alerts">← All alerts</Link>
      </p>
      <AlertSummary alert={alert} now={now} />
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      <section className="card" aria-labelledby="reach-title">
        <h2 id="reach-title">Reach {alert.author?.displayName ?? 'the person'}</h2>
        {alert.author && <ContactPhone personId={alert.author.id} alertId={alert.id} />}
        <div className="actions alert-reach">
          <ConversationLink alert={alert} />
          {actions?.(alert)}
        </div>
      </section>
      <AlertContext alert={alert} />
      <EarlierCases earlier={alert.earlier} />
      <AlertRecord alert={alert} onChanged={changed} />
    </div>
  );
}

function AlertSummary({ alert, now }: { alert: AlertDetailView; now: number }) {
  const who = alert.author?.displayName ?? 'a former member';
  const escalatesIn = new Date(alert.escalateAt).getTime() - now;
  return (
    <section className={`card alert-card is-${alert.status}`} aria-labelledby="alert-title">
      <div className="review-head">
        <span className="badge badge-crisis">
          {alert.status === 'open' ? 'Needs someone' : alert.status === 'acknowledged' ? 'Acknowledged' : 'Resolved'}
        </span>
        {alert.escalated && <span className="badge badge-warn">Escalated</span>}
        <h1 id="alert-title">{who}</h1>
      </div>
      <p className="alert-age">
        Raised <time dateTime={alert.createdAt}>{formatElapsed(alert.createdAt, now)}</time> ago
        {alert.status === 'open' &&
          !alert.escalated &&
          escalatesIn > 0 &&
          ` · escalates to all clinicians in ${formatTicking(escalatesIn / 1000)}`}
      </p>
      <dl className="facts">
        <dt>Concern</dt>
        <dd>{alert.categories.map((c) => CATEGORY_WORDS[c] ?? c).join(', ') || 'Not stated'}</dd>
        <dt>Group</dt>
        <dd>{alert.cohort?.name ?? 'No group (alumni and community spaces)'}</dd>
        <dt>Where</dt>
        <dd>{alert.where.roomId ? 'Chat' : alert.where.threadId ? 'Forum thread' : 'No longer available'}</dd>
      </dl>
    </section>
  );
}

/** The phone on file, loaded on opening (each read is audited); nothing for whoever may not see it. */
function ContactPhone({ personId, alertId }: { personId: string; alertId: string }) {
  const [contact] = useLoad(
    (signal) =>
      fetchAlertContact(personId, alertId, signal).catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) {
          return null;
        }
        throw error;
      }),
    `${personId}:${alertId}`,
  );
  if (contact.kind === 'loading') {
    return <p aria-live="polite">Looking up their phone number…</p>;
  }
  if (contact.kind === 'failed') {
    return <p role="alert">Could not look up their phone number: {contact.message}</p>;
  }
  if (contact.data === null) {
    return null;
  }
  const phone = contact.data.phone;
  return (
    <p className="alert-phone">
      {phone ? (
        <a className="button button-danger" href={`tel:${phone.replace(/[ ()-]/g, '')}`}>
          Call {phone}
        </a>
      ) : (
        'No phone number on file.'
      )}
      <span className="field-hint block">Looking this up is recorded in the audit log.</span>
    </p>
  );
}

function ConversationLink({ alert }: { alert: AlertDetailView }) {
  const to = conversationLink(alert);
  if (!to) {
    return <p className="item-meta">The conversation is no longer available.</p>;
  }
  return (
    <Link className="button" to={to}>
      {alert.where.roomId ? 'Open the chat at the message' : 'Open the thread at the post'}
    </Link>
  );
}

function AlertContext({ alert }: { alert: AlertDetailView }) {
  return (
    <section className="card" aria-labelledby="context-title">
      <h2 id="context-title">What was said around it</h2>
      {alert.context.length === 0 ? (
        <p className="item-meta">The conversation is no longer available.</p>
      ) : (
        <BlurredText>
          <ol className="alert-context">
            {alert.context.map((entry) => (
              <ContextEntry key={entry.id} entry={entry} />
            ))}
          </ol>
        </BlurredText>
      )}
    </section>
  );
}

function ContextEntry({ entry }: { entry: AlertContextEntry }) {
  return (
    <li className={entry.isTarget ? 'context-entry is-target' : 'context-entry'} aria-current={entry.isTarget}>
      <p className="message-meta">
        <span className="message-author">{entry.author?.displayName ?? 'Former member'}</span>{' '}
        <time dateTime={entry.createdAt}>{formatMoment(entry.createdAt)}</time>
        {entry.isTarget && <strong> · raised the alert</strong>}
      </p>
      {entry.contentWarning && <p className="content-warning">Content warning: {entry.contentWarning}</p>}
      <p className="context-body">{entry.body}</p>
    </li>
  );
}

function EarlierCases({ earlier }: { earlier: EarlierCase[] }) {
  return (
    <section className="card" aria-labelledby="earlier-title">
      <h2 id="earlier-title">Earlier alerts and concerns</h2>
      {earlier.length === 0 ? (
        <p className="item-meta">None before this one.</p>
      ) : (
        <ul className="earlier-cases">
          {earlier.map((c) => (
            <li key={`${c.kind}:${c.id}`}>
              <strong>{c.kind === 'alert' ? 'Alert' : 'Concern'}</strong> · {formatMoment(c.createdAt)} ·{' '}
              {c.categories.map((x) => CATEGORY_WORDS[x as keyof typeof CATEGORY_WORDS] ?? x).join(', ') ||
                'Not stated'}{' '}
              ·{' '}
              {c.outcome
                ? c.kind === 'alert'
                  ? OUTCOME_WORDS[c.outcome]
                  : (CONCERN_OUTCOME_WORDS[c.outcome] ?? c.outcome)
                : c.status}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Acknowledge, then record what was done: the outcome goes to the audit log. */
function AlertRecord({ alert, onChanged }: { alert: AlertDetailView; onChanged: (notice: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const who = alert.author?.displayName ?? 'a former member';

  async function acknowledge() {
    setBusy(true);
    setError('');
    try {
      await acknowledgeAlert(alert.id);
      onChanged(`You acknowledged the alert about ${who}. Escalation is stopped; record the outcome when you can.`);
    } catch (e) {
      setError(describeError(e));
    }
    setBusy(false);
  }

  return (
    <section className="card" aria-labelledby="record-title">
      <h2 id="record-title">What was done</h2>
      {alert.status === 'resolved' ? (
        <p className="resolution">
          <strong>{alert.outcome ? OUTCOME_WORDS[alert.outcome] : 'Resolved'}</strong>
          {alert.resolvedBy && ` · ${alert.resolvedBy.displayName}`}
          {alert.resolvedAt && ` · ${formatMoment(alert.resolvedAt)}`}
          {alert.note && <span className="item-meta block">Note: {alert.note}</span>}
        </p>
      ) : (
        <>
          {error && (
            <p role="alert" className="form-alert">
              {error}
            </p>
          )}
          {alert.status === 'open' && (
            <button type="button" className="button button-danger" disabled={busy} onClick={() => void acknowledge()}>
              {busy ? 'Acknowledging…' : 'Acknowledge'}
            </button>
          )}
          <AlertResolveForm
            alert={alert}
            onResolved={() => onChanged(`Outcome recorded for the alert about ${who}. Thank you.`)}
          />
        </>
      )}
    </section>
  );
}
