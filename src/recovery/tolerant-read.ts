// A file's bytes read off a disc that may be damaged: what cannot be read is given as zeros (a
// slice or packet holding them fails its MD5 like any damaged one), and the bytes stop where the
// image ends. For counting damage, not for copying data out.
import { open, type FileHandle } from 'node:fs/promises';
import type { Extent } from '../disc/iso9660/read-directory-tree.js';
import { SECTOR_SIZE } from '../disc/iso9660/volume-descriptors.js';
import { readRange } from '../verify/read-range.js';

const CHUNK_BYTES = 1024 * 1024;

export interface ExtentsToRead {
  extents: readonly Extent[];
}

/** The file's bytes in chunks, in order; a chunk is only valid until the next one is asked for. */
export async function* readTolerantly(image: string, file: ExtentsToRead): AsyncGenerator<Buffer> {
  const handle = await open(image, 'r');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  try {
    for (const extent of file.extents) {
      for (let done = 0; done < extent.length; done += CHUNK_BYTES) {
        const length = Math.min(CHUNK_BYTES, extent.length - done);
        const filled = await readChunk(handle, buffer, length, extent.lba * SECTOR_SIZE + done);
        if (filled > 0) yield buffer.subarray(0, filled);
        if (filled < length) return; // the image ends here
      }
    }
  } finally {
    await handle.close();
  }
}

/** The whole file, zeros where it cannot be read, shorter when the image ends first. */
export async function readWholeTolerantly(image: string, file: ExtentsToRead): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of readTolerantly(image, file)) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

/** Bytes of the chunk filled: a failed read is tried again sector by sector, the sectors that fail left as zeros. */
async function readChunk(handle: FileHandle, buffer: Buffer, length: number, position: number): Promise<number> {
  const got = await readRange(handle, buffer, 0, length, position);
  if (!got.failed) return got.filled;
  for (let at = got.filled - (got.filled % SECTOR_SIZE); at < length; at += SECTOR_SIZE) {
    const size = Math.min(SECTOR_SIZE, length - at);
    const sector = await readRange(handle, buffer, at, size, position + at);
    if (sector.failed) buffer.fill(0, at + sector.filled, at + size);
    else if (sector.filled < size) return at + sector.filled;
  }
  return length;
}
