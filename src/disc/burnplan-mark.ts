// What burnplan records in every session it burns, so that the disc can be recognised later
// without any file of ours: the plan's disc id as the ISO 9660 volume set id, and a mark with
// the fingerprint of the session's planned content as its application id.
//
//   application id: "BURNPLAN/1 <FINGERPRINT>"   (at most 128 bytes)
//                   "BURNPLAN/1 <FINGERPRINT> COPY:<N>"   for a plan that keeps several copies
//                   "BURNPLAN/1 <FINGERPRINT> SHA256:<HEX>"   with a checksum file (cdrecord path)
// (COPY before SHA256 when both are there). A mark without COPY is of copy 1: a plan of one copy
// writes the mark it always wrote.
//   volume set id:  "<disc id>"
// The SHA-256 of the session's checksum file (/.burnplan/session-NN.sha256) in the mark makes
// that file self-authenticating: a file at that path that the mark does not vouch for (a copy
// of another disc's, say) is never read as burnplan's.
// xorriso writes the application id (like the publisher and preparer ids) in upper case, as
// ECMA-119 a-characters demand; genisoimage keeps it as given (test/e2e/status-xorriso.e2e.test.ts
// shows it). So the mark is written in upper case and read back without regard to case. The
// volume set id keeps its case with both tools.

import type { SessionFilesystem } from './disc-model.js';

export const MARK_PREFIX = 'BURNPLAN/';
export const MARK_VERSION = 1;

export interface BurnplanMark {
  version: number;
  fingerprint: string;
  /** Which copy of the disc the session belongs to, when the plan keeps several. */
  copy?: number;
  /** SHA-256 (upper-case hex) of the session's checksum file, when it has one. */
  checksumFileSha256?: string;
}

export function formatMark(fingerprint: string, options: { copy?: number; checksumFileSha256?: string } = {}): string {
  const copy = options.copy === undefined ? '' : ` COPY:${options.copy}`;
  const seal = options.checksumFileSha256 === undefined ? '' : ` SHA256:${options.checksumFileSha256}`;
  return `${MARK_PREFIX}${MARK_VERSION} ${fingerprint}${copy}${seal}`.toUpperCase();
}

/** The mark in a session's application id, or undefined when burnplan did not burn it. */
export function parseMark(applicationId: string): BurnplanMark | undefined {
  const match = /^BURNPLAN\/(\d+) (\S+)(?: COPY:([1-9]\d?))?(?: SHA256:([0-9a-f]{64}))?$/i.exec(applicationId.trim());
  if (!match) return undefined;
  return {
    version: Number(match[1]),
    fingerprint: match[2]!.toUpperCase(),
    ...(match[3] ? { copy: Number(match[3]) } : {}),
    ...(match[4] ? { checksumFileSha256: match[4].toUpperCase() } : {}),
  };
}

export function sessionMark(filesystem: SessionFilesystem | undefined): BurnplanMark | undefined {
  return filesystem ? parseMark(filesystem.applicationId) : undefined;
}

/** The copy a session belongs to: the one its mark names, else 1 (burned before a plan kept copies). */
export function copyOf(mark: BurnplanMark): number {
  return mark.copy ?? 1;
}
