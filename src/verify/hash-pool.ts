// Hashing threads and the fixed set of buffers that travel between the reader and them: a buffer
// is filled by the reader, transferred to a thread, hashed there and transferred back, so the
// data in flight is never more than `buffers` × `bufferBytes`, whatever the sizes of the files.
// A thread that dies (an exception, out of memory, killed) fails the whole read with a clear
// error: every wait on the pool is rejected, nothing hangs.
import { Worker } from 'node:worker_threads';
import type { HashReply, HashRequest, Piece } from './hash-messages.js';

/**
 * The worker's own entry in the bundle. The URL is written from src/verify/ and resolves the
 * same from dist/<folder>/ (the bundle keeps every chunk two folders below the package root), so
 * the tests, run from the sources, use the built worker too; scripts/build.js fails when the
 * file is not where this URL points.
 */
export const HASH_WORKER_URL = new URL('../../dist/verify/hash-worker.js', import.meta.url);

export interface HashPoolOptions {
  threads: number;
  algorithm: string;
  buffers: number;
  bufferBytes: number;
  /** Tests point this at a worker that misbehaves. */
  workerUrl?: URL;
}

export interface HashPool {
  readonly threads: number;
  /** A free buffer, when one comes back. */
  take(): Promise<ArrayBuffer>;
  /** Gives a buffer taken but not sent back to the free ones. */
  give(buffer: ArrayBuffer): void;
  /** The thread with the fewest bytes waiting. */
  leastLoaded(): number;
  send(thread: number, buffer: ArrayBuffer, bytes: number, pieces: Piece[]): void;
  drop(thread: number, file: number): void;
  /** Resolves when every buffer sent has come back hashed. */
  drained(): Promise<void>;
  close(): Promise<void>;
}

export class HashThreadError extends Error {}

export function startHashPool(options: HashPoolOptions, onHashed: (bytes: number, digests: HashReply['digests']) => void): HashPool {
  const free: ArrayBuffer[] = Array.from({ length: options.buffers }, () => new ArrayBuffer(options.bufferBytes));
  const waiting: { resolve: (b: ArrayBuffer) => void; reject: (e: Error) => void }[] = [];
  const drainers: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const queued = new Array<number>(options.threads).fill(0);
  let inFlight = 0;
  let failure: Error | undefined;
  let closing = false;

  const fail = (error: Error): void => {
    if (failure || closing) return;
    failure = error;
    for (const w of waiting.splice(0)) w.reject(error);
    for (const d of drainers.splice(0)) d.reject(error);
    for (const worker of workers) void worker.terminate();
  };
  const settleDrainers = (): void => {
    if (inFlight === 0) for (const d of drainers.splice(0)) d.resolve();
  };

  const workers = Array.from({ length: options.threads }, (_, index) => {
    const worker = new Worker(options.workerUrl ?? HASH_WORKER_URL, { workerData: { algorithm: options.algorithm } });
    worker.on('message', (reply: HashReply) => {
      queued[index]! -= reply.bytes;
      inFlight--;
      onHashed(reply.bytes, reply.digests);
      const next = waiting.shift();
      if (next) next.resolve(reply.buffer);
      else free.push(reply.buffer);
      settleDrainers();
    });
    worker.on('error', (error) => fail(new HashThreadError(`a hashing thread failed: ${error.message}`, { cause: error })));
    worker.on('messageerror', (error) => fail(new HashThreadError(`a hashing thread could not read a message: ${error.message}`, { cause: error })));
    worker.on('exit', (code) => fail(new HashThreadError(`a hashing thread stopped before its work was done (exit code ${code})`)));
    return worker;
  });

  return {
    threads: options.threads,
    take() {
      if (failure) return Promise.reject(failure);
      const buffer = free.pop();
      if (buffer) return Promise.resolve(buffer);
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    give(buffer) {
      free.push(buffer);
    },
    leastLoaded() {
      let best = 0;
      for (let i = 1; i < queued.length; i++) if (queued[i]! < queued[best]!) best = i;
      return best;
    },
    send(thread, buffer, bytes, pieces) {
      if (failure) throw failure;
      queued[thread]! += bytes;
      inFlight++;
      const request: HashRequest = { kind: 'hash', buffer, bytes, pieces };
      workers[thread]!.postMessage(request, [buffer]);
    },
    drop(thread, file) {
      const request: HashRequest = { kind: 'drop', file };
      workers[thread]!.postMessage(request);
    },
    drained() {
      if (failure) return Promise.reject(failure);
      if (inFlight === 0) return Promise.resolve();
      return new Promise((resolve, reject) => drainers.push({ resolve, reject }));
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
