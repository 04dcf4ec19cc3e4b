/**
 * The sanctions table's SQL. Chat's send statement embeds `activeMuteSql` among
 * its other checks (rooms/messages.repository.ts, rooms/rooms.repository.ts), so a
 * send stays one round trip; what counts as a mute in force is decided here only.
 */

/** The mute in force for the user id in `userParam` (the one ending last), as a row of `ActiveMute`. */
export const activeMuteSql = (userParam: string): string => `SELECT reason, ends_at FROM sanctions
  WHERE user_id = ${userParam} AND kind = 'mute' AND lifted_at IS NULL AND ends_at > now()
  ORDER BY ends_at DESC LIMIT 1`;

export interface ActiveMute {
  reason: string;
  ends_at: Date;
}
