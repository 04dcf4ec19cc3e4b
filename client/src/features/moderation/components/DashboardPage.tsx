import type { ModerationStats } from '@hearth/contract';
import { Link } from 'react-router-dom';
import { formatDuration, formatElapsed } from '../../../lib/dates';
import { useVisiblePoll } from '../../../lib/poll';
import { useTitle } from '../../../lib/title';
import { useLoad } from '../../../lib/useLoad';
import { useNow } from '../../../lib/useNow';
import { fetchStats } from '../api';
import { reasonOrSource } from '../words';
import { BarChart } from './BarChart';

type Medians = ModerationStats['timeToAcknowledge'];

/** The clinical lead's glance: who is waiting, how fast the team responds, what the queue holds. */
export function DashboardPage() {
  useTitle('Dashboard');
  const [stats, reload] = useLoad(fetchStats, 'stats');
  useVisiblePoll(reload, 30_000);
  return (
    <section className="card" aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">Dashboard</h1>
      {stats.kind === 'loading' && <p aria-live="polite">Loading…</p>}
      {stats.kind === 'failed' && <p role="alert">{stats.message}</p>}
      {stats.kind === 'ready' && <DashboardBody stats={stats.data} />}
    </section>
  );
}

function DashboardBody({ stats }: { stats: ModerationStats }) {
  const now = useNow(15_000);
  const bars = Object.entries(stats.queueByReason)
    .map(([key, value]) => ({ label: reasonOrSource(key), value }))
    .sort((a, b) => b.value - a.value);
  return (
    <>
      <h2>Open crisis alerts</h2>
      {stats.openAlerts.length === 0 ? (
        <p>None open right now.</p>
      ) : (
        <ul className="item-list">
          {stats.openAlerts.map((alert) => (
            <li key={alert.id}>
              <span className="item-title">{alert.status === 'open' ? 'Not yet acknowledged' : 'Acknowledged'}</span>
              {alert.escalated && <span className="badge badge-warn">Escalated</span>}
              <span className="item-meta block">Raised {formatElapsed(alert.createdAt, now)} ago</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/staff/alerts">Go to alerts</Link>
      </p>
      <h2>Response times (median)</h2>
      <dl className="tiles">
        <Tile label="To acknowledge, last 7 days" value={median(stats.timeToAcknowledge, 'last7Days')} />
        <Tile label="To acknowledge, last 30 days" value={median(stats.timeToAcknowledge, 'last30Days')} />
        <Tile label="To resolve, last 7 days" value={median(stats.timeToResolve, 'last7Days')} />
        <Tile label="To resolve, last 30 days" value={median(stats.timeToResolve, 'last30Days')} />
        <Tile label="Alerts in the last 30 days" value={String(stats.alertsLast30Days)} />
        <Tile label="Items in the review queue" value={String(stats.queueSize)} />
      </dl>
      <h2>Review queue by reason</h2>
      {bars.length === 0 ? (
        <p>The queue is empty.</p>
      ) : (
        <BarChart title="Open review items by reason" bars={bars} unit="Open items" />
      )}
      <p>
        <Link to="/staff/queue">Go to the review queue</Link>
      </p>
    </>
  );
}

function Tile({ label, value }: { label: string; value: string }) {
  return (
    <div className="tile">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function median(m: Medians, key: keyof Medians): string {
  const seconds = m[key];
  return seconds === null ? 'None yet' : formatDuration(seconds);
}
