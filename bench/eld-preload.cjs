// Loaded into the Hearth process with `node --require` by bench/lib.mjs
// (startServer({ eventLoopDelay: true })), so production code carries nothing for
// it: samples the server's own event-loop delay with perf_hooks and answers the
// bench over the IPC channel. `{ eld: 'reset' }` starts a new phase;
// `{ eld: 'read' }` answers the delay since the last reset, with the garbage
// collector's pauses in the same span (the usual cause of a late tick);
// `{ eld: 'memory' }` answers the memory in use (after a full GC under --expose-gc).
const { monitorEventLoopDelay, PerformanceObserver } = require('node:perf_hooks');

const resolutionMs = Number(process.env.BENCH_ELD_RESOLUTION_MS ?? 10);
const histogram = monitorEventLoopDelay({ resolution: resolutionMs });
histogram.enable();
let gc = { count: 0, totalMs: 0, maxMs: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.count++;
    gc.totalMs += entry.duration;
    gc.maxMs = Math.max(gc.maxMs, entry.duration);
  }
}).observe({ entryTypes: ['gc'] });

// The histogram holds the time between two timer ticks due `resolutionMs` apart:
// what is above that is how late the loop was.
const lateMs = (ns) => Math.max(0, ns / 1e6 - resolutionMs);

function snapshot() {
  return {
    resolutionMs,
    samples: histogram.count,
    p50: lateMs(histogram.percentile(50)),
    p99: lateMs(histogram.percentile(99)),
    max: lateMs(histogram.max),
    gc: { ...gc },
  };
}

/**
 * The process's memory in bytes: RSS, and the V8 heap in use after full garbage
 * collections (with `--expose-gc`; `collected` says whether they ran), so that what
 * is counted is what is still reachable, not what the collector has yet to free.
 */
function memory() {
  const collected = typeof globalThis.gc === 'function';
  if (collected) {
    // Twice: the first may leave weakly held objects (WeakMap values, finalizers) for the second.
    globalThis.gc();
    globalThis.gc();
  }
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  return { collected, rss, heapUsed, external, arrayBuffers };
}

if (process.send) {
  process.on('message', (message) => {
    if (message?.eld === 'reset') {
      histogram.reset();
      gc = { count: 0, totalMs: 0, maxMs: 0 };
      process.send({ id: message.id, eld: { reset: true } });
    } else if (message?.eld === 'read') {
      process.send({ id: message.id, eld: snapshot() });
    } else if (message?.eld === 'memory') {
      process.send({ id: message.id, eld: memory() });
    }
  });
  // Listening must not keep the server alive on its own.
  process.channel?.unref();
}
