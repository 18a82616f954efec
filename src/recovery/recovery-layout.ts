// What PAR2 recovery data for one session will be, decided before any of it is made: the slice
// size, how many recovery slices, the names par2 gives its two files and an upper bound of their
// bytes, so that diff can reserve the room and apply can check what par2 wrote. Pure.
// The numbers follow par2cmdline 0.8.1 (Debian's par2): par2creator.cpp, par2fileformat.h and
// commandline.cpp; the sizes are exact for it except the creator packet, bounded for any version.
import { InternalError, UserError } from '../errors.js';

/** A file of the session as it will lie on the disc. */
export interface RecoverySourceFile {
  /** Relative to the disc's root, '/' between folders: `photos/2024/a.jpg`. */
  discPath: string;
  size: number;
}

export interface RecoveryOutputFile {
  /** The file's name in `/.burnplan/`: `session-01.par2`, `session-01.vol00+10.par2`. */
  name: string;
  maxBytes: number;
}

export interface RecoveryLayout<F extends RecoverySourceFile = RecoverySourceFile> {
  sessionNumber: number;
  percent: number;
  /** `session-01`: par2's base name, without `.par2`. */
  baseName: string;
  /** The files par2 covers: the session's files that are not empty (par2 leaves those out). */
  coveredFiles: readonly F[];
  /** Bytes per slice, a multiple of the 2048-byte sector. */
  blockSize: number;
  sourceBlockCount: number;
  recoveryBlockCount: number;
  /**
   * Put before every name stored in the PAR2 packets: './' when a covered file at the disc's root
   * has a one-byte name, which par2cmdline 0.8.1 crashes on (std::out_of_range in
   * TranslateFilenameFromLocalToPar2, fixed upstream after 0.8.1); '' otherwise.
   */
  storedNamePrefix: '' | './';
  /** The index file first, then the one file of recovery slices; none when nothing is covered. */
  outputFiles: readonly RecoveryOutputFile[];
  /** Upper bound of the bytes of all output files together. */
  maxBytes: number;
  /** Any this many damaged 2048-byte sectors of covered files can be repaired. */
  recoverableSectors: number;
  /** Damage lying together inside one file: this many bytes can be repaired. */
  recoverableContiguousBytes: number;
}

export const SECTOR_BYTES = 2048;
/** par2cmdline refuses more source slices than this (ComputeBlockCount) and more than this -c. */
export const MAX_PAR2_BLOCKS = 32768;
/** About this many source slices: fewer make repairs coarse, more make the index large. */
const TARGET_SOURCE_BLOCKS = 2000;

// Packet sizes from par2fileformat.h: every packet has a 64-byte header.
const HEADER_BYTES = 64;
const MAIN_PACKET_FIXED_BYTES = HEADER_BYTES + 8 + 4; // block size, file count
const FILE_ID_BYTES = 16;
const FILE_DESCRIPTION_FIXED_BYTES = HEADER_BYTES + 16 + 16 + 16 + 8; // file id, 2 hashes, length
const SLICE_CHECKSUMS_FIXED_BYTES = HEADER_BYTES + 16; // file id
const SLICE_CHECKSUM_ENTRY_BYTES = 16 + 4; // MD5 + CRC32 per slice
const RECOVERY_PACKET_FIXED_BYTES = HEADER_BYTES + 4; // exponent
// 0.8.1 writes "Created by par2cmdline version 0.8.1." (37 bytes); room for any version's text
const MAX_CREATOR_TEXT_BYTES = 128;
const MAX_CREATOR_PACKET_BYTES = HEADER_BYTES + MAX_CREATOR_TEXT_BYTES;

const utf8 = new TextEncoder();

