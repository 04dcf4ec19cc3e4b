// Idle sockets: how much memory an authenticated, joined, idle socket costs the
// server, and how responsive it stays with many of them open.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { connectAll, seed } from './socket-rooms.mjs';

export const title = 'Idle sockets';

const SOCKETS = Number(process.env.BENCH_IDLE_SOCKETS ?? 10_000);
const USERS = Math.min(SOCKETS, 1000);

function rssMiB(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line)[1]) / 1024;
}

/** Round trip of an event the server answers without the database: a stand-in for its event-loop delay. */
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
  const probes = await connectAll(server.baseUrl, people.slice(0, 20));
  const idleBefore = await roundTrips(
    probes.map((c) => c.socket),
    200,
  );
  probes.forEach(({ socket }) => socket.close());
  await sleep(1000);
  const started = performance.now();
  const clients = [];
  // Several tabs per person (as on phones and laptops at once), each joined to its room.
  for (let round = 0; clients.length < SOCKETS; round++) {
    clients.push(...(await connectAll(server.baseUrl, people.slice(0, Math.min(USERS, SOCKETS - clients.length)))));
  }
  const connectSeconds = (performance.now() - started) / 1000;
  await sleep(5000);
  const after = rssMiB(server.pid);
  const loaded = await roundTrips(
    clients.map((c) => c.socket),
    500,
  );
  const perSocketKiB = ((after - before) * 1024) / clients.length;
  console.log(
    `  ${clients.length} sockets in ${connectSeconds.toFixed(1)} s; RSS ${before.toFixed(0)} → ${after.toFixed(0)} MiB (${perSocketKiB.toFixed(1)} KiB/socket); round trip p50/p99 ${loaded.p50.toFixed(1)}/${loaded.p99.toFixed(1)} ms (idle server: ${idleBefore.p50.toFixed(1)}/${idleBefore.p99.toFixed(1)} ms)`,
  );
  clients.forEach(({ socket }) => socket.close());
  return {
    markdown: (context) => `## ${title}

Command: \`node bench/run.mjs idle\` (part of \`npm run bench\`; \`BENCH_IDLE_SOCKETS\` sets the count) · ${context}. ${clients.length} authenticated Socket.IO connections (${USERS} people, ${Math.round(clients.length / USERS)} tabs each), every one joined to its group's room, then left idle; the load generator runs on the same machine.

| sockets | connect + join all | server RSS before → after | per socket | event round trip p50 / p99, idle server | with all sockets open |
| --- | --- | --- | --- | --- | --- |
| ${clients.length} | ${connectSeconds.toFixed(1)} s | ${before.toFixed(0)} → ${after.toFixed(0)} MiB | ${perSocketKiB.toFixed(1)} KiB | ${idleBefore.p50.toFixed(1)} / ${idleBefore.p99.toFixed(1)} ms | ${loaded.p50.toFixed(1)} / ${loaded.p99.toFixed(1)} ms |

The round trip is \`room:leave\` for a room the socket is not in: answered by the server without the database, so it shows how long an event waits for the event loop (a stand-in for event-loop delay measured from outside).
`,
  };
}
