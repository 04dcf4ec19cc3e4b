import { CRISIS_RESOURCES } from '../resources';

export function CrisisResources({ compact = false }: { compact?: boolean }) {
  return (
    <ul className={compact ? 'crisis-list compact' : 'crisis-list'}>
      {CRISIS_RESOURCES.map((r) => (
        <li key={r.name}>
          <strong>{r.name}</strong>
          {!compact && <p>{r.description}</p>}
          <div className="crisis-actions">
            {r.phone && <a href={`tel:${r.phone}`}>Call {r.phone}</a>}
            {r.sms && (
              <a href={`sms:${r.sms}${r.smsBody ? `?&body=${r.smsBody}` : ''}`}>
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
  );
}
