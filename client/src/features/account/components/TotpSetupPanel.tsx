import type { TotpSetup } from '@hearth/contract';
import { CodeForm } from './CodeForm';
import { QrCode } from './QrCode';
import { useFocusOnMount } from './useFocusOnMount';

interface TotpSetupPanelProps {
  setup: TotpSetup;
  onConfirm: (code: string) => Promise<void>;
  onCancel: () => void;
}

/** The key for the authenticator app (scanned, opened or typed), then a code to prove it works. */
export function TotpSetupPanel({ setup, onConfirm, onCancel }: TotpSetupPanelProps) {
  const grouped = setup.secret.match(/.{1,4}/g)?.join(' ') ?? setup.secret;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="totp-setup">
      <h3 ref={heading} tabIndex={-1}>
        1. Add Hearth to your authenticator app
      </h3>
      <p>
        Use an authenticator app you trust on your phone. Scan this code with it, or on this phone open the link, or
        type the key by hand.
      </p>
      <QrCode value={setup.otpauthUri} label="QR code with your key, for your authenticator app" />
      <p>
        <a href={setup.otpauthUri}>Open in authenticator app</a>
      </p>
      <p className="field-hint" id="totp-key-hint">
        Key to type (time-based, 6 digits):
      </p>
      <p className="totp-key mono" aria-describedby="totp-key-hint" data-testid="totp-secret">
        {grouped}
      </p>
      <p className="item-meta">Keep this key to yourself: anyone with it can make your codes.</p>
      <h3>2. Enter the code the app shows</h3>
      <CodeForm submitLabel="Turn on" onSubmit={onConfirm} onCancel={onCancel} />
    </div>
  );
}
