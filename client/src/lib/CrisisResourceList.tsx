import type { CrisisResource } from '@hearth/contract';
import { resourceLinks } from './crisis';

/** Crisis resources, each with every way to reach it as a link a phone opens at once. */
export function CrisisResourceList({ resources }: { resources: CrisisResource[] }) {
  return (
    <ul className="crisis-list">
      {resources.map((r) => (
        <li key={r.name}>
          <strong>{r.name}</strong>
          <div className="crisis-actions">
            {resourceLinks(r).map((link) => (
              <a
                key={link.href}
                href={link.href}
                {...(link.kind === 'web' ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
              >
                {link.label}
              </a>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
