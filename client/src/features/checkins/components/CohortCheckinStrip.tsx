import { useState } from 'react';
import { useLive } from '../../../lib/socket';
import { useLoad } from '../../../lib/useLoad';
import { cohortCheckins } from '../api';
import { MOOD_FACES, moodWord } from '../moods';
import { CheckinCard } from './CheckinCard';

/**
 * In the cohort room, for its members: "6 of 9 checked in today", the moods
 * shared with the group today, and the check-in card one tap away.
 */
export function CohortCheckinStrip({ cohortId, canCheckIn }: { cohortId: string; canCheckIn: boolean }) {
  const [open, setOpen] = useState(false);
  const [loaded, reload] = useLoad((signal) => cohortCheckins(cohortId, 1, signal), cohortId);
  // Someone in the group checked in: the count and shared moods, fetched again.
  useLive('checkins:changed', (payload) => payload.cohortId === cohortId && reload());
  if (loaded.kind !== 'ready') {
    return null;
  }
  const data = loaded.data;
  const shared = data.scope === 'cohort' ? data.members.filter((m) => m.date === data.today) : [];
  return (
    <section className={open ? 'checkin-strip is-open' : 'checkin-strip'} aria-label="Today’s check-ins">
      {canCheckIn ? (
        // One line beside who is here: the count is the way to the card (a phone's height is the conversation's).
        <button
          type="button"
          className="link-button checkin-count"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          <strong>
            {data.checkedInToday} of {data.memberCount}
          </strong>{' '}
          checked in today<span className="visually-hidden">{open ? ': close your check-in' : ': check in'}</span>
        </button>
      ) : (
        <p className="checkin-count">
          <strong>
            {data.checkedInToday} of {data.memberCount}
          </strong>{' '}
          checked in today
        </p>
      )}
      {shared.length > 0 && (
        <ul className="shared-moods" aria-label="Moods shared with the group today">
          {shared.map((m) => (
            <li key={m.user.id}>
              <span aria-hidden="true">{MOOD_FACES[m.mood]}</span> {m.user.displayName}: {moodWord(m.mood)}
            </li>
          ))}
        </ul>
      )}
      {open && <CheckinCard compact onSaved={reload} />}
    </section>
  );
}
