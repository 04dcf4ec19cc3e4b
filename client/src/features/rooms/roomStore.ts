/** The open rooms' timelines (see roomTimeline.ts), shared by whoever shows them, and their live events. */
import type { MessageView } from '@hearth/contract';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { onLive } from '../../lib/socket';
import { RoomTimeline, Timeline } from './roomTimeline';

export type { Timeline } from './roomTimeline';

const open = new Map<string, RoomTimeline>();
let listening = false;

function listen(): void {
  if (listening) {
    return;
  }
  listening = true;
  onLive('message:new', (message) => open.get(message.roomId)?.receive(message, true));
  onLive('message:updated', (message) => open.get(message.roomId)?.receive(message, false));
  onLive('room:removed', ({ roomId }) => open.get(roomId)?.gone('removed'));
}

function timelineOf(roomId: string): RoomTimeline {
  let timeline = open.get(roomId);
  if (!timeline) {
    timeline = new RoomTimeline(roomId);
    open.set(roomId, timeline);
  }
  return timeline;
}

/** A message this person's own action returned (sent, edited, deleted), shown at once. */
export function deliver(message: MessageView): void {
  open.get(message.roomId)?.receive(message, true);
}

export interface TimelineActions {
  loadOlder: () => void;
  retry: () => void;
}

/** The room's timeline while the component is mounted (the room is left when nobody shows it). */
export function useRoomTimeline(roomId: string): [Timeline, TimelineActions] {
  const timeline = timelineOf(roomId);
  useEffect(() => {
    listen();
    const current = timelineOf(roomId);
    current.users += 1;
    current.open();
    return () => {
      current.users -= 1;
      // Deferred: StrictMode (and a quick re-render) take it back before it closes.
      setTimeout(() => {
        if (current.users === 0 && open.get(roomId) === current) {
          open.delete(roomId);
          current.close();
        }
      }, 0);
    };
  }, [roomId]);
  const state = useSyncExternalStore(timeline.subscribe, timeline.snapshot);
  const actions = useMemo(
    () => ({ loadOlder: () => void timeline.loadOlder(), retry: () => timeline.retry() }),
    [timeline],
  );
  return [state, actions];
}
