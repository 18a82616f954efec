// What recover found of each file of a session, and how a file's hashes before and after the
// repair decide it. Pure data and one pure decision; rendered as text or JSON.
import type { ChecksumSource } from '../verify/verify-model.js';

/**
 * intact: read back as burned; repaired: par2 rebuilt it as burned; lost: neither, the damaged
 * copy is left in the folder (unreadable sectors as zeros); unchecked: no checksum of it was
 * recorded and PAR2 does not cover it, so what was read cannot be told good or bad.
 */
export type RecoveredOutcome = 'intact' | 'repaired' | 'lost' | 'unchecked';

export interface FileHashes {
  md5: string;
  sha256?: string;
}

export interface RecoveredFile {
  /** Its disc path, "/photos/a.jpg". */
  path: string;
  size: number;
  outcome: RecoveredOutcome;
  /** What the bytes were compared with: the checksum recorded at the burn, else PAR2's MD5 of the file. */
  checkedWith: 'recorded' | 'par2' | null;
  /** The sectors of its data that could not be read (zeros in the copy before the repair). */
  badSectors: number[];
}

/**
 * not-needed: every file read back intact, par2 did not run; repaired: par2 ran and said all is
 * well; not-possible: too much is damaged for the recovery data; failed: par2 failed otherwise.
 */
export type RepairState = 'none' | 'not-needed' | 'repaired' | 'not-possible' | 'failed';

export interface RecoverReport {
  plan: string;
  device: string;
  discId: string;
  session: number;
  label: string;
  outDir: string;
  /** The checksums recorded when the session was burned, or null when none can be read. */
  checksums: ChecksumSource | null;
  repair: {
    state: RepairState;
    /** The PAR2 files read from /.burnplan/, by name. */
    par2Files: string[];
    /** par2's own words, or what was wrong with the recovery data. */
    note?: string;
  };
  files: RecoveredFile[];
  bytesRead: number;
}

export interface FileEvidence {
  size: number;
  before: FileHashes | undefined;
  /** undefined when par2 did not run: the copy is as it was read. */
  after: FileHashes | undefined;
  badSectors: readonly number[];
  recorded: { algorithm: 'md5' | 'sha256'; hex: string } | undefined;
  par2Md5: string | undefined;
}

export function decideOutcome(evidence: FileEvidence): Pick<RecoveredFile, 'outcome' | 'checkedWith'> {
  const { recorded, par2Md5 } = evidence;
  const checkedWith = recorded ? 'recorded' : par2Md5 !== undefined ? 'par2' : null;
  const matches = (hashes: FileHashes | undefined): boolean => {
    if (!hashes) return false;
    if (recorded) return (recorded.algorithm === 'md5' ? hashes.md5 : hashes.sha256) === recorded.hex;
    return hashes.md5 === par2Md5;
  };
  if (checkedWith === null) {
    // an empty file has no data that could be damaged: the tree alone says what it is
    if (evidence.size === 0 && evidence.before !== undefined) return { outcome: 'intact', checkedWith };
    return { outcome: evidence.badSectors.length > 0 ? 'lost' : 'unchecked', checkedWith };
  }
  if (matches(evidence.before)) return { outcome: 'intact', checkedWith };
  return { outcome: matches(evidence.after) ? 'repaired' : 'lost', checkedWith };
}

export function recoverOk(report: RecoverReport): boolean {
  return !report.files.some((file) => file.outcome === 'lost');
}
