/**
 * The blocks table's SQL. Chat's send statement embeds `separatedFromSql` to
 * learn, in the same round trip, whom not to broadcast to (rooms/messages.repository.ts,
 * rooms/rooms.repository.ts); who counts as separated is decided here only.
 */

/** The ids of everyone separated from the user in `userParam` by a block, either way round. */
export const separatedFromSql = (userParam: string): string =>
  `SELECT blocked_id AS id FROM blocks WHERE blocker_id = ${userParam} UNION SELECT blocker_id FROM blocks WHERE blocked_id = ${userParam}`;
