// Hashes a file. A small one is read in one go, synchronously and in slices (see time-slice.ts):
// a session of thousands of small files spent most of its hashing on the thread pool's round
// trips and on a large read buffer for each file. A larger one is streamed through the hash, so
// memory stays the same whatever its size.
import { createHash } from 'node:crypto';
import { closeSync, constants, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { nextTurn, sliceEnded } from '../core/time-slice.js';

const CHUNK_BYTES = 1024 * 1024;
/** Read whole: one read call of the page cache, well within a slice. */
const SMALL_FILE_BYTES = 64 * 1024;

export async function hashFile(path: string, algorithm: string, onBytes?: (bytes: number) => void): Promise<string> {
  if (sliceEnded()) await nextTurn();
  const hash = createHash(algorithm);
  const small = readIfSmall(path);
  if (small) {
    hash.update(small);
    onBytes?.(small.length);
    return hash.digest('hex');
  }
  await pipeline(createReadStream(path, { highWaterMark: CHUNK_BYTES }), async function* (chunks: AsyncIterable<Buffer>) {
    for await (const chunk of chunks) {
      hash.update(chunk);
      onBytes?.(chunk.length);
    }
    yield* [];
  });
  return hash.digest('hex');
}

/** A small regular file's bytes; undefined for a larger file, one that grows meanwhile, or anything else. */
function readIfSmall(path: string): Buffer | undefined {
  // not blocking: a FIFO put where a file was must not hold the event loop in its open
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > SMALL_FILE_BYTES) return undefined;
    // one byte more than its size: a read that fills it tells of a file still growing
    const buffer = Buffer.allocUnsafe(info.size + 1);
    let filled = 0;
    for (;;) {
      const got = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (got === 0) return buffer.subarray(0, filled);
      filled += got;
      if (filled === buffer.length) return undefined;
    }
  } finally {
    closeSync(fd);
  }
}
