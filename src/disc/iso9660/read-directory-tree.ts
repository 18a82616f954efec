// Lists the regular files of one session straight from a device or image, so that verify can
// read each file's extents and hash them: one open, positioned reads of the descriptors and of
// every directory (never of file data), breadth first. All parsing happens in the pure modules.

import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { InternalError } from '../../errors.js';
import { parseDirectoryEntries, suspSkipLength } from './directory-entries.js';
import type { DirectoryTree, Extent } from './directory-entries.js';
import { parseDirectoryRecord } from './directory-record.js';
import { IsoReadError, reason } from './iso-read-error.js';
import { detectRockRidge } from './rock-ridge.js';
import { FIRST_DESCRIPTOR_SECTOR, parseJoliet, parseVolumeDescriptorSet, SECTOR_SIZE } from './volume-descriptors.js';

export type { DirectoryTree, Extent } from './directory-entries.js';

export interface SessionFile {
  /** Absolute disc path, "/" separated: "/photos/2026/a.jpg". */
  path: string;
  size: number;
  /** Absolute logical blocks (2048 bytes), in file order; none for an empty file. */
  extents: Extent[];
  /** Its recorded time (mkisofs: the modification time), seconds since 1970 UTC. */
  recordedAt?: number;
}

export interface SessionFileList {
  tree: DirectoryTree;
  /** Regular files, by their first extent's block (empty files first), so reads go front to back. */
  files: SessionFile[];
  /** What is neither a file nor a directory and so has no bytes to hash. */
  skipped: Array<{ path: string; kind: 'symlink' | 'special' }>;
}

export interface ReadSessionFilesOptions {
  /** 'auto' (the default): Rock Ridge names when the session has them, else Joliet, else ISO 9660. */
  tree?: DirectoryTree | 'auto';
}

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
/** Rounds of continuation-area reads for one directory: each round follows the chains one step. */
const MAX_CONTINUATION_ROUNDS = 16;

/**
 * Every regular file of the session at `sessionStartLba` of the device or image at `path`.
 * Throws IsoReadError when the session holds no usable ISO 9660 volume or the asked-for tree,
 * and IsoDirectoryError when a directory cannot be read, is implausibly large or forms a loop.
 */
export async function readSessionFiles(path: string, sessionStartLba: number, options: ReadSessionFilesOptions = {}): Promise<SessionFileList> {
  if (!Number.isSafeInteger(sessionStartLba) || sessionStartLba < 0) throw new InternalError(`session start ${sessionStartLba} is not a sector number`);
  const descriptorLba = sessionStartLba + FIRST_DESCRIPTOR_SECTOR;
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw IsoReadError.unreadable(path, descriptorLba, error);
  }
  try {
    return await listSession(new DiscReader(handle, path), sessionStartLba, options.tree ?? 'auto');
  } finally {
    await handle.close();
  }
}

async function listSession(reader: DiscReader, start: number, wanted: DirectoryTree | 'auto'): Promise<SessionFileList> {
  const image = reader.path;
  const lba = start + FIRST_DESCRIPTOR_SECTOR;
  const descriptors = await reader.descriptors(lba);
  const volume = parseVolumeDescriptorSet(descriptors);
  if (!volume) throw new IsoReadError(`${image}: the session at LBA ${start} holds no ISO 9660 file system`, { path: image, lba });
  if (volume.logicalBlockSize !== SECTOR_SIZE) {
    throw new IsoReadError(`${image}: the session at LBA ${start} uses ${volume.logicalBlockSize}-byte blocks, which burnplan cannot read`, { path: image, lba });
  }
  const primaryRoot = { lba: volume.rootDirectory.extentLba, length: volume.rootDirectory.dataLength };
  const primaryExtent = wanted === 'joliet' ? undefined : await reader.directory('/', primaryRoot.lba, primaryRoot.length);
  const rockRidge = primaryExtent && wanted !== 'iso' ? await hasRockRidge(reader, primaryExtent) : false;
  const jolietRoot = jolietRootOf(descriptors);
  const tree = wanted !== 'auto' ? wanted : rockRidge ? 'rock-ridge' : jolietRoot ? 'joliet' : 'iso';
  if (tree === 'rock-ridge' && !rockRidge) throw new IsoReadError(`${image}: the session at LBA ${start} has no Rock Ridge names`, { path: image, lba });
  if (tree === 'joliet' && !jolietRoot) throw new IsoReadError(`${image}: the session at LBA ${start} has no Joliet tree`, { path: image, lba });
  const root = tree === 'joliet' ? jolietRoot! : primaryRoot;
  const suspSkip = tree === 'rock-ridge' ? (suspSkipLength(primaryExtent!) ?? 0) : 0;
  const rootExtent = tree === 'joliet' ? undefined : primaryExtent;
  return { tree, ...(await walk(reader, tree, suspSkip, root, rootExtent)) };
}

