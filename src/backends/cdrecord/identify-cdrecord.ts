// Which cdrecord a program is (cdrecord-variant.ts reads the answer), asked once per program.
import { howItEnded } from '../../core/command.js';
import { UserError } from '../../errors.js';
import { runProgram } from '../../tools/run-program.js';
import { parseCdrecordVersion, type CdrecordIdentity } from './cdrecord-variant.js';

/** A program does not change while burnplan runs: `-version` is asked once per program. */
const identities = new Map<string, Promise<CdrecordIdentity>>();

export function identify(program: string, env: NodeJS.ProcessEnv): Promise<CdrecordIdentity> {
  let identity = identities.get(program);
  if (!identity) {
    identity = askVersion(program, env);
    identities.set(program, identity);
    identity.catch(() => identities.delete(program));
  }
  return identity;
}

async function askVersion(program: string, env: NodeJS.ProcessEnv): Promise<CdrecordIdentity> {
  const result = await runProgram({ program, args: ['-version'] }, { access: 'read', env });
  if (result.signal) throw new UserError(`${result.command.program} ${howItEnded(result)}`);
  const identity = parseCdrecordVersion(`${result.stdout}\n${result.stderr}`);
  if (!identity) {
    const first = `${result.stdout}\n${result.stderr}`.trim().split('\n')[0] ?? '';
    throw new UserError(`${program} -version: not cdrecord, wodim or cdrskin (it printed "${first}")`);
  }
  return identity;
}
