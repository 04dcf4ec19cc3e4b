import type { SanctionStanding } from '@hearth/contract';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { AppealTextForm } from '../../../lib/appeal';
import { formatMoment } from '../../../lib/dates';
import { appealFromSignIn, Credentials } from '../api';

/**
 * What a suspended or banned person sees at sign-in, their credentials having
 * identified them: the state, the reason, the end in their own time, what they
 * can still do, and the appeal. No session is started.
 */
export function SanctionStandingPanel({
  standing,
  credentials,
}: {
  standing: SanctionStanding;
  credentials: Credentials;
}) {
  const banned = standing.status === 'banned';
  const [appeal, setAppeal] = useState(standing.sanction?.appeal ?? null);
  return (
    <div className="sanction-standing" aria-labelledby="standing-title">
      <h2 id="standing-title">{banned ? 'Your account is banned' : 'Your account is suspended'}</h2>
      <p role="alert">
        {banned
          ? 'You cannot sign in to the community.'
          : standing.until
            ? `You can sign in again on ${formatMoment(standing.until)} (your time).`
            : 'You cannot sign in until staff lift the suspension.'}
      </p>
      {standing.sanction && <p>Reason: {standing.sanction.reason}</p>}
      <h3>What you can still do</h3>
      <ul>
        <li>
          Reach <Link to="/crisis">crisis lines</Link>: free, any time, day or night.
        </li>
        <li>Talk with your care team at your next session, or call the program as usual: your care continues.</li>
        {standing.sanction && <li>Ask staff to look at this decision again, below.</li>}
      </ul>
      {standing.sanction &&
        (appeal ? (
          <p className="notice" role="status">
            {appeal.status === 'open'
              ? 'Your appeal has been sent. A staff member who wasn’t part of the decision will look at it.'
              : appeal.status === 'overturned'
                ? 'Your appeal was accepted.'
                : `Your appeal was reviewed and the decision stands.${appeal.decisionReason ? ` ${appeal.decisionReason}` : ''}`}
          </p>
        ) : (
          <SignInAppealForm
            credentials={credentials}
            onSent={(id) => setAppeal({ id, status: 'open', decisionReason: null })}
          />
        ))}
    </div>
  );
}

function SignInAppealForm({ credentials, onSent }: { credentials: Credentials; onSent: (id: string) => void }) {
  return (
    <AppealTextForm
      hint="You can appeal once. Staff who didn’t make the decision will read this."
      send={async (text) => onSent((await appealFromSignIn(credentials, text)).id)}
      onAlreadyAppealed={() => onSent('')}
    />
  );
}
