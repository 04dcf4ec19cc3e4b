import { Link } from 'react-router-dom';
import { useTitle } from '../lib/title';

export function NotFoundPage() {
  useTitle();
  return (
    <section className="card">
      <h1>Page not found</h1>
      <p>
        That page does not exist. <Link to="/">Go home</Link>.
      </p>
    </section>
  );
}
