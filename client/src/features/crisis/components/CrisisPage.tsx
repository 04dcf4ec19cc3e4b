import { useTitle } from '../../../lib/title';
import { CrisisResources } from './CrisisResources';

export function CrisisPage() {
  useTitle('Get help');
  return (
    <section aria-labelledby="crisis-title" className="card">
      <h1 id="crisis-title">Get help now</h1>
      <p>
        If you are thinking about hurting yourself, or you are worried about someone, you do not have to wait for your
        next session. These services are free, confidential and open all day, every day.
      </p>
      <CrisisResources />
    </section>
  );
}
