// Positioned reads of a session's descriptors and directories through one handle, with errors
// that name the image, the directory and the block. Every directory and continuation block read
// is checked against the session's volume and counted, so that a crafted tree cannot make the
// reader read more than the session holds, however its directories point at each other.

import { parseDirectoryRecord } from './directory-record.js';
import { IsoReadError, reason } from './iso-read-error.js';
import { pastEnd, shortRead, type VolumeBounds } from './past-end.js';
import { SECTOR_SIZE } from './volume-descriptors.js';

/** A directory that cannot be read or makes no sense; `directory` is its path on the disc. */
export class IsoDirectoryError extends IsoReadError {
  readonly directory: string;

  constructor(message: string, where: { path: string; lba: number; directory: string }, options: { cause?: unknown } = {}) {
    super(message, where, options);
    this.name = 'IsoDirectoryError';
    this.directory = where.directory;
  }
}

const DESCRIPTOR_SECTORS = 16;
/** Far above any real directory (a few MiB for 100,000 entries with long names); garbage is not. */
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

/** Positioned reads, as a FileHandle gives them; tests pass one that counts. */
export interface SectorSource {
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
}

/** What the directory reads are bounded by, known once the session's volume descriptor is read. */
interface SessionLimits extends VolumeBounds {
  /** "session 2", or "the session at LBA 30000" when the caller did not say its number. */
  session: string;
  /** The session's bytes as its volume claims them: its directories, read each once, cannot add up to more. */
  bytes: number;
}

export class DiscReader {
  private limits: SessionLimits | undefined;
  /** Directory and continuation bytes read so far. */
  private directoryBytes = 0;

  constructor(
    private readonly source: SectorSource,
    readonly path: string,
    private readonly imageSectors: number | undefined,
  ) {}

  /** From here on, reads are checked against this volume and their total bounded by its size. */
  limitTo(session: string, start: number, volumeEnd: number): void {
    const bounds = this.imageSectors === undefined ? { volumeEnd } : { volumeEnd, imageSectors: this.imageSectors };
    // an image file that ends first bounds them tighter: a crafted volume size must not widen the budget
    const end = Math.min(volumeEnd, this.imageSectors ?? volumeEnd);
    this.limits = { ...bounds, session, bytes: Math.max(0, end - start) * SECTOR_SIZE };
  }

  /** The descriptor set, sector by sector up to its terminator: a drive may refuse a read past a short last session. */
  async descriptors(lba: number): Promise<Buffer> {
    const sectors: Buffer[] = [];
    for (let index = 0; index < DESCRIPTOR_SECTORS; index++) {
      let sector: Buffer;
      try {
        sector = await this.readAt(lba + index, SECTOR_SIZE);
      } catch (error) {
        if (index === 0) throw IsoReadError.unreadable(this.path, lba, error);
        break;
      }
      if (sector.length < SECTOR_SIZE) {
        if (index === 0) throw IsoReadError.truncated(this.path, lba, "the session's volume descriptors");
        break;
      }
      sectors.push(sector);
      if (sector[0] === 255) break;
    }
    return Buffer.concat(sectors);
  }

  async directory(dir: string, lba: number, length: number): Promise<Buffer> {
    if (length > MAX_DIRECTORY_BYTES) throw this.error(dir, lba, `claims ${length} bytes, far more than any directory holds: damaged or crafted image`);
    return this.readFully(dir, lba, length);
  }

  /** The length a relocated directory (RRIP CL) gives itself in its "." record. */
  async relocatedLength(dir: string, lba: number): Promise<number> {
    const dot = parseDirectoryRecord(await this.readFully(dir, lba, SECTOR_SIZE), 0);
    if (!dot || dot.fileIdentifier[0] !== 0 || dot.extentLba !== lba) throw this.error(dir, lba, 'is a relocated directory whose "." record is missing');
    return dot.dataLength;
  }

  /** A block holding Rock Ridge continuation areas of the directory `dir`. */
  async block(dir: string, lba: number): Promise<Buffer> {
    return this.readFully(dir, lba, SECTOR_SIZE, `the Rock Ridge continuation area of the directory ${dir}`);
  }

  error(dir: string, lba: number, problem: string, options: { subject?: string; cause?: unknown } = {}): IsoDirectoryError {
    const subject = options.subject ?? `the directory ${dir}`;
    return new IsoDirectoryError(`${this.path}: ${subject} at LBA ${lba} ${problem}`, { path: this.path, lba, directory: dir }, { cause: options.cause });
  }

  /** A problem with the session's tree as a whole, named by the directory where it showed. */
  sessionError(dir: string, lba: number, problem: string): IsoDirectoryError {
    return new IsoDirectoryError(`${this.path}: ${this.limits?.session ?? 'the session'}: ${problem}`, { path: this.path, lba, directory: dir });
  }

  private async readFully(dir: string, lba: number, length: number, subject?: string): Promise<Buffer> {
    const sectors = Math.ceil(length / SECTOR_SIZE);
    if (this.limits) {
      const problem = pastEnd(lba, sectors, this.limits);
      if (problem) throw this.error(dir, lba, problem, { subject });
      const total = this.directoryBytes + sectors * SECTOR_SIZE;
      if (total > this.limits.bytes) {
        throw this.sessionError(dir, lba, `directory tree larger than the session (${total} bytes of directories in a ${this.limits.bytes} byte session): damaged or crafted image`);
      }
      this.directoryBytes = total;
    }
    let bytes: Buffer;
    try {
      bytes = await this.readAt(lba, length);
    } catch (error) {
      throw this.error(dir, lba, `cannot be read: ${reason(error)}`, { subject, cause: error });
    }
    if (bytes.length < length) throw this.error(dir, lba, shortRead(this.limits ?? { volumeEnd: lba + sectors, ...(this.imageSectors === undefined ? {} : { imageSectors: this.imageSectors }) }), { subject });
    return bytes;
  }

  /** Up to `length` bytes from the start of sector `lba`; fewer only at the end of the file. */
  private async readAt(lba: number, length: number): Promise<Buffer> {
    const buffer = Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
      const { bytesRead } = await this.source.read(buffer, filled, length - filled, lba * SECTOR_SIZE + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  }
}
