// The read back of a large session: one reader walks the files in the order given, front to
// back, reading each byte once into the pool's buffers; a full buffer goes to a hashing thread.
// A buffer holds pieces of several files (small files share one), and a file's pieces all go to
// the thread that got its first piece, in order, since a digest cannot be split between threads.
// A new file goes to the thread with the fewest bytes waiting, so all cores hash at once.
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { SECTOR_SIZE } from '../disc/iso9660/volume-descriptors.js';
import type { Piece } from './hash-messages.js';
import { startHashPool, type HashPoolOptions } from './hash-pool.js';
import { readErrorAt, readRange, type FileDigest, type FileToRead } from './read-range.js';

export type ParallelOptions = Omit<HashPoolOptions, 'algorithm'>;

export async function readBackInParallel(image: string, files: readonly FileToRead[], algorithm: string, onBytes: (bytes: number) => void, options: ParallelOptions): Promise<FileDigest[]> {
  // an unknown algorithm fails here as it does in the serial read, not in a thread
  const empty = createHash(algorithm).digest('hex');
  const digests = new Array<FileDigest | undefined>(files.length);
  const pool = startHashPool({ ...options, algorithm }, (bytes, done) => {
    for (const [file, hex] of done) digests[file] = { path: files[file]!.path, hex };
    onBytes(bytes);
  });
  // the thread of each file begun, and the files whose first pieces went in an earlier buffer
  const threadOf = new Map<number, number>();
  const sentBefore = new Set<number>();
  let handle: FileHandle | undefined;
  try {
    handle = await open(image, 'r');
    let batch = await newBatch();
    for (let index = 0; index < files.length; index++) {
      const file = files[index]!;
      let left = file.extents.reduce((sum, extent) => sum + extent.length, 0);
      if (left === 0) {
        digests[index] = { path: file.path, hex: empty };
        continue;
      }
      file: for (const extent of file.extents) {
        for (let done = 0; done < extent.length; ) {
          if (batch.used === options.bufferBytes) {
            send(batch);
            batch = await newBatch();
          }
          if (batch.pieces.length === 0) batch.thread = threadOf.get(index) ?? pool.leastLoaded();
          threadOf.set(index, batch.thread);
          const length = Math.min(extent.length - done, options.bufferBytes - batch.used);
          const position = extent.lba * SECTOR_SIZE + done;
          const got = await readRange(handle, batch.bytes, batch.used, length, position);
          if (got.filled < length) {
            digests[index] = readErrorAt(file, position, got);
            forget(batch, index);
            break file;
          }
          left -= length;
          batch.pieces.push({ file: index, offset: batch.used, length, last: left === 0 });
          batch.used += length;
          done += length;
          if (left === 0) {
            threadOf.delete(index);
            sentBefore.delete(index);
          }
        }
      }
    }
    if (batch.pieces.length > 0) send(batch);
    else pool.give(batch.buffer);
    await pool.drained();
    return digests.map((digest, index) => digest ?? unfinished(files[index]!));
  } finally {
    await Promise.all([pool.close(), handle?.close()]);
  }

  async function newBatch(): Promise<Batch> {
    const buffer = await pool.take();
    return { buffer, bytes: Buffer.from(buffer), used: 0, pieces: [], thread: 0 };
  }

  function send(full: Batch): void {
    // only a buffer's last file can go on into the next buffer
    sentBefore.add(full.pieces.at(-1)!.file);
    pool.send(full.thread, full.buffer, full.used, full.pieces);
  }

  /** A file that cannot be read to its end: its pieces in this buffer go, its thread forgets the rest. */
  function forget(current: Batch, index: number): void {
    const first = current.pieces.findIndex((piece) => piece.file === index);
    if (first !== -1) {
      current.used = current.pieces[first]!.offset;
      current.pieces.length = first;
    }
    if (sentBefore.has(index)) pool.drop(threadOf.get(index)!, index);
    threadOf.delete(index);
  }
}

interface Batch {
  buffer: ArrayBuffer;
  bytes: Buffer;
  used: number;
  pieces: Piece[];
  thread: number;
}

/** Cannot happen while the threads answer every buffer; said plainly rather than returned as undefined. */
function unfinished(file: FileToRead): never {
  throw new Error(`internal: no digest came back for ${file.path}`);
}
