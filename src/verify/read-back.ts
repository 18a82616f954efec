// Reads files back from a device or image and hashes them: one open, the files in the order
// given (front to back), each extent in chunks through two reused buffers, so that the next
// chunk is read while the last one is hashed and memory stays constant whatever the sizes.
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import type { Extent } from '../disc/iso9660/read-directory-tree.js';
import { SECTOR_SIZE } from '../disc/iso9660/volume-descriptors.js';

const CHUNK_BYTES = 4 * 1024 * 1024;

export interface FileToRead {
  path: string;
  size: number;
  extents: readonly Extent[];
}

export interface ReadError {
  path: string;
  /** The first block that could not be read. */
  lba: number;
  message: string;
}

export type FileDigest = { path: string; hex: string } | { path: string; error: ReadError };

export async function readBackFiles(image: string, files: readonly FileToRead[], algorithm: string, onBytes: (bytes: number) => void): Promise<FileDigest[]> {
  const handle = await open(image, 'r');
  const buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
  try {
    const digests: FileDigest[] = [];
    for (const file of files) digests.push(await hashOne(handle, file, algorithm, buffers, onBytes));
    return digests;
  } finally {
    await handle.close();
  }
}

async function hashOne(handle: FileHandle, file: FileToRead, algorithm: string, buffers: Buffer[], onBytes: (bytes: number) => void): Promise<FileDigest> {
  const hash = createHash(algorithm);
  const chunks = file.extents.flatMap((extent) => chunksOf(extent));
  let turn = 0;
  let pending = chunks.length > 0 ? readChunk(handle, chunks[0]!, buffers[0]!) : undefined;
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    const got = await pending!;
    if (got.filled < chunk.length) {
      const lba = chunk.lba + Math.floor(got.filled / SECTOR_SIZE);
      const message = got.failed ? 'the device reported a read error' : 'the disc ends before the file does';
      return { path: file.path, error: { path: file.path, lba, message } };
    }
    // start the next read before hashing this chunk
    turn = 1 - turn;
    pending = i + 1 < chunks.length ? readChunk(handle, chunks[i + 1]!, buffers[turn]!) : undefined;
    hash.update(buffers[1 - turn]!.subarray(0, chunk.length));
    onBytes(chunk.length);
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

/** Bytes read into `buffer` (fewer at the end of the image), and whether a read failed (EIO). */
async function readChunk(handle: FileHandle, chunk: Extent, buffer: Buffer): Promise<{ filled: number; failed: boolean }> {
  let filled = 0;
  try {
    while (filled < chunk.length) {
      const { bytesRead } = await handle.read(buffer, filled, chunk.length - filled, chunk.lba * SECTOR_SIZE + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { filled, failed: false };
  } catch {
    return { filled, failed: true };
  }
}

/** A small file's bytes, read whole, or undefined when they cannot all be read. */
export async function readWholeFile(image: string, file: FileToRead): Promise<Buffer | undefined> {
  const handle = await open(image, 'r');
  try {
    const parts: Buffer[] = [];
    for (const extent of file.extents) {
      const buffer = Buffer.alloc(extent.length);
      const { bytesRead } = await handle.read(buffer, 0, extent.length, extent.lba * SECTOR_SIZE);
      if (bytesRead < extent.length) return undefined;
      parts.push(buffer);
    }
    return Buffer.concat(parts);
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}
