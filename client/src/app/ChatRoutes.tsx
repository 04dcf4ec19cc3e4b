import { useParams } from 'react-router-dom';
import { isStaff, useAuth } from '../lib/auth';
import { CrisisResourcesPanel, ReportButton, StaffOnDutyIndicator } from '../features/safety';
import { RoomPage } from '../features/rooms/components/RoomPage';
import { RoomsPage } from '../features/rooms/components/RoomsPage';
import { DraftSafety } from './DraftSafety';
import { CohortCheckinStrip } from '../features/checkins';

/**
 * The chat pages, with the safety feature's pieces composed in here so that the
 * rooms feature need not import it: Report on others' messages, draft-time and
 * after-send crisis signposting, whether staff are on duty, and a cohort's check-ins.
 */
export function ChatRoomsPage() {
  const { user } = useAuth();
  return <RoomsPage coverage={isStaff(user?.role) ? undefined : <StaffOnDutyIndicator />} />;
}

export function ChatRoomPage() {
  const { id = '' } = useParams();
  const { user } = useAuth();
  return (
    // A new room starts afresh: its own "New" divider, scroll position and draft.
    <RoomPage
      key={id}
      othersActions={(message, author) => (
        <ReportButton
          targetType="message"
          targetId={message.id}
          subject={`message from ${author}`}
          className="link-button"
        />
      )}
      draftHelp={(draft) => <DraftSafety draft={draft} />}
      crisisHelp={(resources) => <CrisisResourcesPanel resources={resources} compact />}
      coverage={isStaff(user?.role) ? undefined : <StaffOnDutyIndicator line />}
      roomExtras={(room) =>
        // Members see the group's count and shared moods; staff read check-ins on the cohort page (audited).
        room.kind === 'cohort' && room.cohortId && user?.role === 'member' ? (
          <CohortCheckinStrip cohortId={room.cohortId} canCheckIn />
        ) : null
      }
    />
  );
}
