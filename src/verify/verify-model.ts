// What verify found on each session. Pure data, rendered as text or JSON.
import type { Repairability } from '../recovery/session-repairability.js';
import type { TreeFinding } from './check-trees.js';
import type { ReadError } from './read-back.js';

export type ChecksumSource = 'burnplan-sha256' | 'xorriso-md5';

export interface SourceComparison {
  /** Read back intact, but the file on this computer differs now. */
  changed: string[];
  /** Planned files this computer no longer has (or cannot read). */
  goneFromComputer: string[];
  /** Planned files the session does not hold. */
  notOnDisc: string[];
}

export interface SessionVerification {
  number: number;
  label: string;
  startLba: number;
  /** ok: every file with a recorded checksum read back intact; not-verifiable: none recorded. */
  outcome: 'ok' | 'damaged' | 'not-verifiable';
  checksums?: ChecksumSource;
  filesChecked: number;
  bytesRead: number;
  /** Read back, but not as recorded. */
  damaged: string[];
  /** Of the damaged files, those whose data lies in an earlier session: mkisofs -M kept the
   * earlier copy of a file with the same path, size and time (the new content was never written). */
  earlierCopies: string[];
  /** Recorded, but not in the session's directory tree. */
  missing: string[];
  readErrors: ReadError[];
  /** Where the session's other trees (Joliet, plain ISO 9660) disagree with the one files are read by. */
  treeMismatches: TreeFinding[];
  /** Files of the session without a recorded checksum. */
  unrecorded: string[];
  /** Why nothing could be checked, or why the session could not be read at all. */
  note?: string;
  sources?: SourceComparison;
  /** The checksums recorded at burn time that the read was compared with (the catalog keeps them). */
  recorded?: RecordedChecksums;
  /** The session's PAR2 recovery data, when it carries some. */
  recovery?: RecoveryCheck;
}

/** burnplan's own files, checked like the others but reported apart from the plan's. */
export interface RecoveryCheck {
  /** The session's PAR2 files (/.burnplan/session-NN.par2 and its vol files). */
  files: string[];
  /** Of them, those read back not as recorded, unreadable, or recorded but gone from the tree. */
  damaged: string[];
  /** What the data can repair of the damage found, or why that cannot be told. */
  estimate: Repairability;
}

export interface RecordedChecksums {
  algorithm: 'sha256' | 'md5';
  /** Disc path → lower-case hex. */
  checksums: ReadonlyMap<string, string>;
}

export function isBad(session: SessionVerification): boolean {
  // --against-sources: a source changed, gone from this computer or missing from the disc is a difference alike
  const sources = session.sources;
  return session.outcome === 'damaged' || (sources !== undefined && sources.changed.length + sources.notOnDisc.length + sources.goneFromComputer.length > 0);
}
