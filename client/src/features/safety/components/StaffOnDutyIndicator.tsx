import { Link } from 'react-router-dom';
import { useVisiblePoll } from '../../../lib/poll';
import { useLoad } from '../../../lib/useLoad';
import { fetchCoverage } from '../api';
import { CrisisResourcesPanel } from './CrisisResourcesPanel';

interface StaffOnDutyIndicatorProps {
  /** Fewer words, for headers. */
  compact?: boolean;
  /**
   * One short line, for a chat header on a phone: when nobody is on duty it links to
   * help instead of listing the lines (the header's Help button stays in view).
   */
  line?: boolean;
}

/**
 * Whether anyone from the care team is on duty now (checked every minute). When
 * nobody is, or it cannot be told, the crisis lines are shown prominently instead.
 */
export function StaffOnDutyIndicator({ compact = false, line = false }: StaffOnDutyIndicatorProps) {
  const [coverage, reload] = useLoad(fetchCoverage, 'coverage');
  useVisiblePoll(reload, 60_000);
  if (coverage.kind === 'loading') {
    return null;
  }
  const onDuty = coverage.kind === 'ready' && coverage.data.staffOnDuty;
  const words = onDuty
    ? 'Staff on duty'
    : coverage.kind === 'failed'
      ? line
        ? 'Can’t check staff duty'
        : 'Can’t check whether staff are on duty right now'
      : line
        ? 'No staff on duty now'
        : 'No staff on duty right now';
  if (line) {
    return (
      <p className={onDuty ? 'coverage-line is-on coverage-inline' : 'coverage-line coverage-inline'} role="status">
        <span className="dot" aria-hidden="true" />
        <span>
          {words}
          {!onDuty && (
            <>
              {' · '}
              <Link to="/crisis">Get help</Link>
            </>
          )}
        </span>
      </p>
    );
  }
  return (
    <section className={compact ? 'coverage compact' : 'coverage card'} aria-label="Staff coverage">
      <p className={onDuty ? 'coverage-line is-on' : 'coverage-line'} role="status">
        <span className="dot" aria-hidden="true" />
        {words}
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
