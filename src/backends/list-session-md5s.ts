// The MD5s xorriso recorded in the sessions at `lbas`, read in one xorriso run: one drive call
// for all of them (see split-md5-listings.ts).
import { howItEnded } from '../core/command.js';
import { UserError } from '../errors.js';
import { runProgram, type ProgramResult } from '../tools/run-program.js';
import { md5ListingsCommand, splitMd5Listings } from './split-md5-listings.js';

/** Each session's listing by its LBA; one missing is for the caller to read on its own. */
export async function listSessionMd5s(program: string, device: string, lbas: readonly number[], signal?: AbortSignal): Promise<Map<number, ProgramResult>> {
  if (lbas.length === 0) return new Map();
  const run = await runProgram(md5ListingsCommand(program, device, lbas), { access: 'read', ...(signal ? { signal } : {}) });
  const listings = splitMd5Listings(run, lbas);
  // a reader stopped by a signal (the terminal's Ctrl-C reaches it too) is not asked again
  if (listings.size === 0 && run.signal) throw new UserError(`the data check stopped: ${program} ${howItEnded(run)}`);
  return listings;
}
