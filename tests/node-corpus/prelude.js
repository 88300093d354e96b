// The node corpus prelude: every program requires it first. It makes Node print transcripts the way the
// kit's EventLoop does ("{time right-aligned in 6} ms  {text}") on a virtual clock, so a five-second program
// runs at once and prints exact times.
//
// What stays Node's own: everything about promises and microtasks (job order, adoption, await, async
// functions) and the unhandled-rejection bookkeeping. What the prelude replaces: setTimeout/clearTimeout.
// Its timer queue keeps Node's rules: a delay below 1 ms (or not a number) counts as 1 ms, timers fire by
// due time, ties in the order they were created, and Node finishes each timer's microtasks (and reports
// rejections) before the next timer runs. With NODE_CORPUS_CLOCK=real the programs run on Node's real timers
// instead, which `record.mjs --real` uses to check that the virtual clock changes nothing.
"use strict";

const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
const realSetImmediate = globalThis.setImmediate;
const realMode = process.env.NODE_CORPUS_CLOCK === "real";

let now = 0;

function line(text) {
  process.stdout.write(`${String(now).padStart(6)} ms  ${text}\n`);
}

// console.log is the program's only way to speak, as loop.Log is in the kit.
console.log = (...parts) => line(parts.map(String).join(" "));

// Node's rule for a timer delay (lib/internal/timers.js): anything not in [1, 2^31 - 1] becomes 1.
function nodeDelay(delay) {
  const ms = Number(delay);
  return ms >= 1 && ms <= 2147483647 ? Math.trunc(ms) : 1;
}

if (realMode) {
  globalThis.setTimeout = (callback, delay, ...args) => {
    const ms = nodeDelay(delay);
    const due = now + ms;
    return realSetTimeout(() => {
      now = due;
      callback(...args);
    }, ms);
  };
  globalThis.clearTimeout = (timer) => realClearTimeout(timer);
} else {
  const queue = [];
  let created = 0;
  let driving = false;

  const next = () => {
    let best = -1;
    for (let i = 0; i < queue.length; i++) {
      if (best < 0 || queue[i].due < queue[best].due || (queue[i].due === queue[best].due && queue[i].order < queue[best].order)) {
        best = i;
      }
    }
    return best < 0 ? undefined : queue.splice(best, 1)[0];
  };

  // One timer per macrotask: when it returns, Node drains the microtasks and processes promise rejections
  // before this runs again, exactly as it does between two of its own timers.
  const step = () => {
    const timer = next();
    if (timer === undefined) {
      driving = false;
      return;
    }
    now = Math.max(now, timer.due);
    timer.callback(...timer.args);
    realSetImmediate(step);
  };

  globalThis.setTimeout = (callback, delay, ...args) => {
    const timer = { due: now + nodeDelay(delay), order: created++, callback, args };
    queue.push(timer);
    if (!driving) {
      driving = true;
      realSetImmediate(step);
    }
    return timer;
  };
  globalThis.clearTimeout = (timer) => {
    const index = queue.indexOf(timer);
    if (index >= 0) {
      queue.splice(index, 1);
    }
  };
}

// Node's own unhandled-rejection tracking, made visible. Listening keeps the process alive (by default Node
// would exit at the first unhandled rejection) and turns each event into a transcript line.
const reasons = new Map();
const describe = (reason) => (reason instanceof Error ? reason.message : String(reason));
process.on("unhandledRejection", (reason, promise) => {
  reasons.set(promise, reason);
  line(`unhandled rejection: ${describe(reason)}`);
});
process.on("rejectionHandled", (promise) => {
  line(`rejection handled: ${describe(reasons.get(promise))}`);
});
