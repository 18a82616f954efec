// Reads a byte range of a disc whatever its damage: large reads while they succeed; where one
// fails, sector by sector, each sector tried again a few times, and a sector that never reads
// handed on as zeros and counted. A disc or drive that is gone is no bad sector: that ends it.
import { UserError } from '../errors.js';
import { DEVICE_READ_WORDS, errnoCode, errnoWords } from '../core/errno-words.js';
import { SECTOR_BYTES } from './recovery-layout.js';

/** A positioned read: the bytes read into `buffer` at `offset`, 0 at the end of the medium. */
export type ReadAt = (buffer: Buffer, offset: number, length: number, position: number) => Promise<number>;

export interface TolerantReadOptions {
  /** The device or image, for the message when it is gone. */
  device: string;
  /** Further tries of a sector that failed (2 unless told). */
  retries?: number;
}

export const CHUNK_BYTES = 2 * 1024 * 1024;
export const DEFAULT_RETRIES = 2;

/** The drive or the disc is gone (or never was): reading on would fail at every sector alike. */
const GONE = new Set(['ENOMEDIUM', 'ENODEV', 'ENXIO', 'EBADF']);

/**
 * Reads `length` bytes from `position` (a multiple of the sector), handing them to `onChunk` in
 * order, at most CHUNK_BYTES at a time (the buffer is reused: copy what is kept). Returns the
 * LBAs of the sectors that could not be read, which were handed on as zeros.
 */
export async function readSectorsTolerant(
  read: ReadAt,
  position: number,
  length: number,
  onChunk: (bytes: Buffer) => Promise<void> | void,
  options: TolerantReadOptions,
): Promise<number[]> {
  const retries = options.retries ?? DEFAULT_RETRIES;
  const buffer = Buffer.alloc(Math.min(CHUNK_BYTES, Math.max(length, 1)));
  const bad: number[] = [];
  let ended = false;
  for (let done = 0; done < length; ) {
    const want = Math.min(CHUNK_BYTES, length - done);
    const at = position + done;
    const whole = ended ? 0 : await tryFill(read, buffer, 0, want, at, options.device);
    if (whole !== want) {
      for (let sector = 0; sector < want; sector += SECTOR_BYTES) {
        const size = Math.min(SECTOR_BYTES, want - sector);
        if (!ended) {
          const got = await readSector(read, buffer, sector, size, at + sector, retries, options.device);
          if (got === size) continue;
          // nothing more where the medium ends: the sectors after it are as lost as this one
          ended = got === 'end';
        }
        buffer.fill(0, sector, sector + size);
        bad.push(Math.floor((at + sector) / SECTOR_BYTES));
      }
    }
    await onChunk(buffer.subarray(0, want));
    done += want;
  }
  return bad;
}

/** One sector, tried 1 + retries times: its size when it read whole, 'end' where the medium ends, else 'failed'. */
async function readSector(read: ReadAt, buffer: Buffer, offset: number, size: number, position: number, retries: number, device: string): Promise<number | 'end' | 'failed'> {
  for (let attempt = 0; attempt <= retries; attempt++) {
    const got = await tryFill(read, buffer, offset, size, position, device);
    if (got === size) return got;
    if (got === 0 && (await atEnd(read, position, device))) return 'end';
  }
  return 'failed';
}

/** Reads on until `length` bytes, the end of the medium or a read error; the bytes read, -1 on a read error. */
async function tryFill(read: ReadAt, buffer: Buffer, offset: number, length: number, position: number, device: string): Promise<number> {
  let filled = 0;
  try {
    while (filled < length) {
      const got = await read(buffer, offset + filled, length - filled, position + filled);
      if (got === 0) break;
      filled += got;
    }
    return filled;
  } catch (error) {
    refuseGone(error, device);
    return -1;
  }
}

/** Whether a read at `position` gives nothing without an error: the medium ends before it. */
async function atEnd(read: ReadAt, position: number, device: string): Promise<boolean> {
  try {
    return (await read(Buffer.alloc(1), 0, 1, position)) === 0;
  } catch (error) {
    refuseGone(error, device);
    return false;
  }
}

function refuseGone(error: unknown, device: string): void {
  const code = errnoCode(error);
  if (code === undefined) throw error;
  if (GONE.has(code)) throw new UserError(`${device}: ${errnoWords(error, DEVICE_READ_WORDS)}: the disc cannot be read on (${code})`, { cause: error });
}
