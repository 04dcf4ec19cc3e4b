export function HomePage() {
  return (
    <section aria-labelledby="home-title" className="card">
      <h1 id="home-title">Welcome to Hearth</h1>
      <p>A safe space for your group between sessions, looked after by your care team.</p>
    </section>
  );
}
