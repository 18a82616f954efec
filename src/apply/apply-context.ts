// What the apply tasks share while they run.
import type { Backend } from '../backends/backend.js';
import type { Disc } from '../disc/disc-model.js';
import type { Action } from '../diff/diff-model.js';
import type { PreparedDiff } from '../diff/prepare-diff.js';
import type { DeviceLock } from './device-lock.js';
import type { Plan } from '../plan/plan-model.js';
import type { Command } from '../core/command.js';

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
}

export interface ApplyContext {
  plan: Plan;
  device: string;
  backend: Backend;
  prepared: PreparedDiff;
  actions: Action[];
  dummy: boolean;
  verifyData: boolean;
  eject: boolean;
  signal: AbortSignal;
  /** True while a tool is writing: a first stop then lets the write finish, a second one aborts it. */
  writing: { active: boolean; warn?: (message: string) => void };
  /** A stop the user asked for: no burn or close starts after it. */
  stop?: { signal: NodeJS.Signals; duringWrite: boolean };
  /** The device's lock: it records the writers' process ids while they run. */
  lock?: DeviceLock;
  env: NodeJS.ProcessEnv;
  /** The commands actually run per session (rebuilt from the disc as it is before each burn). */
  commands: Map<number, Command[]>;
  reports: SessionReport[];
  closed: boolean;
  ejected: boolean;
  /** The disc as last read. */
  disc: Disc;
  /** A read made right after a verified burn, good for the next session's check. */
  freshDisc?: Disc;
}
