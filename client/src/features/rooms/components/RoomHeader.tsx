import type { PersonRef, RoomView } from '@hearth/contract';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Connection } from '../../../lib/socket';
import { ROOM_KINDS, roomTitle, slowModeWords } from '../kinds';
import { SlowModeControl } from './SlowModeControl';

interface RoomHeaderProps {
  room: RoomView;
  online: PersonRef[];
  connection: Connection;
  coverage?: ReactNode;
  /** Beside who is here, on the same line: what the app adds for this room (a cohort's check-ins). */
  extras?: ReactNode;
  onRoomChange: (room: RoomView) => void;
}

/** Compact on a phone: back to the rooms, the room's name, who is here, the connection, and the room's details. */
export function RoomHeader({ room, online, connection, coverage, extras, onRoomChange }: RoomHeaderProps) {
  // Who is here is only known while connected.
  const connected = connection === 'connected';
  return (
    <header className="chat-header">
      <div className="chat-title-row">
        <Link to="/rooms" className="chat-back" aria-label="All chat rooms">
          ‹ Rooms
        </Link>
        <h1 id="room-title" className="chat-title">
          {roomTitle(room)}
        </h1>
        <span className="badge">{ROOM_KINDS[room.kind]}</span>
      </div>
      <ConnectionLine connection={connection} />
      <details className="chat-details">
        <summary>
          <span className={online.length && connected ? 'dot is-on' : 'dot'} aria-hidden="true" />
          {connected ? hereWords(online) : 'About this room'}
          {room.slowModeSeconds > 0 && ' · slow mode'}
        </summary>
        <div className="chat-details-body">
          <h2 className="visually-hidden">About this room</h2>
          <p>
            {!connected
              ? 'Who is here shows again once you are connected.'
              : online.length === 0
                ? 'Nobody else is in the room right now.'
                : `Here now: ${online.map((p) => p.displayName).join(', ')}`}
          </p>
          {room.slowModeSeconds > 0 && <p>Slow mode is on: {slowModeWords(room.slowModeSeconds)} each.</p>}
          {room.canModerate && <SlowModeControl room={room} onChange={onRoomChange} />}
        </div>
      </details>
      {extras}
      {coverage}
    </header>
  );
}

/** "Only you here", "Ana is here", "Ana and Ben are here", "Ana, Ben and 3 others are here". */
function hereWords(online: PersonRef[]): string {
  const names = online.map((p) => p.displayName);
  switch (names.length) {
    case 0:
      return 'Only you here';
    case 1:
      return `${names[0]} is here`;
    case 2:
      return `${names[0]} and ${names[1]} are here`;
    default:
      return `${names[0]}, ${names[1]} and ${names.length - 2} more are here`;
  }
}

function ConnectionLine({ connection }: { connection: Connection }) {
  const text =
    connection === 'offline'
      ? 'You’re offline. Messages you write will be sent when you’re back.'
      : connection === 'connecting'
        ? 'Connecting…'
        : '';
  return (
    <p className={text ? 'chat-connection is-shown' : 'chat-connection'} role="status">
      {text}
    </p>
  );
}
