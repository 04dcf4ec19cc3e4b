import { decodeCursor, encodeCursor } from './thread-cursor';

const BOARD = '0b0b0b0b-0000-4000-8000-000000000001';
const cursor = {
  boardId: BOARD,
  snapshot: '1795760000123456',
  pinned: true,
  activity: '1795759999000001',
  id: 'a1a1a1a1-0000-4000-8000-000000000002',
};

describe('thread list cursor', () => {
  it('round-trips every field', () => {
    expect(decodeCursor(encodeCursor(cursor), BOARD)).toEqual(cursor);
  });

  it('is opaque url-safe text', () => {
    expect(encodeCursor(cursor)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['another board', encodeCursor({ ...cursor, boardId: 'ffffffff-0000-4000-8000-000000000001' })],
    ['garbage', 'not-a-cursor'],
    ['a non-numeric time', Buffer.from(`${BOARD}.x.1.2.${cursor.id}`).toString('base64url')],
    ['a bad id', Buffer.from(`${BOARD}.1.1.2.nope`).toString('base64url')],
    ['an extra part', Buffer.from(`${BOARD}.1.1.2.${cursor.id}.9`).toString('base64url')],
  ])('refuses %s with invalid_cursor', (_name, raw) => {
    expect(() => decodeCursor(raw, BOARD)).toThrow(
      expect.objectContaining({ kind: 'invalid', code: 'invalid_cursor' }),
    );
  });
});
