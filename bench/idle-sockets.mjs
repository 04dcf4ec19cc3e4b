// Idle sockets: how much memory an authenticated, joined, idle socket costs the
// server, beside bare Socket.IO's in the same run (the same client, count and
// rooms joined), and how responsive Hearth stays with many of them open:
// event-loop delay measured inside the server (bench/eld-preload.cjs), and an
// event's round trip measured from outside.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { connectSockets, startBareServer } from './lib.mjs';
import { seed } from './socket-rooms.mjs';

export const title = 'Idle sockets';
/** --expose-gc: heap used is read after a full collection (RSS per socket alone is noisy). */
export const serverOptions = { eventLoopDelay: true, nodeFlags: ['--expose-gc'] };
/** Each run on a fresh server (memory freed by one run would flatter the next); medians shown. */
export const runs = Number(process.env.BENCH_IDLE_RUNS ?? 3);

const SOCKETS = Number(process.env.BENCH_IDLE_SOCKETS ?? 10_000);
const USERS = Math.min(SOCKETS, 1000);
/** How long each phase's event-loop delay is sampled, with nothing else going on. */
const ELD_SECONDS = Number(process.env.BENCH_ELD_SECONDS ?? 10);

function rssMiB(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line)[1]) / 1024;
}

const KiB = 1024;
const MiB = 1024 * 1024;

/**
 * Connects `count` sockets, several tabs per person (as on phones and laptops at once),
 * each joined to its room; resolves with them and the seconds it took.
 */
async function connectTabs(baseUrl, people, count) {
  const started = performance.now();
  const clients = [];
  for (let round = 0; clients.length < count; round++) {
    clients.push(...(await connectSockets(baseUrl, people.slice(0, Math.min(people.length, count - clients.length)))));
  }
  return { clients, seconds: (performance.now() - started) / 1000 };
}

/** Memory figures of one server over `count` sockets: bytes before and after, and KiB per socket. */
function perSocket(before, after, count) {
  return {
    rssBefore: before.rss,
    rssAfter: after.rss,
    heapBefore: before.heapUsed,
    heapAfter: after.heapUsed,
    externalBefore: before.external,
    externalAfter: after.external,
    rssKiB: (after.rss - before.rss) / KiB / count,
    heapKiB: (after.heapUsed - before.heapUsed) / KiB / count,
    externalKiB: (after.external - before.external) / KiB / count,
  };
}

/**
 * Bare Socket.IO (bench/bare-socketio-server.mjs) under the same client: the same people,
 * as many sockets, each joined to the same room; memory read as for Hearth.
 */
async function measureBare(people, count) {
  const bare = await startBareServer({ nodeFlags: serverOptions.nodeFlags });
  try {
    await sleep(1000);
    const rssBefore = rssMiB(bare.pid) * MiB;
    const before = await bare.eventLoopDelay.memory();
    const { clients, seconds } = await connectTabs(bare.baseUrl, people, count);
    await sleep(5000);
    const rssAfter = rssMiB(bare.pid) * MiB;
    const after = await bare.eventLoopDelay.memory();
    clients.forEach(({ socket }) => socket.close());
    return {
      sockets: clients.length,
      connectSeconds: seconds,
      ...perSocket({ ...before, rss: rssBefore }, { ...after, rss: rssAfter }, clients.length),
    };
  } finally {
    await bare.stop();
  }
}

/** The server's event-loop delay over `seconds` in which the bench sends it nothing. */
async function quietDelay(server, seconds) {
  await server.eventLoopDelay.reset();
  await sleep(seconds * 1000);
  return server.eventLoopDelay.read();
}

/** Round trip of an event the server answers without the database: event-loop delay as a client feels it. */
async function roundTrips(sockets, count) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const socket = sockets[(i * 7919) % sockets.length];
    const started = performance.now();
    await socket.timeout(10_000).emitWithAck('room:leave', { roomId: '00000000-0000-4000-8000-000000000000' });
    times.push(performance.now() - started);
    await sleep(10);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length * 0.5)], p99: times[Math.floor(times.length * 0.99)] };
}

