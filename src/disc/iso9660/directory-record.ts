// One ISO 9660 directory record (ECMA-119 9.1): where its extent lies and its System Use area.

import { bothEndian32 } from './iso-fields.js';

export interface DirectoryRecord {
  /** Absolute logical block number: on multisession discs it counts from the disc's start. */
  extentLba: number;
  dataLength: number;
  flags: number;
  /** Blocks of extended attribute record at the start of the extent, before the data (ECMA-119 9.5). */
  extendedAttributeLength: number;
  /** The raw identifier: "." and ".." are the single bytes 0x00 and 0x01. */
  fileIdentifier: Buffer;
  /** The bytes after the file identifier (and its pad byte), where SUSP entries live. */
  systemUse: Buffer;
  /** The recording date and time (ECMA-119 9.1.5; mkisofs writes the file's modification
   * time) in seconds since 1970 UTC, or undefined when the field is unset or makes no sense. */
  recordedAt?: number;
}

/** Smallest record: 33 fixed bytes and a one-byte identifier ("." and ".." are 0x00 and 0x01). */
const MIN_RECORD_LENGTH = 34;

/** The record at `offset`, or undefined when the bytes there cannot be one. */
export function parseDirectoryRecord(data: Buffer, offset: number): DirectoryRecord | undefined {
  if (offset < 0 || offset + MIN_RECORD_LENGTH > data.length) return undefined;
  const length = data[offset]!;
  const nameLength = data[offset + 32]!;
  if (length < MIN_RECORD_LENGTH || offset + length > data.length || 33 + nameLength > length) return undefined;
  const extentLba = bothEndian32(data, offset + 2)!;
  const dataLength = bothEndian32(data, offset + 10)!;
  // The identifier is followed by a pad byte when that keeps the record's length even.
  const systemUseStart = 33 + nameLength + (nameLength % 2 === 0 ? 1 : 0);
  return {
    extentLba,
    dataLength,
    flags: data[offset + 25]!,
    extendedAttributeLength: data[offset + 1]!,
    fileIdentifier: data.subarray(offset + 33, offset + 33 + nameLength),
    systemUse: data.subarray(offset + Math.min(systemUseStart, length), offset + length),
    ...recordingTime(data.subarray(offset + 18, offset + 25)),
  };
}

/** Seven bytes: years since 1900, month, day, hour, minute, second, offset from GMT in 15 minutes. */
function recordingTime(field: Buffer): { recordedAt?: number } {
  const [year, month, day, hour, minute, second] = field;
  const offsetQuarters = field.readInt8(6);
  if (!month || month > 12 || !day || day > 31 || hour! > 23 || minute! > 59 || second! > 59) return {};
  const utc = Date.UTC(1900 + year!, month - 1, day, hour, minute, second) / 1000 - offsetQuarters * 15 * 60;
  return { recordedAt: utc };
}
