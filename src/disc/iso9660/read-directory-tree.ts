// Lists the regular files of one session straight from a device or image, so that verify can
// read each file's extents and hash them: one open, positioned reads of the descriptors and of
// every directory (never of file data), breadth first. All parsing happens in the pure modules.

import { open, type FileHandle } from 'node:fs/promises';
import { InternalError } from '../../errors.js';
import { parseDirectoryEntries, suspSkipLength } from './directory-entries.js';
import type { DirectoryTree, Extent } from './directory-entries.js';
import { parseDirectoryRecord } from './directory-record.js';
import { DiscReader, type SectorSource } from './disc-reader.js';
import { IsoReadError } from './iso-read-error.js';
import { volumeEndOf } from './past-end.js';
import { detectRockRidge } from './rock-ridge.js';
import { FIRST_DESCRIPTOR_SECTOR, parseJoliet, parseVolumeDescriptorSet, SECTOR_SIZE } from './volume-descriptors.js';

export type { DirectoryTree, Extent } from './directory-entries.js';
export { IsoDirectoryError, type SectorSource } from './disc-reader.js';

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
  /** The session's number on the disc, for the messages ("session 2: …"). */
  sessionNumber?: number;
}

/** A session's entries beyond this are refused: a real archive disc holds far fewer, and each costs memory. */
const MAX_ENTRIES = 2_000_000;
/** Linux's PATH_MAX: no longer path could have been burned from, or read on, this computer. */
const MAX_PATH_LENGTH = 4096;
/** All paths together: 2 million files of 128 characters. A deep crafted chain of small directories would otherwise cost memory quadratic in its depth. */
const MAX_PATH_CHARACTERS = 256 * 1024 * 1024;
/** Rounds of continuation-area reads for one directory: each round follows the chains one step. */
const MAX_CONTINUATION_ROUNDS = 16;
/** Continuation blocks one directory may need, beyond this many per directory sector. */
const CONTINUATION_BLOCKS_BASE = 64;
const CONTINUATION_BLOCKS_PER_SECTOR = 16;

/**
 * Every regular file of the session at `sessionStartLba` of the device or image at `path`.
 * Throws IsoReadError when the session holds no usable ISO 9660 volume or the asked-for tree,
 * and IsoDirectoryError when a directory cannot be read, is implausibly large or forms a loop.
 */
export async function readSessionFiles(path: string, sessionStartLba: number, options: ReadSessionFilesOptions = {}): Promise<SessionFileList> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw IsoReadError.unreadable(path, sessionStartLba + FIRST_DESCRIPTOR_SECTOR, error);
  }
  try {
    return await readSessionFilesFrom({ source: handle, path, imageSectors: await fileSectors(handle) }, sessionStartLba, options);
  } finally {
    await handle.close();
  }
}

/** As readSessionFiles, through reads the caller provides; `imageSectors` undefined for a device. */
export async function readSessionFilesFrom(disc: { source: SectorSource; path: string; imageSectors: number | undefined }, sessionStartLba: number, options: ReadSessionFilesOptions = {}): Promise<SessionFileList> {
  if (!Number.isSafeInteger(sessionStartLba) || sessionStartLba < 0) throw new InternalError(`session start ${sessionStartLba} is not a sector number`);
  const session = options.sessionNumber === undefined ? `the session at LBA ${sessionStartLba}` : `session ${options.sessionNumber}`;
  return listSession(new DiscReader(disc.source, disc.path, disc.imageSectors), sessionStartLba, session, options.tree ?? 'auto');
}

/** An image file's whole sectors; undefined for a device, whose node does not tell where the disc ends. */
async function fileSectors(handle: FileHandle): Promise<number | undefined> {
  try {
    const info = await handle.stat();
    return info.isFile() ? Math.floor(info.size / SECTOR_SIZE) : undefined;
  } catch {
    return undefined;
  }
}

