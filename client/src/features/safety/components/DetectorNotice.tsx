import { useState } from 'react';
import { useAuth } from '../../../lib/auth';
import { DETECTOR_NOTICE } from './levelHelp';

const KEY = 'hearth.detectorNoticeSeen.';

/**
 * Tells an author, once and plainly, that staff may read what the safety check picks
 * up, beside the first help they are shown; "Got it", or closing the help it came
 * with after posting, puts it away for good.
 *
 * Remembered per person in this browser's storage rather than on the server: it is a
 * courtesy notice, not consent (the terms already say it), so it needs no new record
 * of a person's data to export and erase; a new device shows it once more, which errs
 * on the side of telling. Where storage is refused it shows until dismissed in this tab.
 */
export function DetectorNotice() {
  const { user } = useAuth();
  const key = KEY + (user?.id ?? 'anonymous');
  const [seen, setSeen] = useState(() => readSeen(key));
  if (seen) {
    return null;
  }
  return (
    <div className="detector-notice">
      <p>{DETECTOR_NOTICE}</p>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => {
          remember(key);
          setSeen(true);
        }}
      >
        Got it
      </button>
    </div>
  );
}

/** After help that carried the notice was closed: it has been told. */
export function noteDetectorNoticeTold(userId: string | undefined): void {
  remember(KEY + (userId ?? 'anonymous'));
}

function readSeen(key: string): boolean {
  try {
    return localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

function remember(key: string): void {
  try {
    localStorage.setItem(key, new Date().toISOString());
  } catch {
    // Storage refused: the notice stays put away in this tab.
  }
}
