import type { HealthReport } from '@hearth/contract';
import { useEffect, useState } from 'react';
import { useTitle } from '../../../lib/title';
import { fetchHealth } from '../api';

type State = { kind: 'loading' } | { kind: 'ready'; health: HealthReport } | { kind: 'unreachable'; message: string };

export function StatusPage() {
  useTitle('Status');
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    const load = () =>
      fetchHealth(controller.signal)
        .then((health) => setState({ kind: 'ready', health }))
        .catch((error: Error) => {
          if (error.name !== 'AbortError') {
            setState({ kind: 'unreachable', message: error.message });
          }
        });
    void load();
    const timer = setInterval(() => void load(), 15000);
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, []);

  return (
    <section aria-labelledby="status-title" className="card">
      <h1 id="status-title">Service status</h1>
      {state.kind === 'loading' && <p aria-live="polite">Checking…</p>}
      {state.kind === 'unreachable' && (
        <p role="alert" className="status-bad">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' && (
        <dl className="status-list" aria-live="polite">
          <dt>Hearth</dt>
          <dd data-testid="status-overall" className={state.health.status === 'ok' ? 'status-good' : 'status-bad'}>
            {state.health.status === 'ok' ? 'Working normally' : 'Having problems'}
          </dd>
          <dt>Database</dt>
          <dd data-testid="status-db">{state.health.db === 'up' ? 'Up' : 'Down'}</dd>
          {state.health.redis && (
            <>
              <dt>Messaging between servers</dt>
              <dd>{state.health.redis === 'up' ? 'Up' : 'Down'}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