/** Breadth first from the root; `rootExtent` when it has been read already. */
async function walk(reader: DiscReader, tree: DirectoryTree, suspSkip: number, root: Extent, rootExtent: Buffer | undefined) {
  const files: SessionFile[] = [];
  const skipped: SessionFileList['skipped'] = [];
  const queue: Array<{ path: string; lba: number; length: number | undefined }> = [{ path: '/', ...root }];
  const seen = new Map<number, string>();
  const blocks = new Map<number, Buffer>();
  for (let index = 0; index < queue.length; index++) {
    const { path: dir, lba, length } = queue[index]!;
    if (length === 0) continue;
    const earlier = seen.get(lba);
    if (earlier !== undefined) throw reader.error(dir, lba, `is the same directory as ${earlier}: the directory tree loops`);
    seen.set(lba, dir);
    const extent = index === 0 && rootExtent ? rootExtent : await reader.directory(dir, lba, length ?? (await reader.relocatedLength(dir, lba)));
    for (const entry of await entriesOf(reader, extent, { tree, suspSkip, continuationBlocks: blocks }, dir, lba)) {
      const path = dir === '/' ? `/${entry.name}` : `${dir}/${entry.name}`;
      if (entry.kind === 'file') files.push({ path, size: entry.size, extents: entry.extents, ...(entry.recordedAt === undefined ? {} : { recordedAt: entry.recordedAt }) });
      else if (entry.kind === 'directory') queue.push({ path, lba: entry.lba, length: entry.length });
      else skipped.push({ path, kind: entry.kind });
    }
  }
  files.sort((a, b) => (a.extents[0]?.lba ?? -1) - (b.extents[0]?.lba ?? -1) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, skipped };
}

/** The directory's entries, reading the continuation blocks its Rock Ridge entries point to. */
async function entriesOf(reader: DiscReader, extent: Buffer, context: { tree: DirectoryTree; suspSkip: number; continuationBlocks: Map<number, Buffer> }, dir: string, lba: number) {
  for (let round = 0; round < MAX_CONTINUATION_ROUNDS; round++) {
    const listing = parseDirectoryEntries(extent, context);
    if ('entries' in listing) return listing.entries;
    for (const block of listing.missingBlocks.sort((a, b) => a - b)) context.continuationBlocks.set(block, await reader.block(dir, block));
  }
  throw reader.error(dir, lba, 'has Rock Ridge entries whose continuation areas chain without end');
}

async function hasRockRidge(reader: DiscReader, rootExtent: Buffer): Promise<boolean> {
  const areas: Buffer[] = [];
  let found = detectRockRidge(rootExtent, areas);
  while ('needContinuation' in found && areas.length < MAX_CONTINUATION_ROUNDS) {
    const { lba, offset, length } = found.needContinuation;
    const block = await reader.block('/', lba);
    areas.push(block.subarray(Math.min(offset, block.length), Math.min(offset + length, block.length)));
    found = detectRockRidge(rootExtent, areas);
  }
  return 'present' in found && found.present;
}

/** The root of the first Joliet supplementary descriptor, if the set holds one. */
export function jolietRootOf(descriptors: Buffer): Extent | undefined {
  for (let at = 0; at + SECTOR_SIZE <= descriptors.length; at += SECTOR_SIZE) {
    const sector = descriptors.subarray(at, at + SECTOR_SIZE);
    if (sector[0] === 255) break;
    if (sector[0] !== 2 || !parseJoliet(sector)) continue;
    const root = parseDirectoryRecord(sector.subarray(156, 190), 0);
    if (root) return { lba: root.extentLba, length: root.dataLength };
  }
  return undefined;
}

/** Positioned reads through one handle, with errors that name the image, the directory and the block. */
class DiscReader {
  constructor(
    private readonly handle: FileHandle,
    readonly path: string,
  ) {}

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
    if (length > MAX_DIRECTORY_BYTES) throw this.error(dir, lba, `claims ${length} bytes, far more than any directory holds`);
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

  private async readFully(dir: string, lba: number, length: number, subject?: string): Promise<Buffer> {
    let bytes: Buffer;
    try {
      bytes = await this.readAt(lba, length);
    } catch (error) {
      throw this.error(dir, lba, `cannot be read: ${reason(error)}`, { subject, cause: error });
    }
    if (bytes.length < length) throw this.error(dir, lba, 'lies past the end of the image (truncated image?)', { subject });
    return bytes;
  }

  /** Up to `length` bytes from the start of sector `lba`; fewer only at the end of the file. */
  private async readAt(lba: number, length: number): Promise<Buffer> {
    const buffer = Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
      const { bytesRead } = await this.handle.read(buffer, filled, length - filled, lba * SECTOR_SIZE + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  }
}
