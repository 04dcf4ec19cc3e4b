import { Link } from 'react-router-dom';
import { resourceLinks, useCrisisResources } from '../../../lib/crisis';

/** How many of the program's resources the footer carries; the crisis page has them all. */
const IN_FOOTER = 3;

/** Always one tap away, on every page: the first way to reach each of the program's first resources. */
export function CrisisLink() {
  const quick = useCrisisResources()
    .slice(0, IN_FOOTER)
    .flatMap((r) => resourceLinks(r, { short: true }).slice(0, 1));
  return (
    <div className="crisis-link" role="region" aria-label="Crisis help">
      <Link to="/crisis" className="crisis-link-main">
        Need help now?
      </Link>
      {quick.map((link, i) => (
        <a key={i} href={link.href} {...(link.kind === 'web' ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
          {link.label}
        </a>
      ))}
    </div>
  );
}
