// Reads the identity of a disc's sessions straight from a device or image: one open, a few
// positioned reads per session, no subprocess. All parsing happens in the pure modules.

import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { InternalError } from '../../errors.js';
import { errnoCode } from '../../core/errno-words.js';
import { IsoReadError } from './iso-read-error.js';
import { pastEnd, shortRead, volumeEndOf, type VolumeBounds } from './past-end.js';
import { detectRockRidge } from './rock-ridge.js';
import type { ContinuationArea } from './rock-ridge.js';
import { FIRST_DESCRIPTOR_SECTOR, parseVolumeDescriptorSet, SECTOR_SIZE } from './volume-descriptors.js';
import type { IsoVolume } from './volume-descriptors.js';

export { IsoReadError } from './iso-read-error.js';

export interface IsoSession extends IsoVolume {
  rockRidge: boolean;
}

/** Sectors read for the descriptor set: a PVD, an SVD or two, a terminator fit many times over. */
const DESCRIPTOR_SECTORS = 16;
/** SUSP allows chained continuation areas; a loop in garbage must still end. */
const MAX_CONTINUATIONS = 8;

/**
 * The session starting at `sessionStartLba` (absolute sector of a device such as /dev/sr0, an
 * image file or a xorriso stdio file), or undefined when it holds no ISO 9660 volume.
 * Throws IsoReadError when the bytes cannot be read.
 */
export async function readIsoSession(path: string, sessionStartLba: number): Promise<IsoSession | undefined> {
  const [session] = await readIsoSessions(path, [sessionStartLba]);
  return session;
}

/** Several sessions of one disc, in the order given, through one open file handle. */
export async function readIsoSessions(path: string, startLbas: readonly number[]): Promise<Array<IsoSession | undefined>> {
  const bad = startLbas.find((lba) => !Number.isSafeInteger(lba) || lba < 0);
  if (bad !== undefined) throw new InternalError(`session start ${bad} is not a sector number`);
  if (startLbas.length === 0) return [];
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw IsoReadError.unreadable(path, startLbas[0]! + FIRST_DESCRIPTOR_SECTOR, error);
  }
  try {
    const sessions: Array<IsoSession | undefined> = [];
    const imageSectors = await fileSectors(handle);
    // One after the other: an optical drive seeks slowly, and parallel reads only make it seek more.
    for (const start of startLbas) sessions.push(await readSession(handle, path, start, imageSectors));
    return sessions;
  } finally {
    await handle.close();
  }
}

/** An image file's whole sectors; undefined for a device, whose node does not tell where the disc ends. */
async function fileSectors(handle: FileHandle): Promise<number | undefined> {
  const info = await handle.stat().catch(() => undefined);
  return info?.isFile() ? Math.floor(info.size / SECTOR_SIZE) : undefined;
}

async function readSession(handle: FileHandle, path: string, start: number, imageSectors: number | undefined): Promise<IsoSession | undefined> {
  const lba = start + FIRST_DESCRIPTOR_SECTOR;
  const data = await readDescriptorSectors(handle, path, lba);
  if (data.length < SECTOR_SIZE) throw IsoReadError.truncated(path, lba, "the session's volume descriptors");
  const volume = parseVolumeDescriptorSet(data);
  if (!volume) return undefined;
  const rootLba = volume.rootDirectory.extentLba;
  const bounds = { volumeEnd: volumeEndOf(start, volume.volumeSpaceSize), ...(imageSectors === undefined ? {} : { imageSectors }) };
  // the root's first block is all that is read here, however long the root claims to be
  const problem = volume.logicalBlockSize === SECTOR_SIZE ? pastEnd(rootLba, 1, bounds) : undefined;
  // Cut off before its root, the session is still told by its descriptors: whoever reads it
  // finds it cut short (its volume claims more than the disc holds). Its Rock Ridge cannot be told.
  if (problem && rootLba < bounds.volumeEnd) return { ...volume, rockRidge: false };
  if (problem) throw new IsoReadError(`${path}: the root directory of the session at LBA ${start} ${problem}`, { path, lba: rootLba });
  return { ...volume, rockRidge: await readRockRidge(handle, path, volume, bounds) };
}

async function readDescriptorSectors(handle: FileHandle, path: string, lba: number): Promise<Buffer> {
  try {
    return await readAt(handle, path, lba, lba * SECTOR_SIZE, DESCRIPTOR_SECTORS * SECTOR_SIZE);
  } catch (error) {
    if (!(error instanceof IsoReadError) || errnoCode(error.cause) !== 'EIO') throw error;
  }
  // A drive may refuse a read that runs past the end of a short last session: read sector by
  // sector up to the terminator instead. Only the first sector must be readable.
  const sectors: Buffer[] = [];
  for (let index = 0; index < DESCRIPTOR_SECTORS; index++) {
    const sectorLba = lba + index;
    const read = readAt(handle, path, sectorLba, sectorLba * SECTOR_SIZE, SECTOR_SIZE);
    const sector = index === 0 ? await read : await read.catch(() => undefined);
    if (!sector || sector.length < SECTOR_SIZE) break;
    sectors.push(sector);
    if (sector[0] === 255) break;
  }
  return Buffer.concat(sectors);
}

async function readRockRidge(handle: FileHandle, path: string, volume: IsoVolume, bounds: VolumeBounds): Promise<boolean> {
  const blockSize = volume.logicalBlockSize;
  const rootLba = volume.rootDirectory.extentLba;
  const root = await readBlockBytes(handle, path, { lba: rootLba, offset: 0, length: blockSize }, blockSize, { what: 'the root directory', bounds });
  const areas: Buffer[] = [];
  let found = detectRockRidge(root, areas);
  while ('needContinuation' in found && areas.length < MAX_CONTINUATIONS) {
    areas.push(await readBlockBytes(handle, path, found.needContinuation, blockSize, { what: "the Rock Ridge continuation area of the root directory", bounds }));
    found = detectRockRidge(root, areas);
  }
  return 'present' in found && found.present;
}

/** `area.length` bytes at `area.offset` of logical block `area.lba`, kept within that block. */
async function readBlockBytes(handle: FileHandle, path: string, area: ContinuationArea, blockSize: number, told: { what: string; bounds: VolumeBounds }): Promise<Buffer> {
  const length = Math.max(0, Math.min(area.length, blockSize - area.offset));
  const position = area.lba * blockSize + area.offset;
  const sectorLba = Math.floor(position / SECTOR_SIZE);
  const bytes = await readAt(handle, path, sectorLba, position, length);
  if (bytes.length < length) {
    const problem = blockSize === SECTOR_SIZE ? (pastEnd(sectorLba, 1, told.bounds) ?? shortRead(told.bounds)) : shortRead(told.bounds);
    throw new IsoReadError(`${path}: ${told.what} at LBA ${sectorLba} ${problem}`, { path, lba: sectorLba });
  }
  return bytes;
}

/** Up to `length` bytes at `position`; fewer only at the end of the file. */
async function readAt(handle: FileHandle, path: string, lba: number, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  try {
    while (filled < length) {
      const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
  } catch (error) {
    throw IsoReadError.unreadable(path, lba, error);
  }
  return buffer.subarray(0, filled);
}
