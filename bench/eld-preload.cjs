// Loaded into the Hearth process with `node --require` by bench/lib.mjs
// (startServer({ eventLoopDelay: true })), so production code carries nothing for
// it: samples the server's own event-loop delay with perf_hooks and answers the
// bench over the IPC channel. `{ eld: 'reset' }` starts a new phase;
// `{ eld: 'read' }` answers the delay since the last reset, with the garbage
// collector's pauses in the same span (the usual cause of a late tick);
// `{ eld: 'memory' }` answers the memory in use (after a full GC under --expose-gc).
const { monitorEventLoopDelay, performance, PerformanceObserver } = require('node:perf_hooks');
const { setInterval, clearInterval } = require('node:timers');
const { isMainThread, parentPort } = require('node:worker_threads');

// In a worker (Node preloads this there too): each answer the screening thread posts carries when the worker
// took its batch and when it answered (ms since the epoch), so a late answer can be split into waiting to be
// taken, the work, and the way back. Nothing else runs in a worker.
if (!isMainThread) {
  let takenAt = 0;
  const on = parentPort.on;
  parentPort.on = function (event, listener) {
    if (event !== 'message') {
      return on.call(this, event, listener);
    }
    return on.call(this, event, (message) => {
      takenAt = performance.timeOrigin + performance.now();
      listener(message);
    });
  };
  const post = parentPort.postMessage;
  parentPort.postMessage = function (message, ...rest) {
    if (Array.isArray(message?.answers)) {
      message.traced = { takenAt, answeredAt: performance.timeOrigin + performance.now() };
    }
    return post.call(this, message, ...rest);
  };
  return;
}

const resolutionMs = Number(process.env.BENCH_ELD_RESOLUTION_MS ?? 10);
const histogram = monitorEventLoopDelay({ resolution: resolutionMs });
histogram.enable();
let gc = { count: 0, totalMs: 0, maxMs: 0 };
// `{ eld: 'trace' }` … `{ eld: 'traced' }`: when the loop ticked late (over TRACE_LATE_MS on a 5 ms
// timer) and the collector paused over TRACE_LATE_MS / 4, each with its wall-clock time (ms since the
// epoch), so the bench can lay them beside its own timeline (bench/socket-rooms.mjs, BENCH_TIMELINE).
const TRACE_LATE_MS = 20;
let trace = null;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.count++;
    gc.totalMs += entry.duration;
    gc.maxMs = Math.max(gc.maxMs, entry.duration);
    if (trace && entry.duration > TRACE_LATE_MS / 4) {
      trace.gc.push({ at: performance.timeOrigin + entry.startTime, ms: entry.duration });
    }
  }
}).observe({ entryTypes: ['gc'] });

// While tracing, the screening thread's answers (from a batch's post to each text's answer) and PostgreSQL's
// (a pool connection's wait, a query's round trip) that took over TRACE_LATE_MS, patched in here so the
// app carries nothing for it. Statements are named by their first words only.
const { Worker } = require('node:worker_threads');
const postMessage = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (message, ...rest) {
  if (trace && Array.isArray(message?.texts)) {
    const at = performance.now();
    for (const { id } of message.texts) {
      trace.posted.set(`${this.threadId}:${id}`, at);
    }
    if (!this.hearthTraced) {
      this.hearthTraced = true;
      this.on('message', (reply) => {
        const now = performance.now();
        for (const { id } of reply?.answers ?? []) {
          const posted = trace?.posted.get(`${this.threadId}:${id}`);
          if (posted !== undefined) {
            trace.posted.delete(`${this.threadId}:${id}`);
            if (now - posted > TRACE_LATE_MS) {
              const sent = performance.timeOrigin + posted;
              const { takenAt, answeredAt } = reply.traced ?? {};
              trace.screening.push({
                at: sent,
                ms: now - posted,
                // How long it waited to be taken, the worker's batch up to its answer, and the way back.
                parts: takenAt ? [takenAt - sent, answeredAt - takenAt, performance.timeOrigin + now - answeredAt] : [],
              });
            }
          }
        }
      });
    }
  }
  return postMessage.call(this, message, ...rest);
};

function tracePg() {
  let pg;
  try {
    pg = require(require.resolve('pg', { paths: [process.cwd(), __dirname] }));
  } catch {
    return;
  }
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (config, values, callback) {
    const result = query.call(this, config, values, callback);
    if (trace && result && typeof result.then === 'function') {
      const started = performance.now();
      const text = typeof config === 'string' ? config : (config?.text ?? config?.name ?? '?');
      result.then(
        () => {
          const ms = performance.now() - started;
          if (trace && ms > TRACE_LATE_MS) {
            trace.pg.push({
              at: performance.timeOrigin + started,
              ms,
              what: text.trim().split(/\s+/).slice(0, 4).join(' '),
            });
          }
        },
        () => undefined,
      );
    }
    return result;
  };
  const connect = pg.Pool.prototype.connect;
  pg.Pool.prototype.connect = function (callback) {
    if (!trace) {
      return connect.call(this, callback);
    }
    const started = performance.now();
    const waited = () => {
      const ms = performance.now() - started;
      if (trace && ms > TRACE_LATE_MS) {
        trace.pg.push({ at: performance.timeOrigin + started, ms, what: 'pool connect' });
      }
    };
    if (callback) {
      return connect.call(this, (...args) => {
        waited();
        callback(...args);
      });
    }
    return connect.call(this).then((client) => {
      waited();
      return client;
    });
  };
}
tracePg();

function startTrace() {
  clearInterval(trace?.timer);
  let last = performance.now();
  trace = { late: [], gc: [], screening: [], pg: [], posted: new Map() };
  trace.timer = setInterval(() => {
    const now = performance.now();
    if (now - last - 5 > TRACE_LATE_MS) {
      trace.late.push({ at: performance.timeOrigin + last, ms: now - last - 5 });
    }
    last = now;
  }, 5);
  trace.timer.unref();
}

function stopTrace() {
  clearInterval(trace?.timer);
  const found = trace
    ? { late: trace.late, gc: trace.gc, screening: trace.screening, pg: trace.pg }
    : { late: [], gc: [], screening: [], pg: [] };
  trace = null;
  return found;
}

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
    } else if (message?.eld === 'trace') {
      startTrace();
      process.send({ id: message.id, eld: { tracing: true } });
    } else if (message?.eld === 'traced') {
      process.send({ id: message.id, eld: stopTrace() });
    } else if (message?.eld === 'memory') {
      process.send({ id: message.id, eld: memory() });
    }
  });
  // Listening must not keep the server alive on its own.
  process.channel?.unref();
}
