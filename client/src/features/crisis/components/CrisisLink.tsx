import { Link } from 'react-router-dom';

/** Always one tap away, on every page. */
export function CrisisLink() {
  return (
    <div className="crisis-link" role="region" aria-label="Crisis help">
      <Link to="/crisis" className="crisis-link-main">
        Need help now?
      </Link>
      <a href="tel:988">Call 988</a>
      <a href="sms:988">Text 988</a>
      <a href="tel:911">Emergency 911</a>
    </div>
  );
}