export async function run(server) {
  const people = await seed(server.db, USERS / 20, 20);
  await sleep(2000);
  const before = rssMiB(server.pid);
  const heapBefore = await server.eventLoopDelay.memory();
  if (!heapBefore.collected) {
    throw new Error('the server was started without --expose-gc: heap figures would count garbage');
  }
  const idleDelay = await quietDelay(server, ELD_SECONDS);
  const probes = await connectSockets(server.baseUrl, people.slice(0, 20));
  const idleBefore = await roundTrips(
    probes.map((c) => c.socket),
    200,
  );
  probes.forEach(({ socket }) => socket.close());
  await sleep(1000);
  await server.eventLoopDelay.reset();
  const { clients, seconds: connectSeconds } = await connectTabs(server.baseUrl, people.slice(0, USERS), SOCKETS);
  const connectDelay = await server.eventLoopDelay.read();
  await sleep(5000);
  const after = rssMiB(server.pid);
  const openDelay = await quietDelay(server, ELD_SECONDS);
  const loaded = await roundTrips(
    clients.map((c) => c.socket),
    500,
  );
  const heapAfter = await server.eventLoopDelay.memory();
  const perSocketKiB = ((after - before) * 1024) / clients.length;
  const hearth = perSocket({ ...heapBefore, rss: before * MiB }, { ...heapAfter, rss: after * MiB }, clients.length);
  console.log(
    `  Hearth: ${clients.length} sockets in ${connectSeconds.toFixed(1)} s; RSS ${before.toFixed(0)} → ${after.toFixed(0)} MiB (${perSocketKiB.toFixed(1)} KiB/socket); ${memoryLine(hearth)}; event-loop delay p50/p99/max ${delay(openDelay)} (idle server: ${delay(idleDelay)}; while connecting: ${delay(connectDelay)}); round trip p50/p99 ${loaded.p50.toFixed(1)}/${loaded.p99.toFixed(1)} ms (idle server: ${idleBefore.p50.toFixed(1)}/${idleBefore.p99.toFixed(1)} ms)`,
  );
  clients.forEach(({ socket }) => socket.close());
  await sleep(1000);
  const bare = await measureBare(people.slice(0, USERS), SOCKETS);
  console.log(
    `  bare Socket.IO: ${bare.sockets} sockets in ${bare.connectSeconds.toFixed(1)} s; RSS ${(bare.rssBefore / MiB).toFixed(0)} → ${(bare.rssAfter / MiB).toFixed(0)} MiB (${bare.rssKiB.toFixed(1)} KiB/socket); ${memoryLine(bare)}`,
  );
  console.log(
    `  Hearth ÷ bare per socket: RSS ${(hearth.rssKiB / bare.rssKiB).toFixed(2)}×, heap used ${(hearth.heapKiB / bare.heapKiB).toFixed(2)}×`,
  );
  return {
    hearth,
    bare,
    sockets: clients.length,
    connectSeconds,
    idleDelay,
    connectDelay,
    openDelay,
    idleBefore,
    loaded,
  };
}

const memoryLine = (m) =>
  `heap used after GC ${(m.heapBefore / MiB).toFixed(1)} → ${(m.heapAfter / MiB).toFixed(1)} MiB (${m.heapKiB.toFixed(1)} KiB/socket), external ${m.externalKiB.toFixed(1)} KiB/socket`;
const delay = (d) => `${d.p50.toFixed(1)} / ${d.p99.toFixed(1)} / ${d.max.toFixed(1)} ms`;
const gc = (d) => `${d.gc.count}, longest ${d.gc.maxMs.toFixed(1)} ms`;

