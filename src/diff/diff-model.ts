// The result of comparing a plan with a disc: what is in sync, what apply would burn (with the
// exact commands), what conflicts, and the capacity forecast. Plain data, also the --json and
// the saved-plan format.
import { SECTOR_BYTES, type DiscSession, type DiscStatus, type MediaKind } from '../disc/disc-model.js';
import type { Command } from '../core/command.js';

/** A path of an earlier session that a session to burn puts something else at. */
export interface ReplacedPath {
  path: string;
  /** 1-based: the latest earlier session that holds it. */
  session: number;
  was: 'file' | 'folder';
  now: 'file' | 'folder';
}

export interface SizeEstimate {
  sectors: number;
  /** False when the tool could not see the exact previous tree (a later session of several). */
  exact: boolean;
}

/** Per plan session, what was found on this computer (fingerprint, size for the ones to burn). */
export interface PlannedSessionFacts {
  fingerprint: string;
  /** For sessions to burn. */
  size?: SizeEstimate;
  /** The commands apply runs for it: one pipeline (a list of commands piped together). */
  burn?: Command[];
  /** Some of its sources are gone from this computer: its files cannot be compared with the disc. */
  sourcesGone?: true;
  /** For sessions to burn: the paths of earlier sessions it replaces. */
  replaces?: ReplacedPath[];
  /** For sessions to burn with recovery data. */
  recovery?: RecoveryForecast;
}

/** The recovery data a session to burn will carry (counted in its size). */
export interface RecoveryForecast {
  percent: number;
  /** At most this many bytes of PAR2 files. */
  maxBytes: number;
  /** Any this many bad sectors of the session's files can be repaired. */
  recoverableSectors: number;
  sliceBytes: number;
  /** Recovery slices (each repairs one damaged slice). */
  recoverySlices: number;
}

/** One run of bad sectors this long inside one file, wherever it starts, touches at most as many slices as can be repaired. */
export function recoverableRunBytes(recovery: RecoveryForecast): number {
  return Math.max(0, recovery.recoverySlices - 1) * recovery.sliceBytes + SECTOR_BYTES;
}

export type SessionRow =
  | { kind: 'in-sync'; index: number; label: string; disc: DiscSession; /** burned by burnplan, its sources gone since: not compared */ sourcesGone?: true }
  | { kind: 'adopted'; index: number; label: string; disc: DiscSession; /** marked imported in the plan */ imported?: true }
  | { kind: 'drift'; index: number; label: string; disc: DiscSession; burnedFingerprint: string; plannedFingerprint: string }
  | { kind: 'to-burn'; index: number; label: string; size: SizeEstimate; landingLba: number; landingExact: boolean; freeBefore?: number; freeAfter?: number; closes: boolean; joliet: boolean; rockRidge: boolean; replaces: ReplacedPath[]; recovery?: RecoveryForecast }
  | { kind: 'conflict'; index: number; label: string; disc?: DiscSession; reason: string }
  | { kind: 'extra'; disc: DiscSession };

export type Action =
  | {
      kind: 'burn-session';
      index: number;
      label: string;
      commands: Command[];
      expectedStart: number;
      closes: boolean;
      /** False when the commands hold estimates (size, -C): apply measures and rebuilds them right before burning. */
      final: boolean;
    }
  | { kind: 'close-disc'; commands: Command[] };

export interface Problem {
  code: string;
  message: string;
  /** 0-based plan session, when the problem is about one. */
  index?: number;
}

export interface DiscSummary {
  device: string;
  /** The copy of the disc this is (or becomes), and how many the plan keeps; undefined when unknown. */
  copy?: number;
  copies: number;
  media: MediaKind;
  mediaDescription: string;
  status: DiscStatus;
  sessions: number;
  nextWritableAddress?: number;
  freeSectors?: number;
}

export interface DiffResult {
  disc: DiscSummary;
  rows: SessionRow[];
  actions: Action[];
  conflicts: Problem[];
  warnings: Problem[];
  /** What happens to the disc at the end. */
  finalize: 'close' | 'stays-open' | 'already-closed' | 'close-skipped';
  burnSectors: number;
  freeAfter?: number;
  /** Sessions of the same size as the last one to burn that would still fit after. */
  moreSessionsFit?: number;
}

export function hasChanges(result: DiffResult): boolean {
  return result.conflicts.length === 0 && result.actions.length > 0;
}

/** 0-based plan sessions burned from other files than the plan lists now. */
export function driftedSessions(result: DiffResult): number[] {
  return result.rows.flatMap((row) => (row.kind === 'drift' ? [row.index] : []));
}
