import type { MessageView, RoomView } from '@hearth/contract';
import { request, requestWithHeaders } from '../../lib/api';

const id = encodeURIComponent;

export const listRooms = (signal?: AbortSignal) => request<RoomView[]>('/rooms', { signal });

export const getRoom = (roomId: string, signal?: AbortSignal) => request<RoomView>(`/rooms/${id(roomId)}`, { signal });

export const setSlowMode = (roomId: string, slowModeSeconds: number) =>
  request<RoomView>(`/rooms/${id(roomId)}`, { method: 'PATCH', body: { slowModeSeconds } });

export const PAGE_SIZE = 50;

/** The newest messages (or the newest below `before`), oldest first, and whether there are older ones. */
export async function listMessages(
  roomId: string,
  before?: number,
  signal?: AbortSignal,
): Promise<{ messages: MessageView[]; hasMore: boolean }> {
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (before !== undefined) {
    query.set('before', String(before));
  }
  const { data, headers } = await requestWithHeaders<MessageView[]>(`/rooms/${id(roomId)}/messages?${query}`, {
    signal,
  });
  return { messages: data, hasMore: headers.get('X-Has-More') === 'true' };
}
