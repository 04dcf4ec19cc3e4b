import { Link } from 'react-router-dom';

export function NotFoundPage() {
  return (
    <section className="card">
      <h1>Page not found</h1>
      <p>
        That page does not exist. <Link to="/">Go home</Link>.
      </p>
    </section>
  );
}
