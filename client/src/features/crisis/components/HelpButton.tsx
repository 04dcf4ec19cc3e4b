import { useState } from 'react';
import { Link } from 'react-router-dom';
import { isStaff, useAuth } from '../../../lib/auth';
import { useCrisisResources } from '../../../lib/crisis';
import { CrisisResourceList } from '../../../lib/CrisisResourceList';
import { Modal } from '../../../lib/Modal';

/**
 * Help, one tap from every page and compact: the header's Help button opens the
 * program's crisis resources (988 by call or text first, by default) and, for
 * members and alumni, the line to their care team.
 */
export function HelpButton() {
  const [open, setOpen] = useState(false);
  const { status, user } = useAuth();
  const resources = useCrisisResources();
  const patient = status === 'signed-in' && user !== null && !isStaff(user.role);
  return (
    <>
      <button type="button" className="help-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Help
      </button>
      {open && (
        <Modal title="Help now" onClose={() => setOpen(false)}>
          <div className="help-panel" role="region" aria-label="Crisis help">
            <p>Free, confidential, open all day, every day. In an emergency, call 911.</p>
            <CrisisResourceList resources={resources} />
            {patient && (
              <p>
                <Link to="/care" className="button button-secondary" onClick={() => setOpen(false)}>
                  Talk to my care team
                </Link>
              </p>
            )}
            <div className="dialog-actions">
              <Link to="/crisis" onClick={() => setOpen(false)}>
                More about getting help
              </Link>
              <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
                Close
              </button>
            </div>
          </div>
        </Modal>
      )}
    </>
  );
}