async function listSession(reader: DiscReader, start: number, session: string, wanted: DirectoryTree | 'auto'): Promise<SessionFileList> {
  const image = reader.path;
  const lba = start + FIRST_DESCRIPTOR_SECTOR;
  const descriptors = await reader.descriptors(lba);
  const volume = parseVolumeDescriptorSet(descriptors);
  if (!volume) throw new IsoReadError(`${image}: the session at LBA ${start} holds no ISO 9660 file system`, { path: image, lba });
  if (volume.logicalBlockSize !== SECTOR_SIZE) {
    throw new IsoReadError(`${image}: the session at LBA ${start} uses ${volume.logicalBlockSize}-byte blocks, which burnplan cannot read`, { path: image, lba });
  }
  reader.limitTo(session, start, volumeEndOf(start, volume.volumeSpaceSize));
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

/**
 * Breadth first from the root; `rootExtent` when it has been read already. A directory met a
 * second time is refused when it is met, not when its turn comes: a crafted tree of directories
 * listing each other would otherwise fill the queue long before the first repeat is read.
 */
async function walk(reader: DiscReader, tree: DirectoryTree, suspSkip: number, root: Extent, rootExtent: Buffer | undefined) {
  const files: SessionFile[] = [];
  const skipped: SessionFileList['skipped'] = [];
  const queue: Array<{ path: string; lba: number; length: number | undefined }> = [{ path: '/', ...root }];
  const seen = new Map<number, string>([[root.lba, '/']]);
  let entries = 0;
  let pathCharacters = 0;
  for (let index = 0; index < queue.length; index++) {
    const { path: dir, lba, length } = queue[index]!;
    if (length === 0) continue;
    const extent = index === 0 && rootExtent ? rootExtent : await reader.directory(dir, lba, length ?? (await reader.relocatedLength(dir, lba)));
    const listed = await entriesOf(reader, extent, { tree, suspSkip, maxEntries: MAX_ENTRIES - entries }, dir, lba);
    entries += listed.length;
    for (const entry of listed) {
      const path = dir === '/' ? `/${entry.name}` : `${dir}/${entry.name}`;
      pathCharacters += path.length;
      if (path.length > MAX_PATH_LENGTH) throw reader.sessionError(dir, lba, `the directory ${dir} at LBA ${lba} holds a path of ${path.length} characters, longer than any file system allows: damaged or crafted image`);
      if (pathCharacters > MAX_PATH_CHARACTERS) throw reader.sessionError(dir, lba, `its paths add up to more than ${MAX_PATH_CHARACTERS} characters, more than burnplan reads: damaged or crafted image`);
      if (entry.kind === 'file') files.push({ path, size: entry.size, extents: entry.extents, ...(entry.recordedAt === undefined ? {} : { recordedAt: entry.recordedAt }) });
      else if (entry.kind === 'directory') {
        if (entry.length === 0) continue;
        const earlier = seen.get(entry.lba);
        if (earlier !== undefined) throw reader.error(path, entry.lba, `is the same directory as ${earlier}: the directory tree loops or lists a directory twice: damaged or crafted image`);
        seen.set(entry.lba, path);
        queue.push({ path, lba: entry.lba, length: entry.length });
      } else skipped.push({ path, kind: entry.kind });
    }
  }
  files.sort((a, b) => (a.extents[0]?.lba ?? -1) - (b.extents[0]?.lba ?? -1) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, skipped };
}

/**
 * The directory's entries, reading the continuation blocks its Rock Ridge entries point to.
 * Those blocks are kept for this directory only, and a directory needing far more of them than
 * it has sectors is garbage: memory stays a small multiple of the directory's own size.
 */
async function entriesOf(reader: DiscReader, extent: Buffer, context: { tree: DirectoryTree; suspSkip: number; maxEntries: number }, dir: string, lba: number) {
  const blocks = new Map<number, Buffer>();
  const allowed = CONTINUATION_BLOCKS_BASE + CONTINUATION_BLOCKS_PER_SECTOR * Math.ceil(extent.length / SECTOR_SIZE);
  for (let round = 0; round < MAX_CONTINUATION_ROUNDS; round++) {
    const listing = parseDirectoryEntries(extent, { ...context, continuationBlocks: blocks });
    if ('entries' in listing) return listing.entries;
    if ('tooMany' in listing) throw reader.error(dir, lba, `takes the session past ${MAX_ENTRIES} entries, more than burnplan reads`);
    if (blocks.size + listing.missingBlocks.length > allowed) throw reader.error(dir, lba, `has Rock Ridge entries pointing to more than ${allowed} continuation blocks`);
    for (const block of listing.missingBlocks.sort((a, b) => a - b)) blocks.set(block, await reader.block(dir, block));
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
