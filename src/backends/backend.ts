// One interface over the tool families; the rest of burnplan never knows which one runs.
import type { Disc } from '../disc/disc-model.js';
import { isCdrecordAddress } from '../disc/device-names.js';
import { UserError } from '../errors.js';
import type { BackendChoice } from '../plan/plan-model.js';
import { findProgram, hasProgram } from '../tools/programs.js';

export type BackendName = 'xorriso' | 'cdrecord';

export interface ReadOptions {
  /** Whose identity (label, ids, flags) to read from the sectors: every session's, or only the
   * last one's (all apply needs after a burn; a 99-session disc is then not read 99 times over),
   * or none (verify reads each session itself, so that one damaged session does not hide the rest). */
  identities: 'all' | 'last' | 'none';
}

export interface Backend {
  name: BackendName;
  /** The program that reads and burns (xorriso, or cdrecord/wodim/cdrskin). */
  program: string;
  readDisc(device: string, options?: ReadOptions): Promise<Disc>;
}

/**
 * `auto` prefers xorriso, except for cdrecord addresses (1,0,0), which only the cdrecord
 * family understands; it falls back to the cdrecord family when xorriso is not installed.
 */
export function chooseBackendName(choice: BackendChoice, device: string, env: NodeJS.ProcessEnv = process.env): BackendName {
  if (choice !== 'auto') return choice;
  if (isCdrecordAddress(device)) return 'cdrecord';
  // an explicit BURNPLAN_XORRISO is used, and reported if wrong, rather than silently passed over
  if (env['BURNPLAN_XORRISO'] || hasProgram('xorriso', env)) return 'xorriso';
  if (hasProgram('cdrecord', env)) return 'cdrecord';
  throw new UserError(
    'no burning program found: install xorriso (Debian/Ubuntu: apt-get install xorriso) or wodim, or set BURNPLAN_XORRISO or BURNPLAN_CDRECORD',
  );
}

export async function loadBackend(name: BackendName, env: NodeJS.ProcessEnv = process.env): Promise<Backend> {
  if (name === 'xorriso') {
    const program = findProgram('xorriso', env);
    const { readXorrisoDisc } = await import('./xorriso/read-xorriso-disc.js');
    return { name, program, readDisc: (device, options) => readXorrisoDisc(program, device, options) };
  }
  const program = findProgram('cdrecord', env);
  const { readCdrecordDisc } = await import('./cdrecord/read-cdrecord-disc.js');
  return { name, program, readDisc: (device, options) => readCdrecordDisc(program, device, env, options) };
}
