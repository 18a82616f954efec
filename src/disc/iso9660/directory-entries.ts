// The entries of one ISO 9660 directory (ECMA-119 9.1): names, kinds and data extents, with
// Rock Ridge names (RRIP NM), symlinks (PX, SL) and deep-tree relocation (CL, RE). Pure: when
// SUSP entries continue in a continuation area, the caller reads its block and asks again.

import { parseDirectoryRecord } from './directory-record.js';
import type { DirectoryRecord } from './directory-record.js';
import { bothEndian32 } from './iso-fields.js';
import { SECTOR_SIZE } from './volume-descriptors.js';

/** Which names to read: RRIP NM from the primary tree, the Joliet tree, or bare ECMA-119. */
export type DirectoryTree = 'rock-ridge' | 'joliet' | 'iso';

/** `length` bytes from absolute logical block `lba`. */
export interface Extent {
  lba: number;
  length: number;
}

export type DirectoryEntry =
  /** `extents` in file order, empty ones left out: an empty file has none. */
  | { kind: 'file'; name: string; size: number; extents: Extent[]; /** seconds since 1970 UTC */ recordedAt?: number }
  /** `length` is undefined for a relocated directory (RRIP CL): its own "." record holds it. */
  | { kind: 'directory'; name: string; lba: number; length: number | undefined }
  | { kind: 'symlink' | 'special'; name: string };

export interface DirectoryContext {
  tree: DirectoryTree;
  /** SUSP LEN_SKP, from the root's "." SP entry (see suspSkipLength); 0 when it has none. */
  suspSkip: number;
  /** Whole logical blocks holding continuation areas, by absolute block number, read so far. */
  continuationBlocks: ReadonlyMap<number, Buffer>;
  /** More records than this (the parts of a multi-extent file count one each) make the listing `tooMany`, before they are all built. */
  maxEntries?: number;
}

/** The entries, the continuation blocks to read before they can be told, or more entries than allowed. */
export type DirectoryListing = { entries: DirectoryEntry[] } | { missingBlocks: number[] } | { tooMany: true };

const FLAG_DIRECTORY = 0x02;
const FLAG_ASSOCIATED = 0x04;
const FLAG_MULTI_EXTENT = 0x80;
const NM_CONTINUE = 0x01;
const NM_CURRENT = 0x02;
const NM_PARENT = 0x04;
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
/** SUSP allows chained continuation areas; a loop in garbage must still end. */
const MAX_AREAS = 16;

/**
 * `extent` holds a directory's whole extent. Records never cross a sector boundary, so each
 * sector is read until its zero padding. Consecutive records with the multi-extent flag and the
 * one after them form one file (ISO 9660 level 3). Never throws: unusable records are skipped.
 */
export function parseDirectoryEntries(extent: Buffer, context: DirectoryContext): DirectoryListing {
  const entries: DirectoryEntry[] = [];
  const maxEntries = context.maxEntries ?? Infinity;
  let records = 0;
  const missing = new Set<number>();
  let parts: DirectoryRecord[] = [];
  for (let sector = 0; sector < extent.length; sector += SECTOR_SIZE) {
    const block = extent.subarray(sector, sector + SECTOR_SIZE);
    for (let at = 0; at < block.length && block[at] !== 0; at += block[at]!) {
      const record = parseDirectoryRecord(block, at);
      if (!record) break;
      if (isDotOrDotDot(record) || record.flags & FLAG_ASSOCIATED) continue;
      if (++records > maxEntries) return { tooMany: true };
      parts.push(record);
      if (record.flags & FLAG_MULTI_EXTENT) continue;
      const entry = toEntry(parts, context, missing);
      if (entry) entries.push(entry);
      parts = [];
    }
  }
  // A multi-extent file whose last record is missing still keeps the extents it has.
  const unfinished = parts.length > 0 ? toEntry(parts, context, missing) : undefined;
  if (unfinished) entries.push(unfinished);
  return missing.size > 0 ? { missingBlocks: [...missing] } : { entries };
}

/** SUSP LEN_SKP from the SP entry of a root extent's "." record; undefined without SUSP. */
export function suspSkipLength(rootExtent: Buffer): number | undefined {
  const systemUse = parseDirectoryRecord(rootExtent, 0)?.systemUse;
  const isSp = systemUse && systemUse.length >= 7 && systemUse.toString('latin1', 0, 2) === 'SP' &&
    systemUse[4] === 0xbe && systemUse[5] === 0xef;
  return isSp ? systemUse[6]! : undefined;
}

function isDotOrDotDot(record: DirectoryRecord): boolean {
  return record.fileIdentifier.length === 1 && record.fileIdentifier[0]! <= 1;
}

