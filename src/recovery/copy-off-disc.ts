// Copies files off a disc or image into files of this computer, every readable sector of them:
// one open of the device, the files in the order given (front to back), each byte read once and
// hashed on the way. Unreadable sectors are written as zeros and counted per file.
import { createHash } from 'node:crypto';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { DEVICE_READ_WORDS, errnoWords } from '../core/errno-words.js';
import type { Extent } from '../disc/iso9660/read-directory-tree.js';
import { UserError } from '../errors.js';
import type { FileHashes } from './recover-model.js';
import { readSectorsTolerant, type ReadAt } from './read-sectors-tolerant.js';
import { SECTOR_BYTES } from './recovery-layout.js';

export interface FileOffDisc {
  /** The disc path, for the results. */
  path: string;
  extents: readonly Extent[];
  /** Where the copy goes; it must not exist yet. */
  target: string;
}

export interface CopiedFile {
  path: string;
  target: string;
  bytes: number;
  hashes: FileHashes;
  badSectors: number[];
}

export interface CopyOffOptions {
  /** The device as the user named it, for the messages. */
  device: string;
  retries?: number;
  /** Also a SHA-256 of each file (the cdrecord path records those). */
  sha256: boolean;
  onBytes?: (bytes: number) => void;
}

export async function copyOffDisc(image: string, files: readonly FileOffDisc[], options: CopyOffOptions): Promise<CopiedFile[]> {
  let disc: FileHandle;
  try {
    disc = await open(image, 'r');
  } catch (error) {
    throw new UserError(`${options.device}: ${errnoWords(error, DEVICE_READ_WORDS)}`, { cause: error });
  }
  try {
    const read: ReadAt = async (buffer, offset, length, position) => (await disc.read(buffer, offset, length, position)).bytesRead;
    const copied: CopiedFile[] = [];
    for (const file of files) copied.push(await copyOne(read, file, options));
    return copied;
  } finally {
    await disc.close();
  }
}

async function copyOne(read: ReadAt, file: FileOffDisc, options: CopyOffOptions): Promise<CopiedFile> {
  const md5 = createHash('md5');
  const sha256 = options.sha256 ? createHash('sha256') : undefined;
  const badSectors: number[] = [];
  let bytes = 0;
  const out = await createTarget(file.target);
  try {
    for (const extent of file.extents) {
      const bad = await readSectorsTolerant(
        read,
        extent.lba * SECTOR_BYTES,
        extent.length,
        async (chunk) => {
          md5.update(chunk);
          sha256?.update(chunk);
          await writeAll(out, chunk, file.target);
          bytes += chunk.length;
          options.onBytes?.(chunk.length);
        },
        { device: options.device, ...(options.retries === undefined ? {} : { retries: options.retries }) },
      );
      badSectors.push(...bad);
    }
  } finally {
    await out.close();
  }
  return { path: file.path, target: file.target, bytes, hashes: { md5: md5.digest('hex'), ...(sha256 ? { sha256: sha256.digest('hex') } : {}) }, badSectors };
}

async function createTarget(target: string): Promise<FileHandle> {
  try {
    await mkdir(path.dirname(target), { recursive: true });
    // 'wx': a file there already is never overwritten (two disc paths that land on one name)
    return await open(target, 'wx');
  } catch (error) {
    throw new UserError(`${target}: ${errnoWords(error)}`, { cause: error });
  }
}

async function writeAll(out: FileHandle, chunk: Buffer, target: string): Promise<void> {
  try {
    for (let done = 0; done < chunk.length; ) done += (await out.write(chunk, done, chunk.length - done)).bytesWritten;
  } catch (error) {
    throw new UserError(`${target}: ${errnoWords(error)}`, { cause: error });
  }
}
