// `npm run bench [-- name…]`: runs the bench modules (all by default) against the
// built app and writes each one's section of BENCHMARKS.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { SERVER_MODE, startServer } from './lib.mjs';

const MODULES = {
  chat: './socket-rooms.mjs',
  idle: './idle-sockets.mjs',
  persist: './persist.mjs',
  http: './http.mjs',
};
const root = new URL('..', import.meta.url);
const file = new URL('BENCHMARKS.md', root);

function context(databaseKind) {
  const date = new Date().toISOString().slice(0, 10);
  return `${date} · ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${databaseKind}, one Hearth process (${SERVER_MODE})`;
}

function section(title, outcome, databaseKind) {
  const date = new Date().toISOString().slice(0, 10);
  const rows = outcome.results
    .map(
      (r) =>
        `| ${r.name} | ${r.reqPerSec} | ${r.p99Ms} | ${r.perRun.map((p) => `${p.reqPerSec} / ${p.p99Ms}`).join(', ')} |`,
    )
    .join('\n');
  const first = outcome.results[0];
  const paced = outcome.results.some((r) => r.rate)
    ? ' Rows "open loop at R req/s": requests sent on a fixed schedule over up to 64 keep-alive connections whether or not earlier ones answered (bench/lib.mjs `openLoop`; `BENCH_HTTP_RATES` sets the rates), each latency timed from its scheduled send, so a stall counts for every request due during it; req/s there is the rate answered; a run whose oldest unanswered request falls 2 s behind stops sending and reads `> 2000 (overloaded)`. A closed-loop row\'s p99 is about connections ÷ throughput.'
    : '';
  return `## ${title}

Command: \`npm run bench\` (or \`node bench/run.mjs ${title.toLowerCase()}\`; \`BENCH_HTTP_DURATION\` sets the seconds per run) · ${date} · ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${databaseKind}, one Hearth process (${SERVER_MODE}), autocannon ${first.connections} connections × ${first.duration} s, median of ${first.runs} runs after a warm-up, the scenarios interleaved (one run of each in turn); client and server share the machine.${paced}

Data: ${outcome.data}.

| scenario | req/s (median) | p99 ms (median) | per run (req/s / p99 ms) |
| --- | --- | --- | --- |
${rows}
`;
}

/** Replaces (or appends) only this module's `## Title` section. */
function writeSection(title, text) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nMeasured with `npm run bench`.\n';
  const pattern = new RegExp(`## ${title}\\n[\\s\\S]*?(?=\\n## |$)`);
  const next = pattern.test(current)
    ? current.replace(pattern, text.trimEnd() + '\n')
    : `${current.trimEnd()}\n\n${text}`;
  writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`);
}

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(MODULES);
for (const name of wanted) {
  if (!MODULES[name]) {
    console.error(`unknown bench "${name}"; known: ${Object.keys(MODULES).join(', ')}`);
    process.exit(1);
  }
}

for (const name of wanted) {
  const bench = await import(MODULES[name]);
  if (bench.summarise) {
    // Runs that change the server's state (10,000 sockets' memory): a fresh server for each.
    const results = [];
    let databaseKind = '';
    for (let run = 1; run <= bench.runs; run++) {
      const server = await startServer(bench.serverOptions);
      try {
        console.log(`${bench.title}: run ${run} of ${bench.runs}…`);
        results.push(await bench.run(server));
        databaseKind = server.databaseKind;
      } finally {
        await server.stop();
      }
    }
    writeSection(bench.title, bench.summarise(results).markdown(context(databaseKind)));
    continue;
  }
  // A module may ask for more of the server (bench/lib.mjs startServer options).
  const server = await startServer(bench.serverOptions);
  try {
    console.log(`${bench.title}: seeding and measuring…`);
    const outcome = await bench.run(server);
    if (outcome.markdown) {
      // Modules with their own table (socket benches) write their section themselves.
      writeSection(bench.title, outcome.markdown(context(server.databaseKind)));
      continue;
    }
    for (const r of outcome.results) {
      const cpu = r.perRun
        .filter((p) => p.cpuMs)
        .map((p) => `${p.cpuMs.server}+${p.cpuMs.database}`)
        .join(', ');
      console.log(
        `  ${r.name}: ${r.reqPerSec} req/s, ${r.p50Ms !== undefined ? `p50 ${r.p50Ms} ms, ` : ''}p99 ${r.p99Ms} ms${cpu ? `; CPU ms/request server+database per run: ${cpu}` : ''}`,
      );
    }
    writeSection(bench.title, section(bench.title, outcome, server.databaseKind));
  } finally {
    await server.stop();
  }
}
console.log(`Results written to ${file.pathname}`);
