// The cdrecord family behind the Backend interface: cdrecord, wodim or cdrskin reads and
// burns, mkisofs or genisoimage builds and measures each session; burnplan records the files'
// SHA-256 in the session. xorriso, when installed, still reads back MD5s a session may carry.
import type { Backend } from '../backend-interface.js';
import { cdrecordCommandBuilder } from '../command-builders.js';
import { mkisofsStandaloneMeasurer } from '../measure-sessions.js';
import { findProgram, hasProgram } from '../../tools/programs.js';
import { readCdrecordDisc } from './read-cdrecord-disc.js';

export function cdrecordBackend(program: string, env: NodeJS.ProcessEnv): Backend {
  // found when the commands are built: a plan that only reads the disc needs no mkisofs
  const mkisofs = () => findProgram('mkisofs', env);
  const md5Lister = hasProgram('xorriso', env) ? findProgram('xorriso', env) : undefined;
  return {
    name: 'cdrecord',
    program,
    recordsChecksums: false,
    ...(md5Lister ? { md5Lister } : {}),
    readDisc: (device, options) => readCdrecordDisc(program, device, env, options),
    writer: (setup) => cdrecordCommandBuilder({ ...setup, burner: program, mkisofs: mkisofs() }),
    measureStandalone: (contents) => mkisofsStandaloneMeasurer(mkisofs(), env)(contents),
    ejectCommand: (device) => ({ program, args: [`dev=${device}`, '-eject'] }),
    driveScanner: async () => (await import('./cdrecord-drives.js')).cdrecordDriveScanner(program, env),
  };
}
