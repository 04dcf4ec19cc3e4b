import type { AlertView } from '@hearth/contract';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useLive } from '../../../lib/socket';
import { Tabs, tabPanelProps } from '../../../lib/Tabs';
import { useTitle } from '../../../lib/title';
import { useLoad } from '../../../lib/useLoad';
import { useNow } from '../../../lib/useNow';
import { fetchAlerts } from '../api';
import { refreshActiveAlerts, useActiveAlerts } from '../alertsStore';
import { AlertCard } from './AlertCard';

const TABS = [
  { key: 'active' as const, label: 'Needs attention' },
  { key: 'resolved' as const, label: 'Resolved' },
];

/** Crisis alerts: someone may be in danger. Open ones first, each with its age ticking. */
export function AlertsPage() {
  useTitle('Alerts');
  const [params, setParams] = useSearchParams();
  const tab = params.get('status') === 'resolved' ? 'resolved' : 'active';
  const active = useActiveAlerts();
  const [notice, setNotice] = useState('');
  const now = useNow(1000);
  // The store also polls, as the safety net for anything a dropped connection missed.
  useLive('alert:new', refreshActiveAlerts);
  useLive('alert:updated', refreshActiveAlerts);

  const changed = (text: string) => {
    setNotice(text);
    refreshActiveAlerts();
  };

  return (
    <section className="card" aria-labelledby="alerts-title">
      <h1 id="alerts-title">Crisis alerts</h1>
      <p className="item-meta">
        Acknowledge an alert as soon as you are looking into it: that stops it escalating to every clinician.
      </p>
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      <Tabs
        label="Alerts"
        idBase="alerts"
        tabs={TABS}
        selected={tab}
        onSelect={(key) => setParams(key === 'resolved' ? { status: key } : {})}
      />
      <div {...tabPanelProps('alerts', tab)} className="tab-panel">
        {tab === 'active' ? (
          <>
            {active.error && (
              <p role="alert" className="form-alert">
                Could not refresh the alerts: {active.error}
              </p>
            )}
            <AlertList alerts={active.alerts} now={now} empty="No open alerts right now." onChanged={changed} />
          </>
        ) : (
          <ResolvedAlerts now={now} />
        )}
      </div>
    </section>
  );
}

function ResolvedAlerts({ now }: { now: number }) {
  const [alerts] = useLoad((signal) => fetchAlerts('resolved', signal), 'resolved');
  if (alerts.kind === 'failed') {
    return <p role="alert">{alerts.message}</p>;
  }
  return (
    <AlertList
      alerts={alerts.kind === 'ready' ? alerts.data : null}
      now={now}
      empty="No resolved alerts yet."
      onChanged={() => undefined}
    />
  );
}

interface AlertListProps {
  alerts: AlertView[] | null;
  now: number;
  empty: string;
  onChanged: (notice: string) => void;
}

function AlertList({ alerts, now, empty, onChanged }: AlertListProps) {
  if (alerts === null) {
    return <p aria-live="polite">Loading…</p>;
  }
  if (alerts.length === 0) {
    return <p>{empty}</p>;
  }
  return alerts.map((alert) => <AlertCard key={alert.id} alert={alert} now={now} onChanged={onChanged} />);
}
