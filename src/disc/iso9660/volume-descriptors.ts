// A session's ISO 9660 volume descriptor set (ECMA-119 8): its identity, read from bytes the
// I/O layer has already fetched. Pure; garbage yields undefined or a missing field, never a throw.

import { parseDirectoryRecord } from './directory-record.js';
import { bothEndian16, bothEndian32, decDateTime, isoText, jolietText } from './iso-fields.js';

export const SECTOR_SIZE = 2048;
/** The volume descriptors start at this sector of a session (the 16 before are the system area). */
export const FIRST_DESCRIPTOR_SECTOR = 16;

export interface IsoVolume {
  systemId: string;
  volumeId: string;
  volumeSetId: string;
  publisherId: string;
  preparerId: string;
  applicationId: string;
  /** Blocks, from the PVD. */
  volumeSpaceSize: number;
  logicalBlockSize: number;
  /** The root directory's extent: an absolute block number on multisession discs. */
  rootDirectory: { extentLba: number; dataLength: number };
  /** ISO 8601 text; undefined when the PVD leaves it unspecified. */
  creationDate?: string;
  joliet?: JolietVolume;
}

export interface JolietVolume {
  volumeId: string;
  volumeSetId: string;
  level: 1 | 2 | 3;
}

const TYPE_PRIMARY = 1;
const TYPE_SUPPLEMENTARY = 2;
const TYPE_TERMINATOR = 255;
const STANDARD_ID = Buffer.from('CD001', 'latin1');

// Joliet's escape sequences (UCS-2 levels 1, 2 and 3) at bytes 88-90 of its SVD.
const JOLIET_ESCAPES: ReadonlyMap<string, JolietVolume['level']> = new Map([
  ['%/@', 1],
  ['%/C', 2],
  ['%/E', 3],
]);

/**
 * The volume read from `data`: consecutive 2048-byte sectors from the session's sector 16 on.
 * Reading stops at the set terminator or at the end of `data`. Undefined when the first sector
 * is not an ISO 9660 descriptor (an audio, UDF-only or blank session), when no primary volume
 * descriptor comes before the end, or when the primary one is unusable.
 */
export function parseVolumeDescriptorSet(data: Buffer): IsoVolume | undefined {
  let primary: Omit<IsoVolume, 'joliet'> | undefined;
  let joliet: JolietVolume | undefined;
  for (let at = 0; at + SECTOR_SIZE <= data.length; at += SECTOR_SIZE) {
    const sector = data.subarray(at, at + SECTOR_SIZE);
    // A sector without "CD001" ends the set: the first one means "not ISO 9660" at all.
    if (!sector.subarray(1, 6).equals(STANDARD_ID)) break;
    const type = sector[0];
    if (type === TYPE_TERMINATOR) break;
    if (type === TYPE_PRIMARY && !primary) {
      primary = parsePrimary(sector);
      if (!primary) return undefined;
    }
    if (type === TYPE_SUPPLEMENTARY && !joliet) joliet = parseJoliet(sector);
  }
  if (!primary) return undefined;
  return joliet ? { ...primary, joliet } : primary;
}

/** The PVD's fields (ECMA-119 8.4); undefined when its block size or root record is unusable. */
export function parsePrimary(sector: Buffer): Omit<IsoVolume, 'joliet'> | undefined {
  const volumeSpaceSize = bothEndian32(sector, 80);
  const logicalBlockSize = bothEndian16(sector, 128);
  const root = parseDirectoryRecord(sector.subarray(156, 190), 0);
  // ECMA-119 allows 2^(n+9) bytes, at most the sector size; anything else is not a volume we
  // could find the root of.
  if (volumeSpaceSize === undefined || !root) return undefined;
  if (logicalBlockSize !== 512 && logicalBlockSize !== 1024 && logicalBlockSize !== 2048) return undefined;
  const volume: Omit<IsoVolume, 'joliet'> = {
    systemId: isoText(sector, 8, 32),
    volumeId: isoText(sector, 40, 32),
    volumeSetId: isoText(sector, 190, 128),
    publisherId: isoText(sector, 318, 128),
    preparerId: isoText(sector, 446, 128),
    applicationId: isoText(sector, 574, 128),
    volumeSpaceSize,
    logicalBlockSize,
    rootDirectory: { extentLba: root.extentLba, dataLength: root.dataLength },
  };
  const creationDate = decDateTime(sector, 813);
  return creationDate === undefined ? volume : { ...volume, creationDate };
}

/** A supplementary descriptor's Joliet identity, or undefined when it is not a Joliet one. */
export function parseJoliet(sector: Buffer): JolietVolume | undefined {
  const level = JOLIET_ESCAPES.get(sector.toString('latin1', 88, 91));
  if (level === undefined) return undefined;
  return { volumeId: jolietText(sector, 40, 32), volumeSetId: jolietText(sector, 190, 128), level };
}
