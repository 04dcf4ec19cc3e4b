import type { ReviewItemView } from '@hearth/contract';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatElapsed, formatMoment } from '../../../lib/dates';
import { describeError } from '../../../lib/errors';
import { claimItem, resolveItem } from '../api';
import type { Resolve } from '../api';
import { duration, REASON_WORDS, resolutionWords, SOURCE_WORDS, TARGET_WORDS } from '../words';
import { ActionForm } from './ActionForm';
import { BlurredText } from './BlurredText';
import { ItemHistory } from './ItemHistory';

interface ReviewItemCardProps {
  item: ReviewItemView;
  me: { id: string; canBan: boolean };
  now: number;
  onChanged: (notice: string) => void;
}

export function ReviewItemCard({ item, me, now, onChanged }: ReviewItemCardProps) {
  const id = useId();
  const [claiming, setClaiming] = useState(false);
  const [error, setError] = useState('');
  const mine = item.claimedBy?.id === me.id;
  const what = TARGET_WORDS[item.targetType];
  const title =
    item.targetType === 'user'
      ? `${what}: ${item.target.excerpt}`
      : `${what} by ${item.target.author?.displayName ?? 'a former member'}`;
  const notes = item.flags.filter((f) => f.note);
  const reasons = Object.entries(item.reasons).map(
    ([r, n]) => `${REASON_WORDS[r as keyof typeof REASON_WORDS] ?? r} × ${n}`,
  );

  async function claim() {
    setClaiming(true);
    setError('');
    try {
      await claimItem(item.id);
      onChanged(`You are reviewing: ${title}.`);
    } catch (e) {
      setError(describeError(e));
      onChanged('');
    }
    setClaiming(false);
  }

  async function resolve(decision: Resolve) {
    const done = await resolveItem(item.id, decision);
    const minutes = decision.durationMinutes;
    const words = resolutionWords(done.actions) + (minutes ? ` for ${duration(minutes)}` : '');
    onChanged(
      decision.action === 'escalate'
        ? `Escalated: ${title}.`
        : `Resolved (${words}): ${title}. It is now under Resolved.`,
    );
  }

  return (
    <article className={item.urgent ? 'review-item is-urgent' : 'review-item'} aria-labelledby={`${id}-title`}>
      <div className="review-head">
        {item.urgent && <span className="badge badge-crisis">Crisis</span>}
        {item.escalated && <span className="badge badge-warn">Escalated</span>}
        {item.autoHidden && <span className="badge">Hidden pending review</span>}
        <h2 id={`${id}-title`}>{title}</h2>
      </div>
      <p className="item-meta">
        Score {item.score} · waiting <time dateTime={item.createdAt}>{formatElapsed(item.createdAt, now)}</time>
        {item.status === 'open' &&
          (item.claimedBy ? ` · claimed by ${mine ? 'you' : item.claimedBy.displayName}` : ' · not claimed')}
      </p>
      <dl className="facts">
        <dt>Reasons</dt>
        <dd>
          {reasons.length
            ? reasons.join(', ')
            : item.sources.includes('crisis')
              ? 'Words that read as a crisis'
              : 'None given'}
        </dd>
        <dt>Raised by</dt>
        <dd>{item.sources.map((s) => SOURCE_WORDS[s] ?? s).join(', ')}</dd>
      </dl>
      {item.target.excerpt || notes.length > 0 ? (
        <BlurredText contentWarning={item.target.contentWarning}>
          {item.target.excerpt && <p className="excerpt">{item.target.excerpt}</p>}
          {notes.length > 0 && (
            <ul className="flag-notes">
              {notes.map((f, index) => (
                <li key={index}>
                  Note from {f.reporter?.displayName ?? 'a former member'}: {f.note}
                </li>
              ))}
            </ul>
          )}
        </BlurredText>
      ) : (
        <p className="item-meta">The text is no longer available.</p>
      )}
      {item.status === 'resolved' ? (
        <p className="resolution">
          <strong>{item.actions.length ? resolutionWords(item.actions) : 'Resolved'}</strong>
          {item.resolvedBy && ` by ${item.resolvedBy.displayName}`}
          {item.resolvedAt && ` · ${formatMoment(item.resolvedAt)}`}
          {item.resolutionReason && <span className="item-meta block">Reason given: {item.resolutionReason}</span>}
        </p>
      ) : (
        <div className="review-actions">
          {error && (
            <p role="alert" className="form-alert">
              {error}
            </p>
          )}
          {item.alert && item.alert.status !== 'resolved' && (
            <p>
              This is a crisis alert: one case with it.{' '}
              <Link to={`/staff/alerts/${item.alert.id}`}>Open the alert</Link> to reach the person and record what was
              done; that closes this item too.
            </p>
          )}
          {!item.claimedBy && (
            <button type="button" className="button" disabled={claiming} onClick={() => void claim()}>
              {claiming ? 'Claiming…' : 'Claim'}
            </button>
          )}
          {item.claimedBy && !mine && <p>{item.claimedBy.displayName} is reviewing this.</p>}
          {mine && (
            <ActionForm
              targetType={item.targetType}
              authorName={item.target.author?.displayName ?? null}
              canBan={me.canBan}
              queue
              submit={resolve}
            />
          )}
        </div>
      )}
      <ItemHistory itemId={item.id} />
    </article>
  );
}
