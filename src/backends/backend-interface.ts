// One interface over the tool families. Everything a family does differently sits behind it:
// reading the disc, measuring sessions, the burn, close and eject commands (as data), and the
// capabilities the rest asks about. Nothing outside src/backends/ names a family.
import type { Command } from '../core/command.js';
import type { Disc } from '../disc/disc-model.js';
import type { DiscWriter } from '../diff/compute-diff.js';
import type { LandingPoint } from '../diff/landing-point.js';
import type { SizeEstimate } from '../diff/diff-model.js';
import type { DriveScanner } from '../drives/drive-scanner.js';
import type { SessionContent } from './session-content.js';
import type { ProgramResult } from '../tools/run-program.js';

export type BackendName = 'xorriso' | 'cdrecord';

export interface ReadOptions {
  /** Whose identity (label, ids, flags) to read from the sectors: every session's, or only the
   * last one's (all apply needs after a burn; a 99-session disc is then not read 99 times over),
   * or none (verify reads each session itself, so that one damaged session does not hide the rest). */
  identities: 'all' | 'last' | 'none';
  /**
   * The read made just before a write in this run, the disc not taken out since: what the drive
   * says of the medium itself (its kind, capacity and the drive) cannot have changed, so a
   * family that needs a call of its own for it (wodim's `-atip`) takes it from this read and
   * asks the drive only what the write changed. A real drive costs a second or more a call.
   */
  sameMediumAs?: Disc;
}

/** A read-only run that prints the size of a session's image, and how to read it. */
export interface SizeProbe {
  command: Command;
  sectors(stdout: string, stderr: string): number | undefined;
}

/**
 * The burn commands and the command that measures them, from one writer: the measure is the
 * burn's own argv (same -C, -M, files, checksum file) with only the size option added, so that
 * the size handed to the writer is the size of the stream it is given.
 */
export interface SessionWriter extends DiscWriter {
  measureSession(index: number, landing: LandingPoint | undefined): SizeProbe;
  /** True when the writer is told the size (cdrecord tsize=): it must be exact, or the burn is cut short. */
  sizeInBurn: boolean;
}

export interface WriterSetup {
  device: string;
  contents: readonly SessionContent[];
  speed?: number;
  dummy: boolean;
}

export interface Backend {
  /** For reports only (status and drives name the tool that read the disc). */
  name: BackendName;
  /** The program that reads and burns (xorriso, or cdrecord/wodim/cdrskin). */
  program: string;
  /** True when the burn records each file's checksum itself (xorriso's MD5s); otherwise
   * burnplan writes a SHA-256 file into each session (/.burnplan/session-NN.sha256). */
  recordsChecksums: boolean;
  /** A program that lists the MD5s xorriso recorded in a session, when one is installed. */
  md5Lister?: string;
  readDisc(device: string, options?: ReadOptions): Promise<Disc>;
  /**
   * After a burn: the disc re-read and, in the same call, the MD5s the family recorded in the
   * session at `startLba` (a real drive costs a second or more a call). `md5s` is undefined
   * when they are to be asked for apart.
   */
  rereadWithMd5s?(device: string, options: ReadOptions, startLba: number, signal?: AbortSignal): Promise<{ disc: Disc; md5s?: ProgramResult }>;
  /** The commands that burn, measure and close the given sessions on `device`. */
  writer(setup: WriterSetup): SessionWriter;
  /** Measures sessions each on its own, in order: estimates for sessions after the next one. */
  measureStandalone(contents: readonly SessionContent[]): Promise<SizeEstimate[]>;
  ejectCommand(device: string): Command;
  /** How `burnplan drives` lists the drives with this family and reads what is in each. */
  driveScanner(): Promise<DriveScanner>;
}
