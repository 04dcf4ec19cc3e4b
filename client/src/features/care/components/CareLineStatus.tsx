import type { CareLineView } from '@hearth/contract';
import { CrisisResourceList } from '../../../lib/CrisisResourceList';
import { useCrisisResources } from '../../../lib/crisis';
import { answerTimeWords, byWords, dayWords } from '../words';

/**
 * What the member sees above their line: whether someone of their care team is on
 * duty and when to expect an answer; when nobody is, crisis resources one tap away.
 */
export function CareLineStatus({ line, now }: { line: CareLineView; now: number }) {
  const resources = useCrisisResources();
  const expected = line.dueAt ? byWords(line.dueAt, now) : `within ${answerTimeWords(line.answerMinutes)}`;
  return (
    <section className="care-status" aria-label="Your care team">
      <p className="care-private">Private: only you and your care team can read this.</p>
      {line.onDuty ? (
        <p className="care-duty is-on" role="status">
          <strong>Someone from your care team is on duty now.</strong> Expect an answer {expected}.
        </p>
      ) : (
        <div className="care-duty is-off" role="status">
          <p>
            <strong>No one from your care team is on duty right now.</strong> They will read your message when they are
            back, and answer {expected}.
          </p>
          <details className="care-help" open>
            <summary>If you need help now</summary>
            <CrisisResourceList resources={resources} />
          </details>
        </div>
      )}
      {line.contexts.map((c) => (
        <p key={c.id} className="care-context">
          {c.aboutAt
            ? `Your care team opened this about your message of ${dayWords(c.aboutAt)}.`
            : 'Your care team opened this line to talk with you.'}
        </p>
      ))}
    </section>
  );
}