/** One entry from its records (one, or several for a multi-extent file); undefined to skip. */
function toEntry(parts: DirectoryRecord[], context: DirectoryContext, missing: Set<number>): DirectoryEntry | undefined {
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  let rr: RockRidgeInfo | undefined;
  if (context.tree === 'rock-ridge') {
    const found = readRockRidge(first.systemUse.subarray(context.suspSkip), context.continuationBlocks);
    if (typeof found === 'number') {
      missing.add(found);
      return undefined;
    }
    rr = found;
  }
  // A relocated directory is listed where its CL entry stands, not in rr_moved.
  if (rr?.relocated) return undefined;
  const name = rr?.name ?? isoName(first.fileIdentifier, context.tree === 'joliet', (last.flags & FLAG_DIRECTORY) !== 0);
  if (rr?.childLink !== undefined) return { kind: 'directory', name, lba: rr.childLink, length: undefined };
  const type = (rr?.mode ?? 0) & S_IFMT;
  if (rr?.symlink || type === S_IFLNK) return { kind: 'symlink', name };
  if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) return { kind: 'special', name };
  if (last.flags & FLAG_DIRECTORY) return { kind: 'directory', name, lba: dataLba(last), length: last.dataLength };
  const extents = parts.map((part) => ({ lba: dataLba(part), length: part.dataLength }));
  const size = extents.reduce((sum, piece) => sum + piece.length, 0);
  return { kind: 'file', name, size, extents: extents.filter((piece) => piece.length > 0), ...(last.recordedAt === undefined ? {} : { recordedAt: last.recordedAt }) };
}

/** The data starts after the extended attribute record, if the extent has one. */
function dataLba(record: DirectoryRecord): number {
  return record.extentLba + record.extendedAttributeLength;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeText(bytes: Buffer): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/** A Joliet (UCS-2 big-endian) or ECMA-119 identifier without its ";1" version. */
function isoName(identifier: Buffer, joliet: boolean, directory: boolean): string {
  if (joliet) {
    const even = Buffer.from(identifier.subarray(0, identifier.length - (identifier.length % 2)));
    return even.swap16().toString('utf16le').replace(/;\d+$/u, '');
  }
  const name = decodeText(identifier);
  // "README." is how ECMA-119 spells a file name without an extension.
  return directory ? name : name.replace(/;\d+$/u, '').replace(/\.$/u, '');
}

interface RockRidgeInfo {
  name?: string;
  mode?: number;
  symlink: boolean;
  childLink?: number;
  relocated: boolean;
}

/** The RRIP entries of a record's System Use area and its continuation areas, or the block to read. */
function readRockRidge(systemUse: Buffer, blocks: ReadonlyMap<number, Buffer>): RockRidgeInfo | number {
  const info: RockRidgeInfo = { symlink: false, relocated: false };
  const nameParts: Buffer[] = [];
  let nameDone = false;
  let area: Buffer | undefined = systemUse;
  for (let count = 0; area && count < MAX_AREAS; count++) {
    let next: { lba: number; offset: number; length: number } | undefined;
    // Each SUSP entry: two signature bytes, its length (header included), its version.
    for (let at = 0; at + 4 <= area.length; ) {
      const signature = area.toString('latin1', at, at + 2);
      const length = area[at + 2]!;
      if (length < 4 || at + length > area.length || signature === 'ST') break;
      const entry = area.subarray(at, at + length);
      if (signature === 'NM' && length >= 5 && !nameDone) {
        const flags = entry[4]!;
        if (!(flags & (NM_CURRENT | NM_PARENT))) nameParts.push(entry.subarray(5));
        nameDone = !(flags & NM_CONTINUE);
      }
      if (signature === 'PX' && length >= 12) info.mode = bothEndian32(entry, 4);
      if (signature === 'SL') info.symlink = true;
      if (signature === 'RE') info.relocated = true;
      if (signature === 'CL' && length >= 12) info.childLink = bothEndian32(entry, 4);
      if (signature === 'CE' && length >= 28) {
        next = { lba: bothEndian32(entry, 4)!, offset: bothEndian32(entry, 12)!, length: bothEndian32(entry, 20)! };
      }
      at += length;
    }
    if (!next) break;
    const block = blocks.get(next.lba);
    if (!block) return next.lba;
    // An area never spans blocks (SUSP 5.1): whatever would lie past its block is ignored.
    area = block.subarray(Math.min(next.offset, block.length), Math.min(next.offset + next.length, block.length));
  }
  const name = nameParts.length > 0 ? decodeText(Buffer.concat(nameParts)) : '';
  if (isUsableName(name)) info.name = name;
  return info;
}

/** A name that cannot stand in a path falls back to the ISO 9660 identifier. */
function isUsableName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\0]/u.test(name);
}
