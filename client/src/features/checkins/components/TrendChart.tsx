import type { CheckinDay } from '@hearth/contract';
import { useEffect, useId, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { moodWord, shortDay } from '../moods';

interface TrendChartProps {
  /** Any order; days without a check-in are gaps. */
  checkins: CheckinDay[];
  /** The days shown, oldest first (YYYY-MM-DD). */
  days: string[];
  /** Names the chart and its table, e.g. "Your last 30 days". */
  title: string;
  /** Show whether the person reported use (the care team's chart only). */
  showUse?: boolean;
}

const DAY_SECONDS = 86_400;
const toSeconds = (day: string) => Date.parse(`${day}T12:00:00Z`) / 1000;

/**
 * Mood (1–5) and urges (0–10) over time, drawn by uPlot in the browser (nothing
 * loaded from elsewhere), with the same numbers as a table for screen readers
 * (and anyone who prefers one: "Show as a table").
 */
export default function TrendChart({ checkins, days, title, showUse }: TrendChartProps) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const [tableShown, setTableShown] = useState(false);
  const byDay = new Map(checkins.map((c) => [c.date, c]));

  useEffect(() => {
    const el = box.current;
    if (!el || days.length === 0) {
      return;
    }
    const xs = days.map(toSeconds);
    const moods = days.map((d) => byDay.get(d)?.mood ?? null);
    const urges = days.map((d) => byDay.get(d)?.craving ?? null);
    const width = () => Math.max(280, el.clientWidth);
    const chart = new uPlot(
      {
        width: width(),
        height: 220,
        cursor: { drag: { x: false, y: false } },
        legend: { show: true },
        scales: {
          x: { time: true, range: [xs[0] - DAY_SECONDS / 2, xs[xs.length - 1] + DAY_SECONDS / 2] },
          mood: { range: [0.5, 5.5] },
          urges: { range: [0, 10] },
        },
        axes: [
          {},
          { scale: 'mood', label: 'Mood', values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? t : '')) },
          { scale: 'urges', side: 1, label: 'Urges', grid: { show: false } },
        ],
        series: [
          {},
          { label: 'Mood', scale: 'mood', stroke: '#7a3e1d', width: 2, points: { show: true, size: 6 } },
          { label: 'Urges', scale: 'urges', stroke: '#1d4ed8', width: 1.5, dash: [6, 4], points: { show: true } },
        ],
      },
      [xs, moods, urges],
      el,
    );
    const resize = new ResizeObserver(() => chart.setSize({ width: width(), height: 220 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [days.join(), checkins]);

  return (
    <figure className="trend" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <div ref={box} className="trend-plot" aria-hidden="true" />
      <button type="button" className="link-button" aria-expanded={tableShown} onClick={() => setTableShown((s) => !s)}>
        {tableShown ? 'Hide the table' : 'Show as a table'}
      </button>
      <div className={tableShown ? 'trend-table' : 'visually-hidden'}>
        <table>
          <caption>{title}, as a table</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Mood</th>
              <th scope="col">Urges (0–10)</th>
              <th scope="col">Sleep (hours)</th>
              {showUse && <th scope="col">Used</th>}
            </tr>
          </thead>
          <tbody>
            {[...days].reverse().map((day) => {
              const c = byDay.get(day);
              return (
                <tr key={day}>
                  <th scope="row">{shortDay(day)}</th>
                  <td>{c ? `${moodWord(c.mood)} (${c.mood})` : 'No check-in'}</td>
                  <td>{c ? c.craving : ''}</td>
                  <td>{c?.sleepHours ?? ''}</td>
                  {showUse && <td>{c?.used === true ? 'Yes' : c?.used === false ? 'No' : ''}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
