/**
 * Who is in a room now and who is typing, per room. Presence lists are deduplicated
 * by person (someone with two tabs open is one person); a typing notice lapses
 * after a few seconds unless renewed, or at once when that person's message arrives.
 */
import type { PersonRef } from '@hearth/contract';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { onLive } from '../../lib/socket';

const TYPING_MS = 5_000;

export interface RoomPeople {
  online: PersonRef[];
  typing: PersonRef[];
}

const EMPTY: RoomPeople = { online: [], typing: [] };
const rooms = new Map<string, RoomPeople>();
const typingUntil = new Map<string, Map<string, number>>();
const listeners = new Set<() => void>();
let listening = false;

function update(roomId: string, change: Partial<RoomPeople>): void {
  rooms.set(roomId, { ...(rooms.get(roomId) ?? EMPTY), ...change });
  listeners.forEach((listener) => listener());
}

function dedupe(people: PersonRef[]): PersonRef[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export function setOnline(roomId: string, online: PersonRef[]): void {
  update(roomId, { online: dedupe(online) });
}

function typingNow(roomId: string): PersonRef[] {
  const until = typingUntil.get(roomId);
  const now = Date.now();
  const people = rooms.get(roomId)?.typing ?? [];
  return people.filter((p) => (until?.get(p.id) ?? 0) > now);
}

function startedTyping(roomId: string, user: PersonRef): void {
  const until = typingUntil.get(roomId) ?? new Map<string, number>();
  typingUntil.set(roomId, until);
  until.set(user.id, Date.now() + TYPING_MS);
  const others = (rooms.get(roomId)?.typing ?? []).filter((p) => p.id !== user.id);
  update(roomId, { typing: [...others, user] });
  setTimeout(() => update(roomId, { typing: typingNow(roomId) }), TYPING_MS + 50);
}

function stoppedTyping(roomId: string, userId: string): void {
  typingUntil.get(roomId)?.delete(userId);
  const typing = rooms.get(roomId)?.typing ?? [];
  if (typing.some((p) => p.id === userId)) {
    update(roomId, { typing: typing.filter((p) => p.id !== userId) });
  }
}

function listen(): void {
  if (listening) {
    return;
  }
  listening = true;
  onLive('presence', ({ roomId, online }) => setOnline(roomId, online));
  onLive('typing', ({ roomId, user }) => startedTyping(roomId, user));
  onLive('message:new', (message) => {
    if (message.author) {
      stoppedTyping(message.roomId, message.author.id);
    }
  });
}

/** Who else is here and who else is typing (never the reader). */
export function useRoomPeople(roomId: string, meId: string): RoomPeople {
  useEffect(listen, []);
  const people = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    () => rooms.get(roomId) ?? EMPTY,
  );
  return useMemo(
    () => ({
      online: people.online.filter((p) => p.id !== meId),
      typing: people.typing.filter((p) => p.id !== meId),
    }),
    [people, meId],
  );
}
