import path from 'node:path';
import { execa, type Options } from 'execa';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(REPO_ROOT, 'bin/burnplan.js');

/** Runs the built `burnplan` as a user would: a child process, no TTY, no stdin. */
export async function runBurnplan(args: readonly string[], options: Options & { asUser?: number } = {}) {
  const { asUser, ...execaOptions } = options;
  const node = process.execPath;
  const command = asUser === undefined ? [node, BIN, ...args] : ['/usr/bin/setpriv', `--reuid=${asUser}`, `--regid=${asUser}`, '--clear-groups', node, BIN, ...args];
  const result = await execa(command[0]!, command.slice(1), {
    reject: false,
    stdin: 'ignore',
    stripFinalNewline: false,
    env: { NO_COLOR: '1', BURNPLAN_DEBUG: '' },
    ...execaOptions,
  });
  return { exitCode: result.exitCode, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** True when a Node stack trace made it into the output. */
export function hasStackTrace(output: string): boolean {
  return /^\s+at .+[(:]\d+/m.test(output) || output.includes('node:internal');
}
