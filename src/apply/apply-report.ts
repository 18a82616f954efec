// What an apply did, as re-read from the disc: all the renderers and the CLI get of it.
import type { Disc } from '../disc/disc-model.js';
import type { DiffResult } from '../diff/diff-model.js';
import type { SessionReport } from './apply-context.js';

export interface ApplyReport {
  planFile: string;
  device: string;
  dummy: boolean;
  /** conflicts and nothing-to-do write nothing; applied ran the steps (they may have failed). */
  outcome: 'conflicts' | 'nothing-to-do' | 'applied';
  /** The diff the run worked from (the last one measured, when sources changed meanwhile). */
  result: DiffResult;
  sessions: SessionReport[];
  closed: boolean;
  ejected: boolean;
  /** The disc as last read. */
  disc: Disc;
  /** Why the steps stopped early, in one line. */
  failure?: string;
  /** The stop the user asked for, when one ended the run. */
  stoppedBy?: NodeJS.Signals;
}
