import type { CrisisResource } from '@hearth/contract';
import { FALLBACK_RESOURCES } from '../resources';

interface CrisisResourcesPanelProps {
  /** The server's list (from /safety/check or the `crisis:resources` event); the built-in one when absent. */
  resources?: CrisisResource[];
  /** Fewer words, for headers and composers. */
  compact?: boolean;
}

/** Ways to reach someone now: call, text or chat, with the 911 line always there. */
export function CrisisResourcesPanel({ resources, compact = false }: CrisisResourcesPanelProps) {
  const list = resources && resources.length > 0 ? resources : FALLBACK_RESOURCES;
  const has911 = list.some((r) => r.phone === '911');
  return (
    <div className={compact ? 'crisis-panel compact' : 'crisis-panel'}>
      <ul className="crisis-list">
        {list.map((r) => (
          <li key={r.name}>
            <strong>{r.name}</strong>
            <div className="crisis-actions">
              {r.phone && <a href={`tel:${r.phone}`}>Call {r.phone}</a>}
              {r.sms && (
                <a href={`sms:${r.sms}${r.smsBody ? `?&body=${encodeURIComponent(r.smsBody)}` : ''}`}>
                  Text {r.smsBody ? `${r.smsBody} to ` : ''}
                  {r.sms}
                </a>
              )}
              {r.url && (
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  Chat online
                </a>
              )}
            </div>
          </li>
        ))}
      </ul>
      {!has911 && (
        <p className="crisis-911">
          In an emergency, <a href="tel:911">call 911</a>.
        </p>
      )}
    </div>
  );
}
