import { useId } from 'react';

export interface Bar {
  label: string;
  value: number;
}

/**
 * Horizontal bars with their labels and values in text (no chart library). The
 * drawing is hidden from screen readers, which read the same numbers as a table.
 */
export function BarChart({ title, bars, unit }: { title: string; bars: Bar[]; unit: string }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="bar-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <ul className="bars" aria-hidden="true">
        {bars.map((bar) => (
          <li key={bar.label}>
            <span className="bar-label">{bar.label}</span>
            <svg className="bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
              <rect x="0" y="0" width={(bar.value / max) * 100} height="10" />
            </svg>
            <span className="bar-value">{bar.value}</span>
          </li>
        ))}
      </ul>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Reason</th>
            <th scope="col">{unit}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>{bar.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
