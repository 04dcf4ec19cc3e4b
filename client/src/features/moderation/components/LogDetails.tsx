import type { AlertOutcome } from '@hearth/contract';
import { formatMoment } from '../../../lib/dates';
import { duration, OUTCOME_WORDS } from '../words';

/** The parts of an entry's details a person reads: outcome, reason, note, length. Ids are left out. */
export function LogDetails({ details }: { details: Record<string, unknown> }) {
  const lines: [string, string][] = [];
  if (typeof details.outcome === 'string') {
    lines.push(['Outcome', OUTCOME_WORDS[details.outcome as AlertOutcome] ?? details.outcome]);
  }
  if (typeof details.reason === 'string') {
    lines.push(['Reason', details.reason]);
  }
  if (typeof details.note === 'string') {
    lines.push(['Note', details.note]);
  }
  if (typeof details.durationMinutes === 'number') {
    lines.push(['For', duration(details.durationMinutes)]);
  }
  if (typeof details.until === 'string') {
    lines.push(['Until', formatMoment(details.until)]);
  }
  if (lines.length === 0) {
    return null;
  }
  return (
    <dl className="facts log-details">
      {lines.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
