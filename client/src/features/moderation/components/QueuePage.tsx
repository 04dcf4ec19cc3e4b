import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../../lib/auth';
import { useVisiblePoll } from '../../../lib/poll';
import { useLive } from '../../../lib/socket';
import { Tabs, tabPanelProps } from '../../../lib/Tabs';
import { useTitle } from '../../../lib/title';
import { useLoad } from '../../../lib/useLoad';
import { useNow } from '../../../lib/useNow';
import { fetchQueue } from '../api';
import { ReviewItemCard } from './ReviewItemCard';

type Status = 'pending' | 'resolved';
const TABS = [
  { key: 'pending' as const, label: 'Pending' },
  { key: 'resolved' as const, label: 'Resolved' },
];

/** The moderator queue: urgent (crisis) items first, then by score and age. */
export function QueuePage() {
  useTitle('Review queue');
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const status: Status = params.get('status') === 'resolved' ? 'resolved' : 'pending';
  const [items, reload] = useLoad((signal) => fetchQueue(status, signal), status);
  const [notice, setNotice] = useState('');
  const now = useNow(15_000);
  // Live, with a poll as the safety net for anything a dropped connection missed.
  useVisiblePoll(reload, 10_000);
  useLive('review:new', reload);
  useLive('review:updated', reload);
  // Only an admin bans (the server's policy decides; this only keeps the choice off the form).
  const me = { id: user?.id ?? '', canBan: user?.role === 'admin' };

  return (
    <section className="card" aria-labelledby="queue-title">
      <h1 id="queue-title">Review queue</h1>
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      <Tabs
        label="Review items"
        idBase="queue"
        tabs={TABS}
        selected={status}
        onSelect={(key) => {
          setNotice('');
          setParams(key === 'resolved' ? { status: key } : {});
        }}
      />
      <div {...tabPanelProps('queue', status)} className="tab-panel">
        {items.kind === 'loading' && <p aria-live="polite">Loading…</p>}
        {items.kind === 'failed' && <p role="alert">{items.message}</p>}
        {items.kind === 'ready' && items.data.length === 0 && (
          <p>{status === 'pending' ? 'Nothing waiting for review. Thank you.' : 'Nothing resolved yet.'}</p>
        )}
        {items.kind === 'ready' &&
          items.data.map((item) => (
            <ReviewItemCard
              key={item.id}
              item={item}
              me={me}
              now={now}
              onChanged={(text) => {
                setNotice(text);
                reload();
              }}
            />
          ))}
      </div>
    </section>
  );
}
