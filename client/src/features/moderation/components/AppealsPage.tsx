import type { AppealStatus } from '@hearth/contract';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../../lib/auth';
import { Tabs, tabPanelProps } from '../../../lib/Tabs';
import { useTitle } from '../../../lib/title';
import { useLoad } from '../../../lib/useLoad';
import { fetchAppeals } from '../api';
import { AppealCard } from './AppealCard';

const TABS: { key: AppealStatus; label: string }[] = [
  { key: 'open', label: 'Open' },
  { key: 'upheld', label: 'Upheld' },
  { key: 'overturned', label: 'Overturned' },
];

/** Members ask for a second look; someone other than the original decider answers. */
export function AppealsPage() {
  useTitle('Appeals');
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const status = TABS.find((t) => t.key === params.get('status'))?.key ?? 'open';
  const [appeals, reload] = useLoad((signal) => fetchAppeals(status, signal), status);
  const [notice, setNotice] = useState('');
  return (
    <section className="card" aria-labelledby="appeals-title">
      <h1 id="appeals-title">Appeals</h1>
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      <Tabs
        label="Appeals"
        idBase="appeals"
        tabs={TABS}
        selected={status}
        onSelect={(key) => setParams(key === 'open' ? {} : { status: key })}
      />
      <div {...tabPanelProps('appeals', status)} className="tab-panel">
        {appeals.kind === 'loading' && <p aria-live="polite">Loading…</p>}
        {appeals.kind === 'failed' && <p role="alert">{appeals.message}</p>}
        {appeals.kind === 'ready' && appeals.data.length === 0 && <p>No appeals here.</p>}
        {appeals.kind === 'ready' &&
          appeals.data.map((appeal) => (
            <AppealCard
              key={appeal.id}
              appeal={appeal}
              myId={user?.id ?? ''}
              onDecided={(text) => {
                setNotice(text);
                reload();
              }}
            />
          ))}
      </div>
    </section>
  );
}
