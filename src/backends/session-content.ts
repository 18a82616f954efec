// What the command builders of every backend need to know about one session to burn: pure
// data, prepared from the plan, the source scan and the disc.
import type { ChecksumPlan } from '../checksums/local-manifest.js';
import type { SessionOptions } from '../plan/plan-model.js';
import type { SessionRecovery } from '../recovery/session-recovery.js';

export interface SessionContent {
  label: string;
  /** Recorded as the volume set id. */
  discId: string;
  /** Recorded as the application id (burnplan's mark, see disc/burnplan-mark.ts). */
  applicationId: string;
  options: SessionOptions;
  /** Absolute source on this computer → where it lands on the disc. */
  grafts: ReadonlyArray<{ source: string; target: string }>;
  /** Absolute paths to leave out (hidden files, exclude patterns). */
  excluded: readonly string[];
  /** The cdrecord path records the files' checksums in the session (xorriso records its own MD5s). */
  checksums?: ChecksumPlan;
  /** The catalog of the set the session carries (a file on this computer → /.burnplan/catalog.json). */
  catalog?: { localPath: string; target: string };
  /** PAR2 recovery data for the session's files (files on this computer → /.burnplan/). */
  recovery?: SessionRecovery;
}

/**
 * burnplan's own files the session carries, in its reserved folder: local path → disc path. The
 * checksum file only where the tool records no checksums of its own (not xorriso).
 */
export function ownFileGrafts(content: SessionContent, { checksumFile }: { checksumFile: boolean }): Array<{ source: string; target: string }> {
  return [
    ...(content.recovery?.files ?? []).map((file) => ({ source: file.localPath, target: file.target })),
    ...(checksumFile && content.checksums ? [{ source: content.checksums.localPath, target: content.checksums.target }] : []),
    ...(content.catalog ? [{ source: content.catalog.localPath, target: content.catalog.target }] : []),
  ];
}

export interface BurnOptions {
  /** Close the disc with this session (no more sessions after it). */
  close: boolean;
  speed?: number;
  /** Laser off: go through the motions, write nothing. */
  dummy: boolean;
}
