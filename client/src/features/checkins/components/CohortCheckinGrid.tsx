import type { CheckinDay, CohortCheckinsForCareTeam, PersonRef } from '@hearth/contract';
import { useEffect, useRef, useState } from 'react';
import { useLoad } from '../../../lib/useLoad';
import { cohortCheckins } from '../api';
import { moodWord, shortDay } from '../moods';
import { CheckinConcerns } from './CheckinConcerns';
import { MemberTrend } from './MemberTrend';
import '../checkins.css';

const HIGH_URGES = 8;

/**
 * The care team's cohort grid: members × days, coloured by mood, with strong
 * urges (!) and reported use (●) marked. It is a table, so it reads as one;
 * choosing a member shows their trend chart and notes. Every load is audited.
 */
export function CohortCheckinGrid({ cohortId }: { cohortId: string }) {
  const [range, setRange] = useState<14 | 30 | 90>(30);
  const [person, setPerson] = useState<PersonRef | null>(null);
  const [loaded] = useLoad((signal) => cohortCheckins(cohortId, range, signal), `${cohortId}:${range}`);
  return (
    <section className="card" aria-labelledby="checkins-title">
      <h2 id="checkins-title">Check-ins</h2>
      {loaded.kind === 'loading' && <p aria-live="polite">Loading…</p>}
      {loaded.kind === 'failed' && <p role="alert">{loaded.message}</p>}
      {loaded.kind === 'ready' && (
        <>
          <p>
            <strong>
              {loaded.data.checkedInToday} of {loaded.data.memberCount}
            </strong>{' '}
            checked in today.
          </p>
          {loaded.data.scope === 'care_team' ? (
            <>
              <div className="actions" role="group" aria-label="How far back">
                {([14, 30, 90] as const).map((n) => (
                  <button
                    key={n}
                    type="button"
                    className="button button-secondary button-small"
                    aria-pressed={range === n}
                    onClick={() => setRange(n)}
                  >
                    {n} days
                  </button>
                ))}
              </div>
              <CheckinConcerns cohortId={cohortId} />
              <Grid data={loaded.data} onChoose={setPerson} chosen={person?.id} />
              <Legend />
              {person && <MemberTrend person={person} onClose={() => setPerson(null)} />}
            </>
          ) : (
            <p className="field-hint">Check-ins are for each member’s care team (their clinicians and the admins).</p>
          )}
        </>
      )}
    </section>
  );
}

function Grid({
  data,
  onChoose,
  chosen,
}: {
  data: CohortCheckinsForCareTeam;
  onChoose: (p: PersonRef) => void;
  chosen?: string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  // The newest days are what staff look at first: start scrolled to the end.
  useEffect(() => {
    const el = scroller.current;
    if (el) {
      el.scrollLeft = el.scrollWidth;
    }
  }, [data]);
  return (
    <div
      ref={scroller}
      className="checkin-grid-scroll"
      tabIndex={0}
      role="region"
      aria-label="Check-ins by member and day"
    >
      <table className="checkin-grid">
        <caption className="visually-hidden">
          Check-ins of the last {data.days.length} days, one row per member, newest day last
        </caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            {data.days.map((day) => (
              <th scope="col" key={day} title={shortDay(day)}>
                <span aria-hidden="true">{Number(day.slice(8, 10))}</span>
                <span className="visually-hidden">{shortDay(day)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.members.map(({ user, checkins }) => {
            const byDay = new Map(checkins.map((c) => [c.date, c]));
            return (
              <tr key={user.id}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={chosen === user.id}
                    onClick={() => onChoose(user)}
                  >
                    {user.displayName}
                  </button>
                </th>
                {data.days.map((day) => (
                  <Cell key={day} checkin={byDay.get(day)} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function describe(c: CheckinDay): string {
  return [
    `${moodWord(c.mood)} (${c.mood})`,
    `urges ${c.craving}`,
    c.used === true ? 'reported use' : '',
    c.sleepHours !== null ? `slept ${c.sleepHours} h` : '',
    c.note ? 'note' : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function Cell({ checkin }: { checkin?: CheckinDay }) {
  if (!checkin) {
    return (
      <td className="cell cell-empty">
        <span className="visually-hidden">none</span>
      </td>
    );
  }
  const text = describe(checkin);
  return (
    <td className={`cell mood-${checkin.mood}`} title={text}>
      <span aria-hidden="true">
        {checkin.craving >= HIGH_URGES ? '!' : ''}
        {checkin.used === true ? '●' : ''}
      </span>
      <span className="visually-hidden">{text}</span>
    </td>
  );
}

function Legend() {
  return (
    <ul className="checkin-legend" aria-label="Key">
      {[1, 2, 3, 4, 5].map((m) => (
        <li key={m}>
          <span className={`cell mood-${m}`} aria-hidden="true" /> {moodWord(m)}
        </li>
      ))}
      <li>
        <span aria-hidden="true">!</span> urges 8 or more
      </li>
      <li>
        <span aria-hidden="true">●</span> reported use
      </li>
    </ul>
  );
}
