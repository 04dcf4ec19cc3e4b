import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { Socket } from 'socket.io-client';
import { TestCohort, TestContext, TestUser } from '../support/context';
import { boardOf, reply, startThread } from '../support/forums';
import { connectSocket, refusedConnection } from '../support/sockets';
import { BAD_BODIES, BAD_VALUES, deepArray, deepObject, FIELD_VALUES, RAW_BODIES } from './payloads';

interface Operation {
  method: string;
  path: string;
  /** Body properties with their OpenAPI schema, and which of them are optional. */
  fields: Record<string, PropertySchema>;
  optional: string[];
  query: string[];
}

interface PropertySchema {
  type?: string;
  enum?: unknown[];
  example?: unknown;
  minimum?: number;
  minLength?: number;
}

type Caller = 'anonymous' | 'member' | 'clinician' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'member', 'clinician', 'admin'];
// What a stack trace looks like in the JSON log lines (an `err.stack`, or frames in a message).
const STACK_TRACE = /"stack"|\\n\s+at /;
const IN_FLIGHT = 4;

/**
 * Every route (from the OpenAPI document) and every socket event (from the
 * gateways) gets generated bad input, as anonymous, member and staff callers:
 * depth bombs, null in every optional field, wrong types and huge strings, one
 * field at a time in an otherwise plausible body so that each reaches past the
 * others' checks. Never a 5xx, never an `internal` ack, no stack trace in the
 * log, and the server still serves afterwards. New routes, events and fields are
 * covered without edits here.
 */
