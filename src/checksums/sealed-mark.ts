// The mark of a session that carries a checksum file names that file's SHA-256, so that verify
// reads only the checksum file burnplan wrote (see disc/burnplan-mark.ts). Pure.
import { createHash } from 'node:crypto';
import { formatMark, parseMark } from '../disc/burnplan-mark.js';

/** `mark` (the session's application id) sealed: it names the hash of exactly `checksumFile`. */
export function sealedMark(mark: string, checksumFile: Buffer | string): string {
  const parsed = parseMark(mark);
  if (!parsed) throw new Error(`not a burnplan mark: ${mark}`);
  return formatMark(parsed.fingerprint, { ...(parsed.copy === undefined ? {} : { copy: parsed.copy }), checksumFileSha256: createHash('sha256').update(checksumFile).digest('hex') });
}

export type ChecksumFileStanding =
  /** The mark names this file's hash: it is burnplan's. */
  | 'authentic'
  /** The mark names another hash: the file burnplan wrote was damaged or replaced. */
  | 'altered'
  /** The session's mark vouches for no checksum file: the file is not burnplan's. */
  | 'not-vouched-for';

export function checksumFileStanding(applicationId: string, checksumFile: Buffer): ChecksumFileStanding {
  const expected = parseMark(applicationId)?.checksumFileSha256;
  if (expected === undefined) return 'not-vouched-for';
  return createHash('sha256').update(checksumFile).digest('hex').toUpperCase() === expected ? 'authentic' : 'altered';
}

/** Whether the session's mark says it holds a checksum file. */
export function vouchesForChecksumFile(applicationId: string): boolean {
  return parseMark(applicationId)?.checksumFileSha256 !== undefined;
}
