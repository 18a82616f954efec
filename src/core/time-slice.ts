// Many small file-system calls (a stat, a small file's read) cost far less done synchronously
// than through the thread pool: about 5 µs against 40 µs of CPU each (Node 20, measured here).
// Done so, they hold the event loop, so the work is cut into slices: whoever does them asks
// `sliceEnded()` between calls and, when it says so, awaits `nextTurn()`, so that progress,
// signals, timers and the pipes of a burn on another drive keep flowing. Asking first keeps the
// common case free of an await.

/** A slice lasts at most this long: well under a frame of the task list, and far under any drive's buffer. */
const SLICE_MS = 8;

let sliceStarted = performance.now();

export function sliceEnded(): boolean {
  return performance.now() - sliceStarted >= SLICE_MS;
}

/** One turn of the event loop: timers, I/O callbacks and signal handlers run, then the work goes on. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) =>
    setImmediate(() => {
      sliceStarted = performance.now();
      resolve();
    }),
  );
}

