import { useVisiblePoll } from '../../../lib/poll';
import { useLoad } from '../../../lib/useLoad';
import { fetchCoverage } from '../api';
import { CrisisResourcesPanel } from './CrisisResourcesPanel';

/**
 * Whether anyone from the care team is on duty now (checked every minute). When
 * nobody is, or it cannot be told, the crisis lines are shown prominently instead.
 */
export function StaffOnDutyIndicator({ compact = false }: { compact?: boolean }) {
  const [coverage, reload] = useLoad(fetchCoverage, 'coverage');
  useVisiblePoll(reload, 60_000);
  if (coverage.kind === 'loading') {
    return null;
  }
  const onDuty = coverage.kind === 'ready' && coverage.data.staffOnDuty;
  return (
    <section className={compact ? 'coverage compact' : 'coverage card'} aria-label="Staff coverage">
      <p className={onDuty ? 'coverage-line is-on' : 'coverage-line'} role="status">
        <span className="dot" aria-hidden="true" />
        {onDuty
          ? 'Staff on duty'
          : coverage.kind === 'failed'
            ? 'Can’t check whether staff are on duty right now'
            : 'No staff on duty right now'}
      </p>
      {!onDuty && (
        <>
          {!compact && <p>If you need to talk to someone now, these services are free and open all day, every day:</p>}
          <CrisisResourcesPanel compact={compact} />
        </>
      )}
    </section>
  );
}
