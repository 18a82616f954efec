// What the apply steps share while they run, and what they report of each session.
import type { Backend } from '../backends/backend-interface.js';
import type { ExpectedSession } from './verify-burn.js';
import type { Disc } from '../disc/disc-model.js';
import type { Action } from '../diff/diff-model.js';
import type { PreparedDiff } from '../gather/prepare-diff.js';
import type { DeviceLock } from './device-lock.js';
import type { Plan } from '../plan/plan-model.js';
import type { Command } from '../core/command.js';
import type { ProgramResult } from '../tools/run-program.js';
import type { RecordedChecksums } from '../verify/verify-model.js';
import { AgreedTrees } from '../verify/check-trees.js';

export interface SessionReport {
  index: number;
  label: string;
  startLba?: number;
  /** The data the session holds, re-read from the disc after the burn (session-size.ts). */
  sectors?: number;
  /** The image measured right before the burn (padding included): what the burn was sized by. */
  measuredSectors?: number;
  fingerprint: string;
  burned: boolean;
  /** TOC re-read: the session is there with its label, disc id and fingerprint. */
  identityVerified: boolean;
  /**
   * Data read back and compared: true, false (damage found) or why it was not done: skipped
   * (--no-verify), not-available (the device cannot be read as a file), not-done (the apply
   * stopped before or during the read-back).
   */
  dataVerified: boolean | 'skipped' | 'not-available' | 'not-done';
  damaged: string[];
  /** The checksums the read-back compared with (for the catalog: no second read of them). */
  recorded?: RecordedChecksums;
  /** xorriso's MD5 listing of the session from the re-read after the burn, unchecked (--no-verify): for the catalog. */
  md5Listing?: ProgramResult;
  /** The PAR2 recovery data made for the session. */
  recovery?: { percent: number; bytes: number; recoverableSectors: number };
}

/** How a run is stopped: set from outside (the CLI's signal handlers), read by the steps. */
export interface ApplyStops {
  /** Aborted: stop at once (a running tool is stopped). */
  signal: AbortSignal;
  /** True while a tool is writing: a first stop then lets the write finish, a second one aborts it. */
  writing: { active: boolean; warn?: (message: string) => void };
  /** A stop the user asked for: no burn or close starts after it. */
  requested?: { signal: NodeJS.Signals; duringWrite: boolean };
}

/** What the steps of one apply share while they run; callers see only the ApplyReport. */
export interface ApplyContext {
  plan: Plan;
  device: string;
  backend: Backend;
  prepared: PreparedDiff;
  actions: Action[];
  dummy: boolean;
  verifyData: boolean;
  eject: boolean;
  stops: ApplyStops;
  /** The device's lock: it records the writers' process ids while they run. */
  lock?: DeviceLock;
  env: NodeJS.ProcessEnv;
  /** The commands actually run per session (rebuilt from the disc as it is before each burn). */
  commands: Map<number, Command[]>;
  /** One per session to burn, made before any step runs; the steps fill them in. */
  reports: SessionReport[];
  /** The sessions whose steps began (a simulation runs only the first one's). */
  started: Set<number>;
  closed: boolean;
  ejected: boolean;
  /** The disc as last read. */
  disc: Disc;
  /** Put before every step's title when several drives run at once ("[sr1]"). */
  tag?: string;
  /** The first step that failed, in one line (the run stopped there). */
  failure?: string;
  /** A read made right after a verified burn, good for the next session's check. */
  freshDisc?: Disc;
  /** The session just burned while its re-read runs: a stop then leaves it for the re-read after the stop to confirm. */
  unconfirmed?: ExpectedSession;
  /** What the trees of the session read back last agreed on: the next one carries its files. */
  agreedTrees: AgreedTrees;
}
