// Reads files back from a device or image and hashes them: one open, the files in the order
// given (front to back), each byte read once, memory capped whatever the sizes. A session with
// many bytes to hash is hashed on every core (`parallel-read-back.ts`); a small one here, in
// chunks through two reused buffers (the next chunk read while the last one is hashed), where
// starting threads would cost more than they save.
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Extent } from '../disc/iso9660/read-directory-tree.js';
import { SECTOR_SIZE } from '../disc/iso9660/volume-descriptors.js';
import { readBackInParallel } from './parallel-read-back.js';
import { readErrorAt, readRange, type FileDigest, type FileToRead } from './read-range.js';

export type { FileDigest, FileToRead, ReadError } from './read-range.js';

const CHUNK_BYTES = 4 * 1024 * 1024;
/**
 * Below this many bytes to hash one thread is faster: starting a hashing thread costs about as
 * much as hashing PARALLEL_FROM_BYTES on one core (measured on Node 20, 2 cores, MD5 and SHA-256
 * of a page-cached image).
 */
export const PARALLEL_FROM_BYTES = 32 * 1024 * 1024;
/** Buffers in flight per hashing thread: one being hashed, one read meanwhile. */
const BUFFERS_PER_THREAD = 2;

export async function readBackFiles(image: string, files: readonly FileToRead[], algorithm: string, onBytes: (bytes: number) => void): Promise<FileDigest[]> {
  const threads = Math.min(availableParallelism(), 8);
  if (threads < 2 || bytesToHash(files) < PARALLEL_FROM_BYTES) return readBackSerially(image, files, algorithm, onBytes);
  return readBackInParallel(image, files, algorithm, onBytes, { threads, buffers: threads * BUFFERS_PER_THREAD + 1, bufferBytes: CHUNK_BYTES });
}

function bytesToHash(files: readonly FileToRead[]): number {
  let bytes = 0;
  for (const file of files) for (const extent of file.extents) bytes += extent.length;
  return bytes;
}

/** One thread, the chunks of each file read ahead of the hash into two reused buffers. */
export async function readBackSerially(image: string, files: readonly FileToRead[], algorithm: string, onBytes: (bytes: number) => void): Promise<FileDigest[]> {
  const handle = await open(image, 'r');
  const buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
  try {
    const digests: FileDigest[] = [];
    for (let i = 0; i < files.length; ) {
      const window = windowFrom(files, i);
      const got = window.count > 1 ? await readRange(handle, buffers[0]!, 0, window.bytes, window.lba * SECTOR_SIZE) : undefined;
      const readWhole = got !== undefined && !got.failed && got.filled === window.bytes;
      for (const file of files.slice(i, i + window.count)) {
        digests.push(readWhole ? hashInWindow(file, window.lba, buffers[0]!, algorithm, onBytes) : await hashOne(handle, file, algorithm, buffers, onBytes));
      }
      i += window.count;
    }
    return digests;
  } finally {
    await handle.close();
  }
}

async function hashOne(handle: FileHandle, file: FileToRead, algorithm: string, buffers: Buffer[], onBytes: (bytes: number) => void): Promise<FileDigest> {
  const hash = createHash(algorithm);
  const chunks = file.extents.flatMap((extent) => chunksOf(extent));
  const readChunk = (chunk: Extent, buffer: Buffer) => readRange(handle, buffer, 0, chunk.length, chunk.lba * SECTOR_SIZE);
  let turn = 0;
  let pending = chunks.length > 0 ? readChunk(chunks[0]!, buffers[0]!) : undefined;
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    const got = await pending!;
    if (got.filled < chunk.length) return readErrorAt(file, chunk.lba * SECTOR_SIZE, got);
    // start the next read before hashing this chunk
    turn = 1 - turn;
    pending = i + 1 < chunks.length ? readChunk(chunks[i + 1]!, buffers[turn]!) : undefined;
    hash.update(buffers[1 - turn]!.subarray(0, chunk.length));
    onBytes(chunk.length);
  }
  return { path: file.path, hex: hash.digest('hex') };
}

/**
 * The files from `first` on whose data lies within one chunk of the disc, read in one call: a
 * session of thousands of small files took a read, a round trip through the thread pool, for
 * each. A window whose read fails or falls short is read again file by file, so that the error
 * still names its file.
 */
function windowFrom(files: readonly FileToRead[], first: number): { lba: number; bytes: number; count: number } {
  let lba = Infinity;
  let end = 0;
  let count = 0;
  for (let i = first; i < files.length; i++) {
    const file = files[i]!;
    let fileLba = lba;
    let fileEnd = end;
    for (const extent of file.extents) {
      if (extent.length === 0) continue;
      fileLba = Math.min(fileLba, extent.lba);
      fileEnd = Math.max(fileEnd, extent.lba * SECTOR_SIZE + extent.length);
    }
    if (count > 0 && fileEnd - fileLba * SECTOR_SIZE > CHUNK_BYTES) break;
    lba = fileLba;
    end = fileEnd;
    count++;
    if (end - lba * SECTOR_SIZE > CHUNK_BYTES) break;
  }
  return lba === Infinity ? { lba: 0, bytes: 0, count } : { lba, bytes: end - lba * SECTOR_SIZE, count };
}

function hashInWindow(file: FileToRead, windowLba: number, window: Buffer, algorithm: string, onBytes: (bytes: number) => void): FileDigest {
  const hash = createHash(algorithm);
  for (const extent of file.extents) {
    if (extent.length === 0) continue;
    const at = (extent.lba - windowLba) * SECTOR_SIZE;
    hash.update(window.subarray(at, at + extent.length));
    onBytes(extent.length);
  }
  return { path: file.path, hex: hash.digest('hex') };
}

function chunksOf(extent: Extent): Extent[] {
  const chunks: Extent[] = [];
  for (let done = 0; done < extent.length; done += CHUNK_BYTES) {
    chunks.push({ lba: extent.lba + done / SECTOR_SIZE, length: Math.min(CHUNK_BYTES, extent.length - done) });
  }
  return chunks;
}

/** A small file's bytes, read whole, or undefined when they cannot all be read. */
export async function readWholeFile(image: string, file: FileToRead): Promise<Buffer | undefined> {
  const handle = await open(image, 'r');
  try {
    const parts: Buffer[] = [];
    for (const extent of file.extents) {
      const buffer = Buffer.alloc(extent.length);
      // a device may answer one read with fewer bytes than asked: readRange reads on
      const got = await readRange(handle, buffer, 0, extent.length, extent.lba * SECTOR_SIZE);
      if (got.filled < extent.length) return undefined;
      parts.push(buffer);
    }
    return Buffer.concat(parts);
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}
