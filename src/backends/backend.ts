// Which tool family reads and burns a disc, and loading it (each family is imported only when used).
import { isCdrecordAddress } from '../disc/device-names.js';
import { UserError } from '../errors.js';
import type { BackendChoice } from '../plan/plan-model.js';
import { findProgram, hasProgram } from '../tools/programs.js';
import type { Backend, BackendName } from './backend-interface.js';

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
    return (await import('./xorriso/xorriso-backend.js')).xorrisoBackend(program, env);
  }
  const program = findProgram('cdrecord', env);
  return (await import('./cdrecord/cdrecord-backend.js')).cdrecordBackend(program, env);
}
