import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { Socket } from 'socket.io-client';
import { TestCohort, TestContext, TestUser } from '../support/context';
import { connectSocket } from '../support/sockets';
import { BAD_BODIES, BAD_VALUES, RAW_BODIES } from './payloads';

interface Operation {
  method: string;
  path: string;
  fields: string[];
  query: string[];
}

/**
 * Every route (from the OpenAPI document) and every socket event (from the
 * gateways) gets generated bad input. Never a 5xx, never a crash, and the server
 * still serves afterwards. New routes and events are covered without edits here.
 */
describe('fuzzing every route and socket event', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  let users: TestUser[];
  const failures: string[] = [];
  let cases = 0;

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    users = [await ctx.newAdmin(), await ctx.newMember({ cohort }), await ctx.newClinician({ cohort })];
  });
  afterAll(() => ctx.close());

  async function token(i: number): Promise<string> {
    const user = users[i % users.length];
    // A fuzzed call may legitimately end a session (sign out, revoke): replace it.
    if ((await ctx.t.get('/api/me', user.accessToken)).status === 401) {
      users[i % users.length] = await ctx.newUser({ role: user.role, cohort });
    }
    return users[i % users.length].accessToken;
  }

  function operations(doc: { paths: Record<string, Record<string, any>> }): Operation[] {
    const ops: Operation[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const schemaRef: string | undefined = op.requestBody?.content?.['application/json']?.schema?.$ref;
        const schema = schemaRef ? (doc as any).components.schemas[schemaRef.split('/').pop()!] : undefined;
        ops.push({
          method: method.toUpperCase(),
          path,
          fields: Object.keys(schema?.properties ?? {}),
          query: (op.parameters ?? [])
            .filter((p: { in: string }) => p.in === 'query')
            .map((p: { name: string }) => p.name),
        });
      }
    }
    return ops;
  }

  const fill = (path: string, value: string) => path.replace(/\{[^}]+\}/g, encodeURIComponent(value));

  async function send(
    method: string,
    path: string,
    body: unknown,
    auth: string | undefined,
    raw = false,
  ): Promise<void> {
    cases += 1;
    const res = await ctx.t.request(
      method as 'GET',
      path,
      raw ? (body as string) : body === undefined ? undefined : JSON.stringify(body),
      auth,
    );
    if (res.status >= 500) {
      failures.push(`${method} ${path} → ${res.status} (${JSON.stringify(body)?.slice(0, 80)})`);
    }
  }

  it('never answers bad HTTP input with a 5xx', async () => {
    const doc = (await ctx.t.get('/api/docs/json')).body;
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(20);
    let i = 0;
    for (const op of ops) {
      const auth = await token(i++);
      const ids = ['not-a-uuid', '00000000-0000-4000-8000-000000000000', "' OR 1=1 --", '..%2F..%2Fetc'];
      for (const id of ids) {
        await send(op.method, fill(op.path, id), op.method === 'GET' ? undefined : {}, auth);
      }
      const path = fill(op.path, cohort.id);
      if (op.method !== 'GET') {
        for (const body of BAD_BODIES) {
          await send(op.method, path, body, auth);
        }
        for (const raw of RAW_BODIES) {
          await send(op.method, path, raw, auth, true);
        }
        for (const field of op.fields) {
          for (const value of BAD_VALUES) {
            await send(op.method, path, { [field]: value }, auth);
          }
        }
      }
      for (const name of op.query) {
        for (const value of BAD_VALUES.filter((v) => typeof v === 'string' || typeof v === 'number')) {
          await send('GET', `${path}?${name}=${safeEncode(String(value).slice(0, 2000))}`, undefined, auth);
        }
      }
      await send(op.method, path, op.method === 'GET' ? undefined : {}, undefined);
    }
    console.log(`HTTP fuzz: ${cases} cases over ${ops.length} operations`);
    expect(failures).toEqual([]);
    expect((await ctx.t.get('/api/health')).body).toMatchObject({ status: 'ok' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  }, 300_000);

  it('answers bad socket payloads with an error ack and keeps serving', async () => {
    const discovery = ctx.t.app.get(DiscoveryService);
    const scanner = new MetadataScanner();
    const events: string[] = [];
    for (const wrapper of discovery.getProviders()) {
      if (!wrapper.instance || !wrapper.metatype || !Reflect.getMetadata('websockets:is_gateway', wrapper.metatype)) {
        continue;
      }
      const proto = Object.getPrototypeOf(wrapper.instance) as Record<string, unknown>;
      for (const method of scanner.getAllMethodNames(proto)) {
        const message: unknown = Reflect.getMetadata('message', proto[method] as object);
        if (typeof message === 'string') {
          events.push(message);
        }
      }
    }
    expect(events.length).toBeGreaterThan(0);
    let socketCases = 0;
    const noAck: string[] = [];
    const socket: Socket = await connectSocket(ctx.t.baseUrl, users[1].accessToken);
    // Packets over the transport limit (64 KiB) close the connection by design: tested separately below.
    const fits = (v: unknown) => !(typeof v === 'string' && v.length > 10_000);
    const values = [...BAD_VALUES.filter(fits), 'x'.repeat(5000)];
    for (const event of events) {
      const payloads: unknown[] = [
        ...BAD_BODIES,
        ...values.map((v) => ({
          roomId: v,
          threadId: v,
          body: v,
          clientMsgId: v,
          seq: v,
          rooms: v,
          token: v,
          messageId: v,
        })),
      ];
      for (const payload of payloads) {
        socketCases += 1;
        try {
          const reply = (await socket.timeout(5000).emitWithAck(event, payload)) as { ok?: unknown };
          if (typeof reply?.ok !== 'boolean') {
            noAck.push(`${event}: ${JSON.stringify(reply)?.slice(0, 80)}`);
          }
        } catch {
          // `typing` and other fire-and-forget events do not acknowledge.
          if (!['typing'].includes(event)) {
            noAck.push(`${event} timed out (${JSON.stringify(payload)?.slice(0, 60)})`);
          }
        }
      }
    }
    console.log(`Socket fuzz: ${socketCases} cases over ${events.length} events (${events.join(', ')})`);
    expect(noAck).toEqual([]);
    expect(socket.connected).toBe(true);
    socket.close();
    expect((await ctx.t.get('/api/health')).status).toBe(200);
  }, 300_000);

  it('closes a socket that sends a packet over the size limit, and keeps serving everyone else', async () => {
    const abusive = await connectSocket(ctx.t.baseUrl, users[1].accessToken);
    const bystander = await connectSocket(ctx.t.baseUrl, users[1].accessToken);
    const closed = new Promise<string>((resolve) => abusive.once('disconnect', resolve));
    abusive.emit('auth:renew', { token: 'x'.repeat(200_000) });
    expect(await closed).toBe('transport close');
    expect(bystander.connected).toBe(true);
    expect((await bystander.timeout(5000).emitWithAck('auth:renew', { token: 'short' })).ok).toBe(false);
    bystander.close();
    const again = await connectSocket(ctx.t.baseUrl, users[1].accessToken);
    expect(again.connected).toBe(true);
    again.close();
  });
});

/** Percent-encodes anything, lone surrogates included (sent as the raw bytes a broken client would send). */
function safeEncode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return Array.from(Buffer.from(value, 'utf8'))
      .map((b) => `%${b.toString(16).padStart(2, '0')}`)
      .join('');
  }
}