/** The run whose `key` is the median (so a row's figures come from one run, not a mix). */
function medianRun(results, key) {
  const sorted = [...results].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export function summarise(results) {
  // Hearth and bare from the same run (the one with the median heap ratio): compared in the same minutes.
  const heapRatio = (r) => r.hearth.heapKiB / r.bare.heapKiB;
  const rssRatio = (r) => r.hearth.rssKiB / r.bare.rssKiB;
  const m = medianRun(results, heapRatio);
  const { sockets: count, connectSeconds, hearth, bare } = m;
  const idle = medianRun(results, (r) => r.idleDelay.p99);
  const connecting = medianRun(results, (r) => r.connectDelay.p99);
  const open = medianRun(results, (r) => r.openDelay.p99);
  const [idleDelay, connectDelay, openDelay] = [idle.idleDelay, connecting.connectDelay, open.openDelay];
  const [idleBefore, loaded] = [idle.idleBefore, open.loaded];
  const perRun = results
    .map(
      (r) =>
        `heap ${r.hearth.heapKiB.toFixed(1)} / ${r.bare.heapKiB.toFixed(1)} KiB (${heapRatio(r).toFixed(2)}×), RSS ${r.hearth.rssKiB.toFixed(1)} / ${r.bare.rssKiB.toFixed(1)} KiB (${rssRatio(r).toFixed(2)}×), p99 ${r.openDelay.p99.toFixed(1)} ms`,
    )
    .join('; ');
  const mib = (bytes) => (bytes / MiB).toFixed(0);
  const row = (name, x, seconds) =>
    `| ${name} | ${x.sockets ?? count} | ${seconds.toFixed(1)} s | ${mib(x.rssBefore)} → ${mib(x.rssAfter)} MiB | ${x.rssKiB.toFixed(1)} KiB | ${mib(x.heapBefore)} → ${mib(x.heapAfter)} MiB | **${x.heapKiB.toFixed(1)} KiB** | ${x.externalKiB.toFixed(1)} KiB |`;
  return {
    markdown: (context) => `## ${title}

Command: \`node bench/run.mjs idle\` (part of \`npm run bench\`; \`BENCH_IDLE_SOCKETS\` sets the count, \`BENCH_IDLE_RUNS\` the runs, \`BENCH_ELD_SECONDS\` each quiet phase) · ${context}. ${count} authenticated Socket.IO connections (${USERS} people, ${Math.round(count / USERS)} tabs each), every one joined to its group's room, then left idle; then, in the same run, as many to bare Socket.IO (\`bench/bare-socketio-server.mjs\`: no auth, checks or database) from the same client, each joined to the same room. The load generator runs on the same machine. ${results.length} run${results.length === 1 ? '' : 's'}, each on a fresh server; the memory rows show the run with the median heap ratio, the delay rows the run with the median p99 of that phase. Per run (Hearth / bare per socket): ${perRun}.

Heap used is V8's, read in the server after two full collections (\`--expose-gc\`, via \`bench/eld-preload.cjs\`), before the sockets and with them open: what they keep reachable. RSS (from /proc, without a forced collection) also counts garbage not yet collected and memory the allocator keeps, so it is the noisier figure; external is memory outside the heap that V8 knows of (Buffers).

| server | sockets | connect + join all | RSS before → after | RSS per socket | heap used before → after | heap per socket | external per socket |
| --- | --- | --- | --- | --- | --- | --- | --- |
${row('Hearth', { ...hearth, sockets: count }, connectSeconds)}
${row('bare Socket.IO', bare, bare.connectSeconds)}
| **Hearth ÷ bare** | | | | **${rssRatio(m).toFixed(2)}×** | | **${heapRatio(m).toFixed(2)}×** | |

| server phase | event-loop delay p50 / p99 / max (in the server) | GC pauses in the phase | event round trip p50 / p99 (from a client) |
| --- | --- | --- | --- |
| idle, no sockets (${ELD_SECONDS} s) | ${delay(idleDelay)} | ${gc(idleDelay)} | ${idleBefore.p50.toFixed(1)} / ${idleBefore.p99.toFixed(1)} ms (20 sockets) |
| while ${count} sockets connect and join (${connectSeconds.toFixed(0)} s) | ${delay(connectDelay)} | ${gc(connectDelay)} | – |
| ${count} sockets open, idle (${ELD_SECONDS} s) | **${delay(openDelay)}** | ${gc(openDelay)} | ${loaded.p50.toFixed(1)} / ${loaded.p99.toFixed(1)} ms |

Event-loop delay is sampled inside the Hearth process by \`perf_hooks.monitorEventLoopDelay\` (resolution ${openDelay.resolutionMs} ms, ${openDelay.samples} samples in the open phase), loaded with \`node --require bench/eld-preload.cjs\` so production code carries nothing for it: how late a timer due every ${openDelay.resolutionMs} ms ran. The histogram (and the count of GC pauses, from a \`gc\` PerformanceObserver) is reset at the start of each phase; the quiet phases send the server nothing. The round trip is \`room:leave\` for a room the socket is not in, answered without the database, measured afterwards (200 or 500 of them, 10 ms apart).
`,
  };
}