export function planRecovery<F extends RecoverySourceFile>(files: readonly F[], percent: number, sessionNumber: number): RecoveryLayout<F> {
  if (!Number.isInteger(percent) || percent < 1 || percent > 100) {
    throw new UserError(`recovery: ${percent}% is not a whole percent from 1 to 100`);
  }
  if (!Number.isInteger(sessionNumber) || sessionNumber < 1) throw new InternalError(`recovery: session number ${sessionNumber}`);
  files.forEach(checkDiscPath);
  const baseName = `session-${String(sessionNumber).padStart(2, '0')}`;
  const coveredFiles = files.filter((file) => file.size > 0);
  if (coveredFiles.length > MAX_PAR2_BLOCKS) {
    throw new UserError(
      `recovery: session ${sessionNumber} has ${coveredFiles.length} files that are not empty, PAR2 covers at most ${MAX_PAR2_BLOCKS}: split the session or turn recovery off`,
    );
  }
  const sizes = coveredFiles.map((file) => file.size);
  const blockSize = chooseBlockSize(sizes);
  const sourceBlockCount = countBlocks(sizes, blockSize);
  // sourceBlockCount ≤ 32768 and percent ≤ 100, so this stays within par2's -c limit (32768)
  const recoveryBlockCount = sourceBlockCount === 0 ? 0 : Math.max(1, Math.ceil((sourceBlockCount * percent) / 100));
  const storedNamePrefix = coveredFiles.some((file) => utf8.encode(file.discPath).length === 1) ? './' : '';
  const outputFiles =
    recoveryBlockCount === 0 ? [] : outputFilesOf(baseName, coveredFiles, storedNamePrefix, blockSize, recoveryBlockCount);
  return {
    sessionNumber,
    percent,
    baseName,
    coveredFiles,
    blockSize,
    sourceBlockCount,
    recoveryBlockCount,
    storedNamePrefix,
    outputFiles,
    maxBytes: outputFiles.reduce((sum, file) => sum + file.maxBytes, 0),
    recoverableSectors: recoveryBlockCount,
    recoverableContiguousBytes: recoveryBlockCount * blockSize,
  };
}

/**
 * About total/2000 in whole sectors, but never more than the largest file (every file is one
 * slice there already: a larger slice is only padding, which the R recovery slices would repeat),
 * raised until the files make at most 32768 slices.
 */
function chooseBlockSize(sizes: readonly number[]): number {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  // at the largest file's size every file is one slice, and there are at most 32768 of them
  let high = Math.max(1, sectorsFor(sizes.reduce((largest, size) => Math.max(largest, size), 0)));
  let low = Math.min(high, Math.max(1, sectorsFor(total / TARGET_SOURCE_BLOCKS)));
  if (countBlocks(sizes, low * SECTOR_BYTES) <= MAX_PAR2_BLOCKS) return low * SECTOR_BYTES;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (countBlocks(sizes, middle * SECTOR_BYTES) <= MAX_PAR2_BLOCKS) high = middle;
    else low = middle + 1;
  }
  return low * SECTOR_BYTES;
}

function sectorsFor(bytes: number): number {
  return Math.ceil(bytes / SECTOR_BYTES);
}

function countBlocks(sizes: readonly number[], blockSize: number): number {
  return sizes.reduce((sum, size) => sum + Math.ceil(size / blockSize), 0);
}

// par2creator.cpp InitialiseOutputFiles with -n1 -u: the index holds the critical packets (main,
// and per file a description and its slice checksums) once; the vol file holds the R recovery
// packets and each critical packet bitLength(R) times; both end with one creator packet.
function outputFilesOf(
  baseName: string,
  files: readonly RecoverySourceFile[],
  prefix: string,
  blockSize: number,
  recoveryBlockCount: number,
): RecoveryOutputFile[] {
  let criticalBytes = MAIN_PACKET_FIXED_BYTES + FILE_ID_BYTES * files.length;
  for (const file of files) {
    criticalBytes += FILE_DESCRIPTION_FIXED_BYTES + padTo4(utf8.encode(prefix + file.discPath).length);
    criticalBytes += SLICE_CHECKSUMS_FIXED_BYTES + SLICE_CHECKSUM_ENTRY_BYTES * Math.ceil(file.size / blockSize);
  }
  const copies = recoveryBlockCount.toString(2).length;
  const volumeBytes = recoveryBlockCount * (RECOVERY_PACKET_FIXED_BYTES + blockSize) + copies * criticalBytes + MAX_CREATOR_PACKET_BYTES;
  return [
    { name: `${baseName}.par2`, maxBytes: criticalBytes + MAX_CREATOR_PACKET_BYTES },
    { name: volumeFileName(baseName, recoveryBlockCount), maxBytes: volumeBytes },
  ];
}

/**
 * par2's name for one vol file of R slices from exponent 0: both numbers are padded to the digits
 * of R (the index file's exponent is R, and it counts in the width): R=9 → `.vol0+9.par2`,
 * R=10 → `.vol00+10.par2`, R=240 → `.vol000+240.par2`.
 */
function volumeFileName(baseName: string, recoveryBlockCount: number): string {
  const count = String(recoveryBlockCount);
  return `${baseName}.vol${'0'.repeat(count.length)}+${count}.par2`;
}

function padTo4(bytes: number): number {
  return Math.ceil(bytes / 4) * 4;
}

function checkDiscPath(file: RecoverySourceFile): void {
  const parts = file.discPath.split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..') || !Number.isSafeInteger(file.size) || file.size < 0) {
    throw new InternalError(`recovery: not a file on the disc: ${JSON.stringify(file)}`);
  }
}
