import type { MessageView, RoomView, Signpost } from '@hearth/contract';
import { ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../../lib/auth';
import { useConnection, useLive } from '../../../lib/socket';
import { useTitle } from '../../../lib/title';
import type { PageTitle } from '../../../lib/title';
import { useLoad } from '../../../lib/useLoad';
import { useNow } from '../../../lib/useNow';
import { getRoom } from '../api';
import { slowModeWords } from '../kinds';
import { discard, enqueue, Outgoing, useOutgoing } from '../outbox';
import { useRoomPeople } from '../presence';
import { useRoomTimeline } from '../roomStore';
import { dismissSignpost, useSignpost } from '../signpost';
import { shownMessages } from '../timeline';
import { useReadMarker } from '../useReadMarker';
import { ChatComposer, Draft } from './ChatComposer';
import { MessageList } from './MessageList';
import { RoomHeader } from './RoomHeader';
import { TypingLine } from './TypingLine';

export interface RoomPageProps {
  /** Actions on someone else's message, such as Report (composed by the app from the safety feature). */
  othersActions?: (message: MessageView, author: string) => ReactNode;
  /** Draft-time crisis signposting under the composer. */
  draftHelp?: (draft: string) => ReactNode;
  /** The help shown at once to someone whose message reads as a risk (its level's words and the program's lines). */
  crisisHelp: (signpost: Signpost, close: () => void) => ReactNode;
  /** Whether staff are on duty. */
  coverage?: ReactNode;
  /** In the header, beside who is here (a phone's height is the conversation's): what the app adds for this room (a cohort's check-ins). */
  roomExtras?: (room: RoomView) => ReactNode;
  /** The room to show (default: the route's `:id`), e.g. a member's care line at `/care`. */
  roomId?: string;
  /** Shown between the header and the conversation (a care line's status). */
  banner?: ReactNode;
  /** Tab title (default: Chat). */
  title?: PageTitle;
}

const REMOVED = 'You no longer have access to that room, so it has closed. This can happen when your group changes.';
const MISSING = 'That chat room isn’t available to you.';

/** One chat room, live: the conversation, who is here and typing, and the composer at the thumb. */
export function RoomPage({
  othersActions,
  draftHelp,
  crisisHelp,
  coverage,
  roomExtras,
  roomId,
  banner,
  title,
}: RoomPageProps) {
  useTitle(title ?? 'Chat');
  const params = useParams();
  const id = roomId ?? params.id ?? '';
  const { user } = useAuth();
  const meId = user?.id ?? '';
  const navigate = useNavigate();
  const [loaded, reload] = useLoad((signal) => getRoom(id, signal), id);
  const [room, setRoom] = useState<RoomView | null>(null);
  const [timeline, actions] = useRoomTimeline(id);
  const outgoing = useOutgoing(id);
  const people = useRoomPeople(id, meId);
  const signpost = useSignpost();
  const connection = useConnection();
  const now = useNow(30_000);
  const seen = useReadMarker(id);
  // `?at=<message id>`: opened at that message (staff following a crisis alert), scrolled to and marked.
  const [search] = useSearchParams();
  const focusId = search.get('at') ?? undefined;
  const [restore, setRestore] = useState<(Draft & { key: number }) | undefined>();
  // Unread when the room opened: the "New" divider stays put while the reader catches up.
  const unreadFrom = useRef<number | null>(null);

  useEffect(() => {
    if (loaded.kind === 'ready') {
      setRoom(loaded.data);
      unreadFrom.current ??= loaded.data.unread > 0 ? loaded.data.lastReadSeq + 1 : null;
    }
  }, [loaded]);
  // The room's shared fields (slow mode, name); this reader's own (unread, canModerate) are not in it.
  useLive('room:updated', (updated) => {
    if (updated.id === id) {
      setRoom((current) => current && { ...current, ...updated });
    }
  });
  useLive('rooms:changed', reload);
  useEffect(() => {
    if (timeline.status === 'gone') {
      void navigate('/rooms', {
        replace: true,
        state: { notice: timeline.goneReason === 'removed' ? REMOVED : MISSING },
      });
    }
  }, [timeline.status, timeline.goneReason, navigate]);

  const shown = useMemo(() => shownMessages(timeline.messages, meId), [timeline.messages, meId]);
  const send = useCallback((draft: Draft) => enqueue(id, draft.body, draft.contentWarning), [id]);
  const editOutgoing = useCallback((entry: Outgoing) => {
    discard(entry.clientMsgId);
    setRestore({ body: entry.body, contentWarning: entry.contentWarning, key: Date.now() });
  }, []);

  if (loaded.kind === 'failed' && !room) {
    return (
      <section className="card">
        <h1>Chat room not available</h1>
        <p role="alert">{loaded.message}</p>
        <Link to="/rooms">All chat rooms</Link>
      </section>
    );
  }
  if (!room) {
    return (
      <p className="card" aria-live="polite">
        Loading…
      </p>
    );
  }
  return (
    <section className="chat-view" aria-labelledby="room-title">
      <RoomHeader
        room={room}
        online={people.online}
        connection={connection}
        coverage={coverage}
        extras={roomExtras?.(room)}
        onRoomChange={setRoom}
      />
      {banner}
      {timeline.status === 'failed' ? (
        <div className="chat-log-wrap chat-failed">
          <p role="alert">{timeline.error}</p>
          <button type="button" className="button button-secondary" onClick={actions.retry}>
            Try again
          </button>
        </div>
      ) : (
        <MessageList
          timeline={timeline}
          shown={shown}
          outgoing={outgoing}
          meId={meId}
          canModerate={room.canModerate}
          unreadFrom={unreadFrom.current}
          connection={connection}
          now={now}
          othersActions={othersActions}
          onLoadOlder={actions.loadOlder}
          focusId={focusId}
          onSeen={seen}
          onEditOutgoing={editOutgoing}
        />
      )}
      <TypingLine typing={people.typing} />
      {signpost && crisisHelp(signpost, dismissSignpost)}
      <ChatComposer
        roomId={id}
        hint={room.slowModeSeconds > 0 ? `Slow mode: ${slowModeWords(room.slowModeSeconds)} each.` : undefined}
        onSend={send}
        restore={restore}
        below={draftHelp}
        muteExempt={room.kind === 'care'}
      />
    </section>
  );
}
