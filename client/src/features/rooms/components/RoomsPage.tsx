import type { RoomView } from '@hearth/contract';
import { Link, useLocation } from 'react-router-dom';
import type { ReactNode } from 'react';
import { useVisiblePoll } from '../../../lib/poll';
import { useLive } from '../../../lib/socket';
import { useTitle } from '../../../lib/title';
import { useLoad } from '../../../lib/useLoad';
import { listRooms } from '../api';
import { ROOM_KINDS, roomTitle, unreadLabel } from '../kinds';

interface RoomsPageProps {
  /** Whether staff are on duty (composed by the app from the safety feature). */
  coverage?: ReactNode;
}

/** The chat rooms this person is in, with what they have not read yet. */
export function RoomsPage({ coverage }: RoomsPageProps) {
  useTitle('Chat');
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const [rooms, reload] = useLoad(listRooms, 'rooms');
  useLive('rooms:changed', reload);
  useVisiblePoll(reload, 30_000);

  return (
    <>
      <section className="card" aria-labelledby="rooms-title">
        <h1 id="rooms-title">Chat</h1>
        <p>Talk with your group between sessions. Your care team looks after these rooms.</p>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        {rooms.kind === 'loading' && <p aria-live="polite">Loading…</p>}
        {rooms.kind === 'failed' && <p role="alert">{rooms.message}</p>}
        {rooms.kind === 'ready' && rooms.data.length === 0 && (
          <p>You are not in any chat room yet. Your care team will add you to your group’s room.</p>
        )}
        {rooms.kind === 'ready' && rooms.data.length > 0 && (
          <ul className="item-list room-list">
            {rooms.data.map((room) => (
              <RoomRow key={room.id} room={room} />
            ))}
          </ul>
        )}
      </section>
      {coverage}
    </>
  );
}

function RoomRow({ room }: { room: RoomView }) {
  const unread = room.unread > 0 ? `, ${unreadLabel(room.unread)} unread` : '';
  return (
    <li className="room-row">
      {/* Named by its content (no aria-label): the visible words stay the start of the name. */}
      <Link className="item-title room-link" to={`/rooms/${room.id}`}>
        <span>{roomTitle(room)}</span>
        {room.unread > 0 && (
          <span className="count-badge" aria-hidden="true">
            {unreadLabel(room.unread)}
          </span>
        )}
        {unread && <span className="visually-hidden">{unread}</span>}
      </Link>
      <span className="badge">{ROOM_KINDS[room.kind]}</span>
    </li>
  );
}
