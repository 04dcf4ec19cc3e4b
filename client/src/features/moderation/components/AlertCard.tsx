import type { AlertView } from '@hearth/contract';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatElapsed, formatMoment, formatTicking } from '../../../lib/dates';
import { describeError } from '../../../lib/errors';
import { acknowledgeAlert } from '../api';
import { CATEGORY_WORDS, OUTCOME_WORDS } from '../words';
import { AlertResolveForm } from './AlertResolveForm';
import { BlurredText } from './BlurredText';

interface AlertCardProps {
  alert: AlertView;
  now: number;
  onChanged: (notice: string) => void;
}

export function AlertCard({ alert, now, onChanged }: AlertCardProps) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [recording, setRecording] = useState(false);
  const who = alert.author?.displayName ?? 'a former member';
  const categories = alert.categories.map((c) => CATEGORY_WORDS[c] ?? c).join(', ');
  const escalatesIn = new Date(alert.escalateAt).getTime() - now;

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
    <article className={`alert-card is-${alert.status}`} aria-labelledby={`${id}-title`}>
      <div className="review-head">
        <span className="badge badge-crisis">
          {alert.status === 'open' ? 'Needs someone' : alert.status === 'acknowledged' ? 'Acknowledged' : 'Resolved'}
        </span>
        {alert.escalated && <span className="badge badge-warn">Escalated</span>}
        <h2 id={`${id}-title`}>{who}</h2>
      </div>
      <p>
        <Link className="button button-small" to={`/staff/alerts/${alert.id}`}>
          Open the situation
        </Link>
      </p>
      <p className="alert-age">
        Raised <time dateTime={alert.createdAt}>{formatElapsed(alert.createdAt, now)}</time> ago
        {alert.status === 'open' &&
          !alert.escalated &&
          (escalatesIn > 0 ? (
            <> · escalates to all clinicians in {formatTicking(escalatesIn / 1000)}</>
          ) : (
            <> · escalating to all clinicians now</>
          ))}
      </p>
      <dl className="facts">
        <dt>Concern</dt>
        <dd>{categories || 'Not stated'}</dd>
        {alert.acknowledgedBy && (
          <>
            <dt>Acknowledged</dt>
            <dd>
              by {alert.acknowledgedBy.displayName}
              {alert.acknowledgedAt && `, ${formatElapsed(alert.acknowledgedAt, now)} ago`}
            </dd>
          </>
        )}
      </dl>
      {alert.target.excerpt ? (
        <BlurredText>
          <p className="excerpt">{alert.target.excerpt}</p>
        </BlurredText>
      ) : (
        <p className="item-meta">The text is no longer available.</p>
      )}
      {alert.status === 'resolved' ? (
        <p className="resolution">
          <strong>{alert.outcome ? OUTCOME_WORDS[alert.outcome] : 'Resolved'}</strong>
          {alert.resolvedBy && ` · ${alert.resolvedBy.displayName}`}
          {alert.resolvedAt && ` · ${formatMoment(alert.resolvedAt)}`}
          {alert.note && <span className="item-meta block">Note: {alert.note}</span>}
        </p>
      ) : (
        <div className="review-actions">
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
          {alert.status === 'acknowledged' || recording ? (
            <AlertResolveForm
              alert={alert}
              onResolved={() => onChanged(`Outcome recorded for the alert about ${who}. Thank you.`)}
            />
          ) : (
            <button type="button" className="link-button" onClick={() => setRecording(true)}>
              Record an outcome without acknowledging first
            </button>
          )}
        </div>
      )}
    </article>
  );
}
