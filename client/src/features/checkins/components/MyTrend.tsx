import { lazy, Suspense, useState } from 'react';
import { useLoad } from '../../../lib/useLoad';
import { myCheckins } from '../api';
import { localToday } from '../moods';
import { lastDays } from '../days';

const TrendChart = lazy(() => import('./TrendChart'));

/** The member's own 30- or 90-day trend. */
export function MyTrend({ refreshKey = 0 }: { refreshKey?: number }) {
  const [range, setRange] = useState<30 | 90>(30);
  const [loaded] = useLoad((signal) => myCheckins(range, signal), `${range}:${refreshKey}`);
  const newest = loaded.kind === 'ready' ? loaded.data[0]?.date : undefined;
  // The program's day may run ahead of the reader's.
  const today = newest && newest > localToday() ? newest : localToday();
  return (
    <div className="my-trend">
      <div className="actions" role="group" aria-label="How far back">
        {([30, 90] as const).map((n) => (
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
      {loaded.kind === 'loading' && <p aria-live="polite">Loading…</p>}
      {loaded.kind === 'failed' && <p role="alert">{loaded.message}</p>}
      {loaded.kind === 'ready' &&
        (loaded.data.length === 0 ? (
          <p>Your trend appears here once you have checked in.</p>
        ) : (
          <Suspense fallback={<p aria-live="polite">Loading the chart…</p>}>
            <TrendChart checkins={loaded.data} days={lastDays(today, range)} title={`Your last ${range} days`} />
          </Suspense>
        ))}
    </div>
  );
}
