// The par2 command that makes a session's recovery data, as data: what is shown is what runs.
// Pure. Options as par2cmdline 0.8.1's commandline.cpp reads them.
import path from 'node:path';
import type { Command } from '../core/command.js';
import type { RecoveryLayout } from './recovery-layout.js';

/**
 * `par2 create` over a folder whose tree is the session's covered files (`viewDir/<disc path>`),
 * writing `outDir/<base>.par2` and its one vol file. The folder is named, not its files, with -R:
 * par2 0.8.1 expands `*` and `?` in every file named on the command line (DiskFile::FindFiles)
 * and has no other way to take a list, and 32768 paths overflow the 2 MiB of argv; the names
 * it finds while recursing are taken as they are. It follows symlinks (stat, not lstat).
 */
export function par2CreateCommand(program: string, layout: RecoveryLayout, viewDir: string, outDir: string): Command {
  const view = path.resolve(viewDir);
  // "<view>/." makes par2 walk "<view>/./…", so with -B<view> every stored name starts with ./
  const start = layout.storedNamePrefix === './' ? `${view}/.` : view;
  return {
    program,
    args: [
      'create',
      `-B${view}`,
      `-s${layout.blockSize}`,
      `-c${layout.recoveryBlockCount}`,
      // one vol file with all the recovery slices (-n1), its count as given, not doubling (-u)
      '-n1',
      '-u',
      '-R',
      '--',
      path.join(path.resolve(outDir), `${layout.baseName}.par2`),
      start,
    ],
  };
}
