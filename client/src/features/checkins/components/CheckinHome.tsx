import { useState } from 'react';
import { CheckinCard } from './CheckinCard';
import { MyTrend } from './MyTrend';
import { ReminderSetting } from './Reminder';

/** The home screen's check-in: the card first (two taps), then the member's trend and reminder. */
export function CheckinHome() {
  const [saves, setSaves] = useState(0);
  return (
    <CheckinCard onSaved={() => setSaves((n) => n + 1)}>
      <details className="checkin-more">
        <summary>My trend</summary>
        <MyTrend refreshKey={saves} />
      </details>
      <ReminderSetting />
    </CheckinCard>
  );
}
