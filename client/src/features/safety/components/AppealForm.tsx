import { AppealTextForm } from '../../../lib/appeal';
import { sendAppeal } from '../api';

interface AppealFormProps {
  about: { reviewItemId: string } | { sanctionId: string };
  onSent: (notice: string) => void;
  onCancel: () => void;
}

/** One appeal per decision: what the member wants staff to know. */
export function AppealForm({ about, onSent, onCancel }: AppealFormProps) {
  return (
    <AppealTextForm
      hint="You can appeal each decision once. Staff who didn’t make the decision will read this."
      autoFocus
      send={async (text) => {
        await sendAppeal(about, text);
        onSent(
          'Appeal sent. A staff member who wasn’t part of the decision will look at it, and you’ll see the answer here.',
        );
      }}
      onAlreadyAppealed={() => onSent('You’ve already appealed this decision.')}
    >
      <button type="button" className="button button-secondary" onClick={onCancel}>
        Cancel
      </button>
    </AppealTextForm>
  );
}
