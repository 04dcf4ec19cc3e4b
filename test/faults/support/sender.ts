import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { ack } from '../../support/sockets';
import { sleep } from '../../support/wait';

export interface SentMessage {
  index: number;
  clientMsgId: string;
  body: string;
  /** Set once a `message:send` was acknowledged `ok`. */
  acked?: { id: string; seq: number; attempt: number };
  attempts: number;
}

const ACK_TIMEOUT_MS = 5_000;

/**
 * A client that streams messages into a room without waiting for each ack,
 * as a chat client does while someone types fast. When its connection drops,
 * it connects again (through `reconnect`, e.g. to another node) and resends
 * every message not yet acknowledged, in order and with the same clientMsgId,
 * before sending anything new.
 */
export class RetryingSender {
  readonly sent: SentMessage[] = [];
  readonly errors: string[] = [];
  failovers = 0;
  /** Called on each first acknowledgement. */
  onAck: (m: SentMessage) => void = () => undefined;
  /**
   * From this message on, acknowledgements on the first connection are lost on
   * the way (the server stored and answered; the client never heard): the
   * message must then be resent, and answered from the store.
   */
  loseAcksFrom = Infinity;
  /** Called when an acknowledgement is lost that way, with what the server had answered. */
  onLostAck: (m: SentMessage, answer: { id: string; seq: number }) => void = () => undefined;
  readonly lostAcks = new Map<string, { id: string; seq: number }>();
  private closed = false;
  private failingOver?: Promise<void>;

  constructor(
    readonly name: string,
    readonly roomId: string,
    private socket: Socket,
    private readonly reconnect: () => Promise<Socket>,
  ) {
    this.watch(socket);
  }

  /** Sends `count` messages, one every `everyMs`, then waits until all are acknowledged. */
  async stream(count: number, everyMs: number): Promise<void> {
    for (let index = 0; index < count; index++) {
      if (this.failingOver) {
        await this.failingOver;
      }
      const message: SentMessage = {
        index,
        clientMsgId: `${this.name}-${index}-${randomUUID()}`,
        body: `${this.name} #${index}`,
        attempts: 0,
      };
      this.sent.push(message);
      this.emit(message);
      await sleep(everyMs);
    }
    const deadline = Date.now() + 15_000;
    while (this.sent.some((m) => !m.acked) && Date.now() < deadline) {
      if (this.failingOver) {
        await this.failingOver;
      }
      await sleep(20);
    }
  }

  get unacked(): SentMessage[] {
    return this.sent.filter((m) => !m.acked);
  }

  close(): void {
    this.closed = true;
    this.socket.close();
  }

  private payload(m: SentMessage): object {
    return { roomId: this.roomId, clientMsgId: m.clientMsgId, body: m.body };
  }

  private emit(m: SentMessage): void {
    m.attempts++;
    const attempt = m.attempts;
    this.socket
      .timeout(ACK_TIMEOUT_MS)
      .emit(
        'message:send',
        this.payload(m),
        (error: Error | null, res?: { ok: boolean; message?: { id: string; seq: number } }) => {
          if (error) {
            return; // no answer: resent after the reconnect
          }
          if (m.index >= this.loseAcksFrom && this.failovers === 0 && res?.ok && res.message) {
            const answer = { id: res.message.id, seq: res.message.seq };
            this.lostAcks.set(m.clientMsgId, answer);
            this.onLostAck(m, answer);
            return;
          }
          this.record(m, res, attempt);
        },
      );
  }

  private record(m: SentMessage, res: { ok: boolean; message?: { id: string; seq: number } } | undefined, n: number) {
    if (res?.ok && res.message) {
      if (m.acked && (m.acked.id !== res.message.id || m.acked.seq !== res.message.seq)) {
        this.errors.push(`${m.clientMsgId} acknowledged twice as different messages`);
      }
      if (!m.acked) {
        m.acked = { id: res.message.id, seq: res.message.seq, attempt: n };
        this.onAck(m);
      }
    } else {
      this.errors.push(`${m.clientMsgId}: ${JSON.stringify(res)}`);
    }
  }

  private watch(socket: Socket): void {
    socket.on('disconnect', (reason) => {
      if (socket === this.socket && !this.closed && reason !== 'io client disconnect') {
        this.failingOver ??= this.failover()
          .catch((error: unknown) => {
            this.errors.push(`reconnect: ${String(error)}`);
          })
          .finally(() => {
            this.failingOver = undefined;
          });
      }
    });
  }

  private async failover(): Promise<void> {
    this.failovers++;
    const socket = await this.reconnect();
    this.socket = socket;
    this.watch(socket);
    for (const m of this.sent.filter((x) => !x.acked)) {
      m.attempts++;
      try {
        this.record(m, await ack(socket, 'message:send', this.payload(m), ACK_TIMEOUT_MS), m.attempts);
      } catch (error) {
        this.errors.push(`${m.clientMsgId} resend: ${String(error)}`);
      }
    }
  }
}
