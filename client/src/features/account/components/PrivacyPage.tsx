import { useState } from 'react';
import { fileDate, saveFile } from '../../../lib/download';
import { describeError } from '../../../lib/errors';
import { useTitle } from '../../../lib/title';
import { exportMyData } from '../api';
import { ContactPhoneSection } from './ContactPhoneSection';
import { DeleteAccountSection } from './DeleteAccountSection';

/** Your data: a copy of everything Hearth holds about you, and deleting your account. */
export function PrivacyPage() {
  useTitle('Privacy');
  return (
    <>
      <section className="card" aria-labelledby="privacy-title">
        <h1 id="privacy-title">Your data and privacy</h1>
        <p>
          Hearth keeps what you write here for your group and your care team only. It is never sold, shared with
          advertisers or used to train anything.
        </p>
      </section>
      <ContactPhoneSection />
      <ExportSection />
      <DeleteAccountSection />
    </>
  );
}

function ExportSection() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function download() {
    setBusy(true);
    setOutcome(null);
    try {
      const data = await exportMyData();
      saveFile(JSON.stringify(data, null, 2), `hearth-my-data-${fileDate()}.json`, 'application/json');
      setOutcome({ ok: true, text: 'Your data was saved as a JSON file in your downloads.' });
    } catch (error) {
      setOutcome({ ok: false, text: describeError(error) });
    }
    setBusy(false);
  }

  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">Download my data</h2>
      <p>
        One file (JSON) with your profile, groups, what you wrote, your reactions, the reports you made, any moderation
        decisions about you and where you are signed in. It may hold private details: keep it somewhere safe.
      </p>
      <div role="status">{outcome?.ok && <p className="notice">{outcome.text}</p>}</div>
      {outcome && !outcome.ok && (
        <p role="alert" className="form-alert">
          {outcome.text}
        </p>
      )}
      <button type="button" className="button" disabled={busy} onClick={() => void download()}>
        {busy ? 'Preparing…' : 'Download my data'}
      </button>
    </section>
  );
}
