import { useParams } from 'react-router-dom';
import { isStaff, useAuth } from '../lib/auth';
import { PostedHelp, ReportButton, StaffOnDutyIndicator } from '../features/safety';
import { StaffActButton } from '../features/moderation';
import { RoomPage } from '../features/rooms/components/RoomPage';
import { DraftHelpContext } from '../features/rooms/draftHelp';
import { RoomsPage } from '../features/rooms/components/RoomsPage';
import { DraftSafety } from './DraftSafety';

/**
 * The chat pages, with the safety feature's pieces composed in here so that the
 * rooms feature need not import it: Report on others' messages (staff: Moderate,
 * acting at once), draft-time and after-send crisis signposting, and whether staff are on duty.
 */
export function ChatRoomsPage() {
  const { user } = useAuth();
  return <RoomsPage coverage={isStaff(user?.role) ? undefined : <StaffOnDutyIndicator />} />;
}

export function ChatRoomPage() {
  const { id = '' } = useParams();
  const { user } = useAuth();
  const staff = isStaff(user?.role);
  const draftHelp = (draft: string) => <DraftSafety draft={draft} />;
  return (
    // The same help while editing a message as while writing one.
    <DraftHelpContext.Provider value={draftHelp}>
      {/* A new room starts afresh: its own "New" divider, scroll position and draft. */}
      <RoomPage
        key={id}
        othersActions={(message, author) =>
          staff ? (
            <StaffActButton
              targetType="message"
              targetId={message.id}
              authorName={message.author?.displayName ?? null}
              subject={`message from ${author}`}
              className="link-button"
            />
          ) : (
            <ReportButton
              targetType="message"
              targetId={message.id}
              subject={`message from ${author}`}
              className="link-button"
            />
          )
        }
        draftHelp={draftHelp}
        crisisHelp={(signpost, close) => (
          <PostedHelp signpost={signpost} what="message" onClose={close} className="chat-signpost" />
        )}
        coverage={staff ? undefined : <StaffOnDutyIndicator line />}
      />
    </DraftHelpContext.Provider>
  );
}
