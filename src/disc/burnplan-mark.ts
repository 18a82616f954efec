// What burnplan records in every session it burns, so that the disc can be recognised later
// without any file of ours: the plan's disc id as the ISO 9660 volume set id, and a mark with
// the fingerprint of the session's planned content as its application id.
//
//   application id: "BURNPLAN/1 <FINGERPRINT>"   (at most 128 bytes)
//                   "BURNPLAN/1 <FINGERPRINT> SHA256:<HEX>"   with a checksum file (cdrecord path)
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
  /** SHA-256 (upper-case hex) of the session's checksum file, when it has one. */
  checksumFileSha256?: string;
}

export function formatMark(fingerprint: string, checksumFileSha256?: string): string {
  const seal = checksumFileSha256 === undefined ? '' : ` SHA256:${checksumFileSha256}`;
  return `${MARK_PREFIX}${MARK_VERSION} ${fingerprint}${seal}`.toUpperCase();
}

/** The mark in a session's application id, or undefined when burnplan did not burn it. */
export function parseMark(applicationId: string): BurnplanMark | undefined {
  const match = /^BURNPLAN\/(\d+) (\S+)(?: SHA256:([0-9a-f]{64}))?$/i.exec(applicationId.trim());
  if (!match) return undefined;
  return { version: Number(match[1]), fingerprint: match[2]!.toUpperCase(), ...(match[3] ? { checksumFileSha256: match[3].toUpperCase() } : {}) };
}

export function sessionMark(filesystem: SessionFilesystem | undefined): BurnplanMark | undefined {
  return filesystem ? parseMark(filesystem.applicationId) : undefined;
}
