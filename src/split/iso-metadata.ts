// An upper bound on the file system a session's image adds to its files: ISO 9660 with Rock
// Ridge and Joliet as xorriso and genisoimage write them. Pure. Derived from ECMA-119 (ISO 9660)
// and the RRIP/SUSP and Joliet specifications, always taking the larger case:
// - A directory record is 33 bytes + the identifier + 1 pad byte when it is even (ECMA-119
//   9.1); ISO names are at most 37 bytes here (xorriso's longest relaxed names) plus ";1".
// - Rock Ridge adds to each record PX (44 bytes, RRIP 1.12), TF (5 + 4 stamps × 7), NM (5 +
//   the name's bytes), SL for a link (5 + 2 per byte of its target, the worst case of one
//   component per byte), and 40 bytes for xorriso's MD5 attribute (AAIP "AL", -md5 on). A record
//   holds at most 255 bytes: the rest goes to a continuation area (CE, 28 bytes) elsewhere.
// - Joliet records hold the name in UCS-2: 2 bytes per UTF-16 unit, up to 103 units, ";1" added.
// - Records never cross a sector: a sector of a directory holds at least 2,048 - 254 bytes.
// - Each directory starts with "." and ".." (34 bytes + Rock Ridge each, in both trees); a path
//   table entry is 8 bytes + the name (+ pad); each tree has an L and an M table.
// - A file of 4 GiB or more at ISO level 3 is cut into extents of 4 GiB - 2 KiB, one record each.
// The fixed part, the padding and the alignment are below.
import { SECTOR_BYTES } from './split-model.js';

const ISO_NAME_MAX = 37 + 2;
const JOLIET_UNITS_MAX = 103 + 2;
const RECORD_MAX = 255;
const CE_FIELD = 28;
const ROCK_RIDGE_BASE = 44 + 5 + 4 * 7;
const MD5_ATTRIBUTE = 40;
export const DIRECTORY_FILL = SECTOR_BYTES - (RECORD_MAX - 1);
/** Largest extent of a file at ISO level 3, as xorriso cuts them. */
export const EXTENT_MAX_BYTES = 2 ** 32 - SECTOR_BYTES;

/**
 * The part of every session that does not grow with its files: 16 system area sectors, the
 * volume descriptors, xorriso's header on multisession media (32 sectors), its MD5 tags and the
 * root's own Rock Ridge entries (SP, ER). Taken from measurement rather than summed: xorriso
 * 1.5 measures a session of one one-sector file in one folder at 96 sectors with `-md5 on
 * -padding 0 -print_size` (64 without -md5), its folders, records and data included; all 96
 * are taken as fixed, and each folder and record is counted on top.
 */
export const SESSION_FIXED_SECTORS = 96;
/** 300 KiB of padding after the image: xorriso's default, and mkisofs -pad's. */
export const SESSION_PADDING_SECTORS = 150;
/** xorriso's images end on a multiple of 32 sectors (-print_size counts them so). */
export const SESSION_ALIGNMENT = 32;

/** The whole image: its contents, the padding, rounded up to the alignment. */
export function imageSectors(contents: number): number {
  return Math.ceil((contents + SESSION_PADDING_SECTORS) / SESSION_ALIGNMENT) * SESSION_ALIGNMENT;
}

const pad = (length: number): number => length + (length % 2 === 0 ? 1 : 0);

export interface RecordBytes {
  iso: number;
  joliet: number;
  /** Bytes of Rock Ridge entries moved to a continuation area. */
  continued: number;
}

/** What one entry adds to its folder's records in each tree. */
export function recordBytes(name: string, kind: 'file' | 'folder' | 'symlink' | 'other', size: number): RecordBytes {
  const nameBytes = Buffer.byteLength(name, 'utf8');
  const isoIdentifier = Math.min(nameBytes, ISO_NAME_MAX);
  let rockRidge = ROCK_RIDGE_BASE + 5 + nameBytes + (kind === 'file' ? MD5_ATTRIBUTE : 0);
  if (kind === 'symlink') rockRidge += 5 + 2 * size;
  const whole = 33 + pad(isoIdentifier) + rockRidge;
  const iso = Math.min(whole, RECORD_MAX);
  const continued = whole > RECORD_MAX ? whole - RECORD_MAX + CE_FIELD : 0;
  const joliet = 33 + pad(2 * Math.min(name.length + 2, JOLIET_UNITS_MAX));
  const extents = kind === 'file' ? Math.max(1, Math.ceil(size / EXTENT_MAX_BYTES)) : 1;
  return { iso: iso * extents, joliet: joliet * extents, continued };
}

/** "." and ".." of a folder, in each tree. */
export const DOT_RECORDS: RecordBytes = { iso: 2 * (34 + ROCK_RIDGE_BASE), joliet: 2 * 34, continued: 0 };

/** The sectors of one folder's records, in both trees. */
export function folderSectors(bytes: RecordBytes): number {
  return Math.ceil(bytes.iso / DIRECTORY_FILL) + Math.ceil(bytes.joliet / DIRECTORY_FILL);
}

/** What one folder adds to the path tables of each tree. */
export function pathTableBytes(name: string): { iso: number; joliet: number } {
  const nameBytes = Math.max(1, Buffer.byteLength(name, 'utf8'));
  return { iso: 8 + pad(Math.min(nameBytes, ISO_NAME_MAX)) + 1, joliet: 8 + 2 * Math.min(name.length, JOLIET_UNITS_MAX) };
}

/** Both trees' L and M path tables. */
export function pathTableSectors(bytes: { iso: number; joliet: number }): number {
  return 2 * Math.ceil(bytes.iso / SECTOR_BYTES) + 2 * Math.ceil(bytes.joliet / SECTOR_BYTES);
}

/**
 * The checksums a session records of its files: xorriso's MD5 array (16 bytes a file, and one
 * for the session), or the cdrecord path's /.burnplan/session-NN.sha256 ("HASH  PATH" lines) in
 * a folder of its own (its sectors in both trees, its record, its path table entry). Both are
 * counted: the backend may be chosen at burn time.
 */
export function checksumSectors(files: number, pathBytes: number): number {
  const md5 = Math.ceil((16 * (files + 1)) / SECTOR_BYTES);
  const sha256 = Math.ceil((files * (64 + 2 + 1 + 1) + pathBytes) / SECTOR_BYTES);
  return md5 + sha256 + 2 + 2 + 1;
}

export function dataSectors(size: number): number {
  return Math.ceil(size / SECTOR_BYTES);
}
