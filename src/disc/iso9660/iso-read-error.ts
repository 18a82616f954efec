// The error a failed read of a disc or image becomes, with the messages the user sees.

import { UserError } from '../../errors.js';

export class IsoReadError extends UserError {
  readonly path: string;
  /** The absolute sector (2048-byte block) the read was after. */
  readonly lba: number;

  constructor(message: string, where: { path: string; lba: number }, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'IsoReadError';
    this.path = where.path;
    this.lba = where.lba;
  }

  static unreadable(path: string, lba: number, cause: unknown): IsoReadError {
    return new IsoReadError(`cannot read sector ${lba} of ${path}: ${reason(cause)}`, { path, lba }, { cause });
  }

  /** The image ends before `what` ("the session's volume descriptors", ...). */
  static truncated(path: string, lba: number, what: string): IsoReadError {
    return new IsoReadError(`${path} is shorter than ${what} (truncated image?)`, { path, lba });
  }
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file or device',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  ENOMEDIUM: 'no disc in the drive',
  EBUSY: 'the device is busy',
  EISDIR: 'it is a folder',
  // What a drive answers for an unreadable (scratched) sector, and for an audio track's sectors.
  EIO: 'the drive reports a read error',
};

/** The plain reason of a Node I/O error: "permission denied" rather than "EACCES: …, open '…'". */
export function reason(error: unknown): string {
  const code = errorCode(error);
  if (code !== undefined && REASONS[code]) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
