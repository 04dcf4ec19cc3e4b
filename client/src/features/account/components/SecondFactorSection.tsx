import type { MeView, TotpSetup } from '@hearth/contract';
import { useState } from 'react';
import { ApiError } from '../../../lib/api';
import { isStaff } from '../../../lib/auth';
import { describeError } from '../../../lib/errors';
import { disableTotp, enableTotp, newRecoveryCodes, startTotpSetup } from '../api';
import { CodeForm } from './CodeForm';
import { RecoveryCodes } from './RecoveryCodes';
import { TotpSetupPanel } from './TotpSetupPanel';
import { useFocusOnMount } from './useFocusOnMount';

type Step =
  | { kind: 'overview' }
  | { kind: 'setup'; setup: TotpSetup }
  | { kind: 'codes'; codes: string[]; fresh: boolean }
  | { kind: 'turn-off' }
  | { kind: 'regenerate' };

interface SecondFactorSectionProps {
  me: MeView;
  /** Reads the account again after a change (the header and guards follow `me.mfa`). */
  refreshMe: () => Promise<unknown>;
  /** After a new second factor's codes are saved (set-up the program required continues from here). */
  onSetUp?: () => void;
}

/** A second factor (TOTP): set up with a QR code or key, recovery codes, turn off. */
export function SecondFactorSection({ me, refreshMe, onSetUp }: SecondFactorSectionProps) {
  const [step, setStep] = useState<Step>({ kind: 'overview' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function begin() {
    setBusy(true);
    setMessage(null);
    try {
      setStep({ kind: 'setup', setup: await startTotpSetup() });
    } catch (error) {
      setMessage({ ok: false, text: describeError(error) });
      await refreshMe().catch(() => undefined);
    }
    setBusy(false);
  }

  async function confirm(code: string) {
    const { recoveryCodes } = await enableTotp(code);
    setStep({ kind: 'codes', codes: recoveryCodes, fresh: true });
    await refreshMe().catch(() => undefined);
  }

  async function turnOff(code: string) {
    try {
      await disableTotp(code);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 403) {
        throw error;
      }
      setStep({ kind: 'overview' });
      setMessage({
        ok: false,
        text: 'Your program requires staff to use a second factor, so yours stays on. If you lost your phone, sign in with a recovery code or ask an admin to reset it.',
      });
      return;
    }
    setStep({ kind: 'overview' });
    setMessage({ ok: true, text: 'Your second factor is off. Signing in now needs only your password.' });
    await refreshMe().catch(() => undefined);
  }

  async function regenerate(code: string) {
    const { recoveryCodes } = await newRecoveryCodes(code);
    setStep({ kind: 'codes', codes: recoveryCodes, fresh: false });
  }

  function finishCodes(fresh: boolean) {
    setStep({ kind: 'overview' });
    setMessage({ ok: true, text: fresh ? 'Your second factor is on.' : 'Your old recovery codes no longer work.' });
    if (fresh) {
      onSetUp?.();
    }
  }

  const cancel = () => setStep({ kind: 'overview' });
  return (
    <section className="card" aria-labelledby="second-factor-title">
      <h2 id="second-factor-title">Second factor</h2>
      <p>
        With a second factor, signing in takes your password and a code from an authenticator app on your phone, so a
        guessed or leaked password is not enough.
      </p>
      <div role="status">{message?.ok && <p className="notice">{message.text}</p>}</div>
      {message && !message.ok && (
        <p role="alert" className="form-alert">
          {message.text}
        </p>
      )}
      {step.kind === 'overview' && (
        <Overview
          me={me}
          busy={busy}
          onBegin={() => void begin()}
          onStep={(kind) => {
            setMessage(null);
            setStep({ kind });
          }}
        />
      )}
      {step.kind === 'setup' && <TotpSetupPanel setup={step.setup} onConfirm={confirm} onCancel={cancel} />}
      {step.kind === 'codes' && (
        <RecoveryCodes
          codes={step.codes}
          onSaved={() => finishCodes(step.fresh)}
          doneLabel={step.fresh && onSetUp ? 'Continue' : 'Done'}
        />
      )}
      {step.kind === 'turn-off' && (
        <StepForm title="Turn off the second factor" submitLabel="Turn off" onSubmit={turnOff} onCancel={cancel} />
      )}
      {step.kind === 'regenerate' && (
        <StepForm title="New recovery codes" submitLabel="Get new codes" onSubmit={regenerate} onCancel={cancel} />
      )}
    </section>
  );
}

interface OverviewProps {
  me: MeView;
  busy: boolean;
  onBegin: () => void;
  onStep: (kind: 'turn-off' | 'regenerate') => void;
}

function Overview({ me, busy, onBegin, onStep }: OverviewProps) {
  if (!me.mfa.enabled) {
    return (
      <>
        <p className="badge-line">
          <span className="badge">Off</span>
        </p>
        <button type="button" className="button" disabled={busy} onClick={onBegin}>
          Set up a second factor
        </button>
      </>
    );
  }
  return (
    <>
      <p className="badge-line">
        <span className="badge">On</span>
      </p>
      {isStaff(me.role) && (
        <p className="item-meta">
          If your program requires staff to use a second factor, it can’t be turned off. Lost your phone? Sign in with a
          recovery code, or ask an admin to reset it.
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={() => onStep('regenerate')}>
          Get new recovery codes
        </button>
        <button type="button" className="button button-secondary" onClick={() => onStep('turn-off')}>
          Turn off
        </button>
      </div>
    </>
  );
}

interface StepFormProps {
  title: string;
  submitLabel: string;
  onSubmit: (code: string) => Promise<void>;
  onCancel: () => void;
}

function StepForm({ title, submitLabel, onSubmit, onCancel }: StepFormProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <>
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <CodeForm submitLabel={submitLabel} recoveryAllowed onSubmit={onSubmit} onCancel={onCancel} />
    </>
  );
}
