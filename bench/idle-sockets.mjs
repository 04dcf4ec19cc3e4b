// Idle sockets: how much memory an authenticated, joined, idle socket costs the
// server, and how responsive it stays with many of them open: event-loop delay
// measured inside the server (bench/eld-preload.cjs), and an event's round trip
// measured from outside.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { connectSockets } from './lib.mjs';
import { seed } from './socket-rooms.mjs';

export const title = 'Idle sockets';
export const serverOptions = { eventLoopDelay: true };
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
  const idleDelay = await quietDelay(server, ELD_SECONDS);
  const probes = await connectSockets(server.baseUrl, people.slice(0, 20));
  const idleBefore = await roundTrips(
    probes.map((c) => c.socket),
    200,
  );
  probes.forEach(({ socket }) => socket.close());
  await sleep(1000);
  await server.eventLoopDelay.reset();
  const started = performance.now();
  const clients = [];
  // Several tabs per person (as on phones and laptops at once), each joined to its room.
  for (let round = 0; clients.length < SOCKETS; round++) {
    clients.push(...(await connectSockets(server.baseUrl, people.slice(0, Math.min(USERS, SOCKETS - clients.length)))));
  }
  const connectSeconds = (performance.now() - started) / 1000;
  const connectDelay = await server.eventLoopDelay.read();
  await sleep(5000);
  const after = rssMiB(server.pid);
  const openDelay = await quietDelay(server, ELD_SECONDS);
  const loaded = await roundTrips(
    clients.map((c) => c.socket),
    500,
  );
  const perSocketKiB = ((after - before) * 1024) / clients.length;
  console.log(
    `  ${clients.length} sockets in ${connectSeconds.toFixed(1)} s; RSS ${before.toFixed(0)} → ${after.toFixed(0)} MiB (${perSocketKiB.toFixed(1)} KiB/socket); event-loop delay p50/p99/max ${delay(openDelay)} (idle server: ${delay(idleDelay)}; while connecting: ${delay(connectDelay)}); round trip p50/p99 ${loaded.p50.toFixed(1)}/${loaded.p99.toFixed(1)} ms (idle server: ${idleBefore.p50.toFixed(1)}/${idleBefore.p99.toFixed(1)} ms)`,
  );
  clients.forEach(({ socket }) => socket.close());
  return {
    sockets: clients.length,
    connectSeconds,
    before,
    after,
    perSocketKiB,
    idleDelay,
    connectDelay,
    openDelay,
    idleBefore,
    loaded,
  };
}

const delay = (d) => `${d.p50.toFixed(1)} / ${d.p99.toFixed(1)} / ${d.max.toFixed(1)} ms`;
const gc = (d) => `${d.gc.count}, longest ${d.gc.maxMs.toFixed(1)} ms`;

/** The run whose `key` is the median (so a row's figures come from one run, not a mix). */
function medianRun(results, key) {
  const sorted = [...results].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export function summarise(results) {
  const m = medianRun(results, (r) => r.perSocketKiB);
  const { sockets: count, connectSeconds, before, after, perSocketKiB } = m;
  const idle = medianRun(results, (r) => r.idleDelay.p99);
  const connecting = medianRun(results, (r) => r.connectDelay.p99);
  const open = medianRun(results, (r) => r.openDelay.p99);
  const [idleDelay, connectDelay, openDelay] = [idle.idleDelay, connecting.connectDelay, open.openDelay];
  const [idleBefore, loaded] = [idle.idleBefore, open.loaded];
  const perRun = results
    .map((r) => `${r.perSocketKiB.toFixed(1)} KiB / p99 ${r.openDelay.p99.toFixed(1)} ms`)
    .join(', ');
  return {
    markdown: (context) => `## ${title}

Command: \`node bench/run.mjs idle\` (part of \`npm run bench\`; \`BENCH_IDLE_SOCKETS\` sets the count, \`BENCH_ELD_SECONDS\` each quiet phase) · ${context}. ${count} authenticated Socket.IO connections (${USERS} people, ${Math.round(count / USERS)} tabs each), every one joined to its group's room, then left idle; the load generator runs on the same machine. ${results.length} runs, each on a fresh server; each row shows the run with the median figure (per socket, or p99 for a phase). Per run (KiB per socket / event-loop delay p99 with all sockets open): ${perRun}.

| sockets | connect + join all | server RSS before → after | per socket |
| --- | --- | --- | --- |
| ${count} | ${connectSeconds.toFixed(1)} s | ${before.toFixed(0)} → ${after.toFixed(0)} MiB | ${perSocketKiB.toFixed(1)} KiB |

| server phase | event-loop delay p50 / p99 / max (in the server) | GC pauses in the phase | event round trip p50 / p99 (from a client) |
| --- | --- | --- | --- |
| idle, no sockets (${ELD_SECONDS} s) | ${delay(idleDelay)} | ${gc(idleDelay)} | ${idleBefore.p50.toFixed(1)} / ${idleBefore.p99.toFixed(1)} ms (20 sockets) |
| while ${count} sockets connect and join (${connectSeconds.toFixed(0)} s) | ${delay(connectDelay)} | ${gc(connectDelay)} | – |
| ${count} sockets open, idle (${ELD_SECONDS} s) | **${delay(openDelay)}** | ${gc(openDelay)} | ${loaded.p50.toFixed(1)} / ${loaded.p99.toFixed(1)} ms |

Event-loop delay is sampled inside the Hearth process by \`perf_hooks.monitorEventLoopDelay\` (resolution ${openDelay.resolutionMs} ms, ${openDelay.samples} samples in the open phase), loaded with \`node --require bench/eld-preload.cjs\` so production code carries nothing for it: how late a timer due every ${openDelay.resolutionMs} ms ran. The histogram (and the count of GC pauses, from a \`gc\` PerformanceObserver) is reset at the start of each phase; the quiet phases send the server nothing. The round trip is \`room:leave\` for a room the socket is not in, answered without the database, measured afterwards (200 or 500 of them, 10 ms apart).
`,
  };
}
