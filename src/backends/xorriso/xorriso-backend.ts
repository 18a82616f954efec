// The xorriso family behind the Backend interface: one program reads, measures and burns;
// it records every file's MD5 itself. Closing without a new session needs cdrecord -fix.
import type { Backend } from '../backend-interface.js';
import { xorrisoCommandBuilder } from '../command-builders.js';
import { xorrisoStandaloneMeasurer } from '../measure-sessions.js';
import { findProgram, hasProgram } from '../../tools/programs.js';
import { readXorrisoDisc, rereadXorrisoWithMd5s } from './read-xorriso-disc.js';

export function xorrisoBackend(program: string, env: NodeJS.ProcessEnv): Backend {
  const fixer = hasProgram('cdrecord', env) ? findProgram('cdrecord', env) : undefined;
  return {
    name: 'xorriso',
    program,
    recordsChecksums: true,
    md5Lister: program,
    readDisc: (device, options) => readXorrisoDisc(program, device, options),
    rereadWithMd5s: (device, options, startLba, signal) => rereadXorrisoWithMd5s(program, device, options, startLba, signal),
    writer: (setup) => xorrisoCommandBuilder({ ...setup, burner: program, ...(fixer ? { fixer } : {}) }),
    measureStandalone: xorrisoStandaloneMeasurer(program, env),
    ejectCommand: (device) => ({ program, args: ['-outdev', device, '-eject', 'all'] }),
    // only `burnplan drives` lists drives: the other commands do not load it
    driveScanner: async () => (await import('./xorriso-drives.js')).xorrisoDriveScanner(program, env),
  };
}
