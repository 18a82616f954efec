// What a read back takes and gives, and the one read both ways of hashing share: a range of the
// disc into a buffer, short at the end of the image, stopped at the first read error.
import type { FileHandle } from 'node:fs/promises';
import type { Extent } from '../disc/iso9660/read-directory-tree.js';
import { SECTOR_SIZE } from '../disc/iso9660/volume-descriptors.js';

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

export interface RangeRead {
  filled: number;
  failed: boolean;
}

/** Bytes read into `buffer` at `offset` (fewer at the end of the image), and whether a read failed (EIO). */
export async function readRange(handle: FileHandle, buffer: Buffer, offset: number, length: number, position: number): Promise<RangeRead> {
  let filled = 0;
  try {
    while (filled < length) {
      const { bytesRead } = await handle.read(buffer, offset + filled, length - filled, position + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { filled, failed: false };
  } catch {
    return { filled, failed: true };
  }
}

/** The error of a file whose read from byte `position` of the disc stopped after `got.filled` bytes. */
export function readErrorAt(file: FileToRead, position: number, got: RangeRead): FileDigest {
  const lba = Math.floor((position + got.filled) / SECTOR_SIZE);
  const message = got.failed ? 'the device reported a read error' : 'the disc ends before the file does';
  return { path: file.path, error: { path: file.path, lba, message } };
}