describe('fuzzing every route and socket event', () => {
  let ctx: TestContext;
  let cohort: TestCohort;
  const users = {} as Record<Exclude<Caller, 'anonymous'>, TestUser>;
  /** Real ids, so that plausible bodies reach the services. */
  let ids: Record<string, string>;
  const failures: string[] = [];
  let cases = 0;

  beforeAll(async () => {
    ctx = await TestContext.start();
    cohort = await ctx.newCohort();
    users.member = await ctx.newMember({ cohort });
    users.clinician = await ctx.newClinician({ cohort });
    users.admin = await ctx.newAdmin();
    const thread = await startThread(ctx, users.member, await boardOf(ctx, 'community'));
    const post = await reply(ctx, users.member, thread.id, 'a reply to fuzz');
    const message = await ctx.t.post(
      `/api/rooms/${cohort.roomId}/messages`,
      { clientMsgId: 'fuzz-seed', body: 'a message to fuzz' },
      users.member.accessToken,
    );
    ids = {
      roomId: cohort.roomId,
      threadId: thread.id,
      parentId: post.id,
      messageId: message.body.id,
      targetId: message.body.id,
      userId: users.member.id,
      memberId: users.member.id,
      cohortId: cohort.id,
    };
  });
  afterAll(() => ctx.close());

  /** A caller's token; a fuzzed call may legitimately end a session (sign out, revoke): then a new one. */
  async function token(caller: Caller): Promise<string | undefined> {
    if (caller === 'anonymous') {
      return undefined;
    }
    if ((await ctx.t.get('/api/me', users[caller].accessToken)).status === 401) {
      users[caller] = { ...users[caller], ...(await ctx.signIn(users[caller])) };
    }
    return users[caller].accessToken;
  }

  function operations(doc: { paths: Record<string, Record<string, any>>; components: any }): Operation[] {
    const ops: Operation[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const schemaRef: string | undefined = op.requestBody?.content?.['application/json']?.schema?.$ref;
        const schema = schemaRef ? doc.components.schemas[schemaRef.split('/').pop()!] : undefined;
        const fields: Record<string, PropertySchema> = schema?.properties ?? {};
        ops.push({
          method: method.toUpperCase(),
          path,
          fields,
          optional: Object.keys(fields).filter((f) => !(schema?.required ?? []).includes(f)),
          query: (op.parameters ?? [])
            .filter((p: { in: string }) => p.in === 'query')
            .map((p: { name: string }) => p.name),
        });
      }
    }
    return ops;
  }

  /** A value the field would plausibly accept, so that another field's bad value is what gets tested. */
  function plausible(name: string, schema: PropertySchema): unknown {
    if (ids[name]) {
      return ids[name];
    }
    if (schema.enum?.length) {
      return schema.enum[0];
    }
    if (schema.example !== undefined) {
      return schema.example;
    }
    if (schema.type === 'boolean') {
      // false: true would switch on settings such as "staff must use a second factor".
      return false;
    }
    if (schema.type === 'integer' || schema.type === 'number') {
      return schema.minimum ?? 1;
    }
    if (schema.type === 'array') {
      return [];
    }
    return /email/i.test(name) ? 'fuzz@example.test' : 'fuzz words here'.padEnd(schema.minLength ?? 0, 'x');
  }

  const fill = (path: string, value: string) => path.replace(/\{[^}]+\}/g, encodeURIComponent(value));

  /** Runs the cases a few at a time: the server sees some concurrency, the test ends sooner. */
  async function inFlight(jobs: (() => Promise<void>)[]): Promise<void> {
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < jobs.length) {
          await jobs[next++]();
        }
      }),
    );
  }

  async function send(
    method: string,
    path: string,
    body: unknown,
    caller: Caller,
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
      failures.push(`${caller} ${method} ${path} → ${res.status} (${JSON.stringify(body)?.slice(0, 100)})`);
    }
  }

  it('never answers bad HTTP input with a 5xx, nor logs a stack trace', async () => {
    const doc = (await ctx.t.get('/api/docs/json')).body;
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(20);
    let turn = 0;
    const caller = (): Caller => CALLERS[turn++ % CALLERS.length];
    for (const op of ops) {
      const tokens = new Map<Caller, string | undefined>();
      for (const who of CALLERS) {
        tokens.set(who, await token(who));
      }
      const jobs: (() => Promise<void>)[] = [];
      const add = (method: string, path: string, body: unknown, who: Caller, raw = false) =>
        jobs.push(() => send(method, path, body, who, tokens.get(who), raw));
      for (const id of ['not-a-uuid', '00000000-0000-4000-8000-000000000000', "' OR 1=1 --", '..%2F..%2Fetc']) {
        add(op.method, fill(op.path, id), op.method === 'GET' ? undefined : {}, caller());
      }
      const path = fill(op.path, cohort.id);
      if (op.method !== 'GET') {
        const base = Object.fromEntries(Object.entries(op.fields).map(([name, s]) => [name, plausible(name, s)]));
        for (const who of CALLERS) {
          add(op.method, path, base, who);
          add(op.method, path, deepObject(10_000), who, true);
          add(op.method, path, `{"${Object.keys(op.fields)[0] ?? 'a'}":${deepArray(30_000)}}`, who, true);
        }
        for (const body of BAD_BODIES) {
          add(op.method, path, body, caller());
        }
        for (const raw of RAW_BODIES) {
          add(op.method, path, raw, caller(), true);
        }
        add(op.method, path, { ...base, ...Object.fromEntries(op.optional.map((f) => [f, null])) }, caller());
        for (const field of Object.keys(op.fields)) {
          for (const value of FIELD_VALUES) {
            add(op.method, path, { ...base, [field]: value }, caller());
          }
        }
      }
      for (const name of op.query) {
        for (const value of BAD_VALUES.filter((v) => typeof v === 'string' || typeof v === 'number')) {
          add('GET', `${path}?${name}=${safeEncode(String(value).slice(0, 2000))}`, undefined, caller());
        }
      }
      await inFlight(jobs);
    }
    console.log(`HTTP fuzz: ${cases} cases over ${ops.length} operations`);
    expect(failures).toEqual([]);
    expect(ctx.t.logs()).not.toMatch(STACK_TRACE);
    expect((await ctx.t.get('/api/health')).body).toMatchObject({ status: 'ok' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  }, 300_000);

  /** Every socket event with the DTO its payload is validated against (from the gateways' metadata). */
  function socketEvents(): { event: string; fields: string[]; optional: string[] }[] {
    const discovery = ctx.t.app.get(DiscoveryService);
    const scanner = new MetadataScanner();
    const storage = getMetadataStorage();
    const events: { event: string; fields: string[]; optional: string[] }[] = [];
    for (const wrapper of discovery.getProviders()) {
      if (!wrapper.instance || !wrapper.metatype || !Reflect.getMetadata('websockets:is_gateway', wrapper.metatype)) {
        continue;
      }
      const proto = Object.getPrototypeOf(wrapper.instance) as Record<string, unknown>;
      for (const method of scanner.getAllMethodNames(proto)) {
        const event: unknown = Reflect.getMetadata('message', proto[method] as object);
        if (typeof event !== 'string') {
          continue;
        }
        const types = (Reflect.getMetadata('design:paramtypes', proto, method) ?? []) as (new () => object)[];
        const metadatas = types.flatMap((type) => storage.getTargetValidationMetadatas(type, '', true, false));
        const conditional = metadatas.filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION);
        events.push({
          event,
          fields: [...new Set(metadatas.map((m) => m.propertyName))],
          optional: [...new Set(conditional.map((m) => m.propertyName))],
        });
      }
    }
    return events;
  }

  it('answers bad socket payloads with an error ack, never `internal`, and keeps serving', async () => {
    const events = socketEvents();
    expect(events.length).toBeGreaterThan(0);
    let socketCases = 0;
    const problems: string[] = [];
    // Anonymous sockets are refused at the handshake, whatever they would send.
    expect((await refusedConnection(ctx.t.baseUrl, undefined)).data?.code).toBe('token_missing');
    const sockets: Socket[] = [
      await connectSocket(ctx.t.baseUrl, await token('member')),
      await connectSocket(ctx.t.baseUrl, await token('admin')),
    ];
    // Packets over the transport limit (64 KiB) close the connection by design: tested separately below.
    const fits = (v: unknown) => !(typeof v === 'string' && v.length > 10_000);
    let n = 0;
    const plausibleFor = (field: string): unknown =>
      ({
        clientMsgId: `fuzz-${n++}`,
        body: 'fuzz words',
        contentWarning: 'fuzz',
        seq: 0,
        afterSeq: 0,
        rooms: [{ roomId: cohort.roomId, afterSeq: 0 }],
        token: users.member.accessToken,
      })[field] ??
      ids[field] ??
      'fuzz';
    for (const { event, fields, optional } of events) {
      const base = () => Object.fromEntries(fields.map((f) => [f, plausibleFor(f)]));
      const payloads: unknown[] = [
        ...BAD_BODIES,
        JSON.parse(deepArray(1000)),
        { [fields[0] ?? 'a']: JSON.parse(deepObject(1000)) },
        { ...base(), ...Object.fromEntries(optional.map((f) => [f, null])) },
        ...fields.flatMap((field) =>
          [...FIELD_VALUES.filter(fits), 'x'.repeat(5000)].map((v) => ({ ...base(), [field]: v })),
        ),
      ];
      for (const [i, payload] of payloads.entries()) {
        socketCases += 1;
        try {
          const reply = (await sockets[i % 2].timeout(5000).emitWithAck(event, payload)) as {
            ok?: unknown;
            error?: { code?: string };
          };
          if (typeof reply?.ok !== 'boolean' || reply.error?.code === 'internal') {
            problems.push(
              `${event}: ${JSON.stringify(reply)?.slice(0, 80)} for ${JSON.stringify(payload)?.slice(0, 60)}`,
            );
          }
        } catch {
          // `typing` is fire-and-forget: it does not acknowledge.
          if (event !== 'typing') {
            problems.push(`${event} timed out (${JSON.stringify(payload)?.slice(0, 60)})`);
          }
        }
      }
    }
    console.log(
      `Socket fuzz: ${socketCases} cases over ${events.length} events (${events.map((e) => e.event).join(', ')})`,
    );
    expect(problems).toEqual([]);
    expect(sockets.every((s) => s.connected)).toBe(true);
    sockets.forEach((s) => s.close());
    expect(ctx.t.logs()).not.toMatch(STACK_TRACE);
    expect((await ctx.t.get('/api/health')).status).toBe(200);
  }, 300_000);

  it('closes a socket that sends a packet over the size limit, and keeps serving everyone else', async () => {
    const abusive = await connectSocket(ctx.t.baseUrl, await token('member'));
    const bystander = await connectSocket(ctx.t.baseUrl, await token('member'));
    const closed = new Promise<string>((resolve) => abusive.once('disconnect', resolve));
    abusive.emit('auth:renew', { token: 'x'.repeat(200_000) });
    expect(await closed).toBe('transport close');
    expect(bystander.connected).toBe(true);
    expect((await bystander.timeout(5000).emitWithAck('auth:renew', { token: 'short' })).ok).toBe(false);
    bystander.close();
    const again = await connectSocket(ctx.t.baseUrl, await token('member'));
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
