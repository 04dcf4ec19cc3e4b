import { isDatabaseUnavailable } from '../common/database-errors';

/**
 * Runs one store-and-announce at a time per room on this node. The room's row
 * lock already orders the transactions; this also orders what happens after
 * each commit, so this node announces a room's messages in seq order (the
 * order guarantees are listed in messages.service.ts). When one finds the
 * database unavailable, those waiting behind it are answered the same at once
 * rather than each waiting out its own timeout in turn.
 */
export class RoomQueues {
  /** Per room, the last task's end: the error it met if the database was unavailable. */
  private readonly tails = new Map<string, Promise<Error | undefined>>();

  run<T>(roomId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(roomId) ?? Promise.resolve(undefined);
    const current = previous.then((unavailable) => {
      if (unavailable !== undefined) {
        throw unavailable;
      }
      return task();
    });
    const tail = current.then(
      () => undefined,
      (error: unknown) => (isDatabaseUnavailable(error) ? (error as Error) : undefined),
    );
    this.tails.set(roomId, tail);
    void tail.then(() => {
      if (this.tails.get(roomId) === tail) {
        this.tails.delete(roomId);
      }
    });
    return current;
  }
}
