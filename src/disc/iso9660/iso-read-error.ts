// The error a failed read of a disc or image becomes, with the messages the user sees.

import { DEVICE_READ_WORDS, errnoWords } from '../../core/errno-words.js';
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

/** The plain reason of a Node I/O error: "permission denied" rather than "EACCES: …, open '…'". */
export function reason(error: unknown): string {
  return errnoWords(error, DEVICE_READ_WORDS);
}
