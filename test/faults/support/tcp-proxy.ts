import { createServer, Server, Socket, connect } from 'node:net';

/**
 * A TCP forwarder on 127.0.0.1 that a test can cut and restore, to take a
 * dependency (Redis) away from the servers pointed at it without touching the
 * machine's own service.
 *
 * - `cut()`: every open connection is reset and the port stops listening, so
 *   reconnects are refused (ECONNREFUSED), as when Redis is down.
 * - `restore()`: listens again on the same port.
 */
export class TcpProxy {
  private server?: Server;
  private readonly open = new Set<Socket>();
  private boundPort = 0;

  private constructor(private readonly target: { host: string; port: number }) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const proxy = new TcpProxy(target);
    proxy.boundPort = await proxy.listen(0);
    return proxy;
  }

  get port(): number {
    return this.boundPort;
  }

  /** Connections accepted so far (each client connection counts once). */
  accepted = 0;

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    const closed = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    for (const socket of this.open) {
      socket.resetAndDestroy();
    }
    this.open.clear();
    await closed;
  }

  async restore(): Promise<void> {
    if (!this.server) {
      await this.listen(this.port);
    }
  }

  async close(): Promise<void> {
    await this.cut();
  }

  private listen(port: number): Promise<number> {
    const server = createServer((client) => {
      this.accepted++;
      const upstream = connect(this.target.port, this.target.host);
      this.open.add(client);
      this.open.add(upstream);
      const drop = (): void => {
        client.destroy();
        upstream.destroy();
        this.open.delete(client);
        this.open.delete(upstream);
      };
      client.on('error', drop);
      upstream.on('error', drop);
      client.on('close', drop);
      upstream.on('close', drop);
      client.pipe(upstream);
      upstream.pipe(client);
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as { port: number }).port);
      });
    });
  }
}
