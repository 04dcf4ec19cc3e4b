import type { PersonRef } from '@hearth/contract';
import { lazy, Suspense, useState } from 'react';
import { useLoad } from '../../../lib/useLoad';
import { personCheckins } from '../api';
import { lastDays } from '../days';
import { moodWord, shortDay } from '../moods';

const TrendChart = lazy(() => import('./TrendChart'));

/** One member's 90-day trend and notes, for their care team (the read is audited). */
export function MemberTrend({ person, onClose }: { person: PersonRef; onClose?: () => void }) {
  const [loaded] = useLoad((signal) => personCheckins(person.id, 90, signal), person.id);
  return (
    <section className="member-trend" aria-label={`${person.displayName}: check-ins`}>
      <h3>{person.displayName}: the last 90 days</h3>
      {loaded.kind === 'loading' && <p aria-live="polite">Loading…</p>}
      {loaded.kind === 'failed' && <p role="alert">{loaded.message}</p>}
      {loaded.kind === 'ready' && (
        <>
          <Suspense fallback={<p aria-live="polite">Loading the chart…</p>}>
            <TrendChart
              checkins={loaded.data.checkins}
              days={lastDays(loaded.data.today, 90)}
              title={`${person.displayName}: mood and urges, last 90 days`}
              showUse
            />
          </Suspense>
          {loaded.data.checkins.some((c) => c.note) && (
            <>
              <h4>Notes</h4>
              <ul className="item-list">
                {loaded.data.checkins
                  .filter((c) => c.note)
                  .map((c) => (
                    <li key={c.id}>
                      <span className="item-meta">
                        {shortDay(c.date)} · {moodWord(c.mood)}
                      </span>
                      <p>{c.note}</p>
                    </li>
                  ))}
              </ul>
            </>
          )}
        </>
      )}
      {onClose && (
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          Close
        </button>
      )}
    </section>
  );
}

/** Beside a member on the staff cohort page: their check-in trend, loaded (and audited) only when opened. */
export function MemberCheckinsAction({ person }: { person: PersonRef }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="member-checkins" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Check-ins</summary>
      {open && <MemberTrend person={person} />}
    </details>
  );
}
