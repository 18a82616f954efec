// What `cdrecord -msinfo` / `wodim -msinfo` says about the disc. Pure.
// -msinfo succeeds only on an appendable disc. On a blank disc cdrecord and wodim say "Cannot
// read session offset"; on a closed one "Cannot read first writable address" (real-outputs/
// cdrecord-msinfo-closed-cdrw-…; SOURCES.md §7 on how frontends tell the two apart). Some drives
// answer a closed disc's -msinfo with NOT READY, which load_media() (cdrkit wodim.c, cdrtools
// cdrecord.c: sense 3A or 30) reports as "No disk / Wrong disk!", while -toc of the same disc
// lists its tracks and lead-out: then the disc is there, and closed.
import { classifyCdrecordError, toolWords } from './cdrecord-errors.js';
import { DeviceError } from '../../disc/device-errors.js';
import { parseMsinfo, type Msinfo } from './parse-msinfo.js';
import type { Toc } from './parse-toc.js';

export type MsinfoOutcome = { kind: 'appendable'; msinfo: Msinfo } | { kind: 'blank' } | { kind: 'closed' };

export interface MsinfoRun {
  stdout: string;
  /** stderr and stdout together */
  all: string;
  exitCode: number | undefined;
}

export function msinfoOutcome(run: MsinfoRun, toc: Toc | undefined, device: string): MsinfoOutcome {
  const msinfo = parseMsinfo(run.stdout);
  if (msinfo && run.exitCode === 0) return { kind: 'appendable', msinfo };
  if (/Cannot read first writable address/.test(run.all)) return { kind: 'closed' };
  if (/Cannot read session offset/.test(run.all)) return { kind: 'blank' };
  const error = classifyCdrecordError(run.all, device);
  if (error?.reason === 'no-medium' && tocListsDisc(toc)) return { kind: 'closed' };
  if (error) throw error;
  throw new DeviceError(device, 'unparsable', `cannot understand -msinfo: ${toolWords(run.all)}`);
}

/** -toc read tracks and a lead-out: a disc is in the drive. */
export function tocListsDisc(toc: Toc | undefined): boolean {
  return toc !== undefined && toc.tracks.length > 0 && toc.leadOut !== undefined;
}
