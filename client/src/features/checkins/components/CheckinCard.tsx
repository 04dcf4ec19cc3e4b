import type { CheckinMood, CheckinSaved, CheckinView } from '@hearth/contract';
import { FormEvent, ReactNode, useEffect, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { CrisisResourceList } from '../../../lib/CrisisResourceList';
import { describeError } from '../../../lib/errors';
import { useLoad } from '../../../lib/useLoad';
import { myCheckins, saveCheckin } from '../api';
import { MOOD_FACES, MOODS, moodWord } from '../moods';
import { markCheckedIn } from '../reminder';
import '../checkins.css';

interface CheckinCardProps {
  /** In the cohort room: a smaller heading, and the card starts folded once done. */
  compact?: boolean;
  /** Told after a check-in is saved (the room refreshes its count). */
  onSaved?: (saved: CheckinSaved) => void;
  /** Extra controls under the card (the reminder, the trend). */
  children?: ReactNode;
}

/**
 * The ten-second daily check-in: tap a face, then "Check in". Urges, sleep,
 * use and a note are there for those who want them; what the group sees is the
 * member's choice (nothing by default). Read by the care team in working hours.
 */
export function CheckinCard({ compact, onSaved, children }: CheckinCardProps) {
  const id = useId();
  const [today, reload] = useLoad((signal) => myCheckins(1, signal), 'today');
  const [mood, setMood] = useState<CheckinMood | null>(null);
  const [craving, setCraving] = useState(0);
  const [sleepHours, setSleepHours] = useState('');
  const [used, setUsed] = useState<'' | 'yes' | 'no'>('');
  const [note, setNote] = useState('');
  const [shareMood, setShareMood] = useState(false);
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<CheckinSaved | null>(null);

  const existing: CheckinView | undefined = today.kind === 'ready' ? today.data[0] : undefined;
  useEffect(() => {
    if (existing) {
      markCheckedIn();
    }
  }, [existing?.id]);

  const startEditing = (from?: CheckinView) => {
    if (from) {
      setMood(from.mood);
      setCraving(from.craving);
      setSleepHours(from.sleepHours === null ? '' : String(from.sleepHours));
      setUsed(from.used === null ? '' : from.used ? 'yes' : 'no');
      setNote(from.note ?? '');
      setShareMood(from.shareMood);
    }
    setSaved(null);
    setEditing(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mood === null) {
      setError('Choose how you are feeling first.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const sleep = sleepHours.trim() === '' ? null : Number(sleepHours);
      const result = await saveCheckin({
        mood,
        craving,
        sleepHours: sleep,
        used: used === '' ? null : used === 'yes',
        note: note.trim() || null,
        shareMood,
      });
      setSaved(result);
      setEditing(false);
      markCheckedIn();
      reload();
      onSaved?.(result);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setSaving(false);
    }
  };

  const Heading = compact ? 'h3' : 'h2';
  const showForm = editing || (today.kind === 'ready' && !existing && !saved);
  return (
    <section className="card checkin-card" aria-labelledby={`${id}-title`} id={compact ? undefined : 'checkin'}>
      <Heading id={`${id}-title`}>Daily check-in</Heading>
      <p className="field-hint">
        Your care team reads check-ins in working hours. They are not watched live: if you need help now, use the crisis
        lines at the bottom of every page.
      </p>
      {today.kind === 'loading' && <p aria-live="polite">Loading…</p>}
      {today.kind === 'failed' && <p role="alert">{today.message}</p>}
      {saved && <CheckinDone saved={saved} />}
      {!showForm && !saved && existing && (
        <p>
          You checked in today: <strong>{moodWord(existing.mood)}</strong>.
        </p>
      )}
      {!showForm && (existing || saved) && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => startEditing(existing ?? saved ?? undefined)}
        >
          Change today’s check-in
        </button>
      )}
      {showForm && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <fieldset className="mood-picker">
            <legend>How are you today?</legend>
            <div className="mood-faces">
              {MOODS.map((m) => (
                <button
                  key={m}
                  type="button"
                  className={`mood-face mood-${m}`}
                  aria-pressed={mood === m}
                  onClick={() => setMood(m)}
                >
                  <span aria-hidden="true" className="mood-emoji">
                    {MOOD_FACES[m]}
                  </span>
                  <span>{moodWord(m)}</span>
                </button>
              ))}
            </div>
          </fieldset>
          {mood !== null && (
            <>
              <div className="field">
                <label htmlFor={`${id}-craving`}>
                  Urges right now: <strong>{craving}</strong>{' '}
                  <span className="field-hint">(0 none – 10 strongest)</span>
                </label>
                <input
                  id={`${id}-craving`}
                  type="range"
                  min={0}
                  max={10}
                  step={1}
                  value={craving}
                  onChange={(e) => setCraving(Number(e.target.value))}
                />
              </div>
              <details className="checkin-more">
                <summary>More (optional): sleep, use, a note</summary>
                <div className="field">
                  <label htmlFor={`${id}-sleep`}>Hours slept last night</label>
                  <input
                    id={`${id}-sleep`}
                    type="number"
                    inputMode="decimal"
                    min={0}
                    max={24}
                    step={0.5}
                    value={sleepHours}
                    onChange={(e) => setSleepHours(e.target.value)}
                  />
                </div>
                <fieldset className="field">
                  <legend>Used since your last check-in?</legend>
                  <p className="field-hint">Only your care team sees this, never your group or moderators.</p>
                  {(
                    [
                      ['', 'Rather not say'],
                      ['no', 'No'],
                      ['yes', 'Yes'],
                    ] as const
                  ).map(([value, label]) => (
                    <label key={value} className="choice">
                      <input
                        type="radio"
                        name={`${id}-used`}
                        value={value}
                        checked={used === value}
                        onChange={() => setUsed(value)}
                      />{' '}
                      {label}
                    </label>
                  ))}
                </fieldset>
                <div className="field">
                  <label htmlFor={`${id}-note`}>A short note for your care team</label>
                  <textarea
                    id={`${id}-note`}
                    maxLength={500}
                    rows={3}
                    value={note}
                    onChange={(e) => setNote(e.target.value)}
                  />
                </div>
              </details>
              <label className="choice">
                <input type="checkbox" checked={shareMood} onChange={(e) => setShareMood(e.target.checked)} /> Let my
                group see my mood (otherwise only my care team sees my check-in)
              </label>
            </>
          )}
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="button" disabled={saving || mood === null}>
              {saving ? 'Saving…' : 'Check in'}
            </button>
            {editing && (
              <button type="button" className="button button-secondary" onClick={() => setEditing(false)}>
                Cancel
              </button>
            )}
          </div>
        </form>
      )}
      {children}
    </section>
  );
}

/** After saving: thanks, and help at once when the answers call for it. */
function CheckinDone({ saved }: { saved: CheckinSaved }) {
  return (
    <div aria-live="polite">
      <p className="checkin-thanks">Thank you, you’re checked in for today{saved.replaced ? ' (updated)' : ''}.</p>
      {saved.support.now && (
        <div role="alert" className="checkin-help">
          <p>
            <strong>You don’t have to wait for your next session.</strong> If things feel hard right now, reach out:
          </p>
          <CrisisResourceList resources={saved.support.resources} />
          <p>
            <Link to={saved.support.careLine.path} className="button">
              Message your care team
            </Link>
          </p>
          <p className="field-hint">The care team replies in working hours; the lines above are open all day.</p>
        </div>
      )}
    </div>
  );
}
