import { Link, Navigate, useParams } from 'react-router-dom';
import { isStaff, useAuth } from '../lib/auth';
import { CareLineStatus, getCareLine, myCareLine, StaffLineHeader } from '../features/care';
import { PostedHelp } from '../features/safety';
import { DraftHelpContext } from '../features/rooms/draftHelp';
import { RoomPage } from '../features/rooms/components/RoomPage';
import { useLive } from '../lib/socket';
import { useLoad } from '../lib/useLoad';
import { useNow } from '../lib/useNow';
import { DraftSafety } from './DraftSafety';

const draftHelp = (draft: string) => <DraftSafety draft={draft} />;

/**
 * The care line as a chat room (the rooms feature's RoomPage) with the care
 * feature's status above the conversation: composed here so that neither
 * feature imports the other.
 */
export function MyCareLinePage() {
  const { user } = useAuth();
  const staff = isStaff(user?.role);
  const now = useNow(30_000);
  const [loaded, reload] = useLoad((signal) => myCareLine(signal), staff ? null : 'mine');
  useLive('care:answered', reload);
  useLive('message:new', (message) => {
    if (loaded.kind === 'ready' && message.roomId === loaded.data.roomId) {
      reload();
    }
  });
  if (staff) {
    return <Navigate to="/care/inbox" replace />;
  }
  if (loaded.kind === 'failed') {
    return (
      <section className="card">
        <h1>Your care team</h1>
        <p role="alert">{loaded.message}</p>
        <Link to="/crisis">Get help now</Link>
      </section>
    );
  }
  if (loaded.kind === 'loading') {
    return (
      <p className="card" aria-live="polite">
        Loading…
      </p>
    );
  }
  return (
    <DraftHelpContext.Provider value={draftHelp}>
      <RoomPage
        key={loaded.data.roomId}
        roomId={loaded.data.roomId}
        title="Care team"
        banner={<CareLineStatus line={loaded.data} now={now} />}
        draftHelp={draftHelp}
        crisisHelp={(signpost, close) => (
          <PostedHelp signpost={signpost} what="message" onClose={close} className="chat-signpost" />
        )}
      />
    </DraftHelpContext.Provider>
  );
}

/** Staff: a member's care line. */
export function StaffCareLinePage() {
  const { roomId = '' } = useParams();
  const now = useNow(30_000);
  const [loaded, reload] = useLoad((signal) => getCareLine(roomId, signal), roomId);
  useLive('care:answered', (answered) => {
    if (answered.roomId === roomId) {
      reload();
    }
  });
  useLive('care:waiting', (line) => {
    if (line.roomId === roomId) {
      reload();
    }
  });
  if (loaded.kind === 'failed') {
    return (
      <section className="card">
        <h1>Care line not available</h1>
        <p role="alert">{loaded.message}</p>
        <Link to="/care/inbox">Waiting care lines</Link>
      </section>
    );
  }
  if (loaded.kind === 'loading') {
    return (
      <p className="card" aria-live="polite">
        Loading…
      </p>
    );
  }
  return (
    <RoomPage
      key={roomId}
      roomId={roomId}
      title="Care lines"
      banner={<StaffLineHeader line={loaded.data} now={now} />}
      crisisHelp={(signpost, close) => (
        <PostedHelp signpost={signpost} what="message" onClose={close} className="chat-signpost" />
      )}
    />
  );
}
