// `par2 repair` over the files recover copied off a disc, and what its exit code and last words
// mean. par2cmdline 0.8.1 (libpar2.h, enum Result): 0 all files are correct or were repaired,
// 1 repair possible (not done: only `verify` stops there), 2 repair not possible (too few intact
// recovery slices), 3 bad arguments, 4 too little intact critical data in the PAR2 files to
// verify, 5 repaired but still damaged, 6 a file I/O error, 7 an internal error, 8 out of memory.
// A repaired file's damaged copy is kept beside it as NAME.1 (NAME.2 when that is taken).
import path from 'node:path';
import { howItEnded, type Command } from '../core/command.js';
import { runProgram } from '../tools/run-program.js';

export interface Par2RepairOutcome {
  state: 'repaired' | 'not-possible' | 'failed';
  /** par2's own words when it did not repair. */
  note?: string;
}

export function par2RepairCommand(program: string, indexFile: string, baseDir: string): Command {
  // -B joined to its value: a folder named like an option stays a folder; -- ends the options
  return { program, args: ['repair', `-B${path.resolve(baseDir)}`, '--', path.resolve(indexFile)] };
}

export async function runPar2Repair(command: Command, options: { env?: NodeJS.ProcessEnv; signal?: AbortSignal } = {}): Promise<Par2RepairOutcome> {
  // reads and writes files of this computer only, never the disc; a large repair takes its time
  const run = await runProgram(command, { access: 'read', timeout: 0, ...(options.env ? { env: options.env } : {}), ...(options.signal ? { signal: options.signal } : {}) });
  if (run.exitCode === 0 && !run.signal) return { state: 'repaired' };
  const words = lastWords(`${run.stdout}\n${run.stderr}`);
  if (run.exitCode === 2 && !run.signal) return { state: 'not-possible', note: `par2: ${words ?? 'repair is not possible'}` };
  const ended = `par2 ${howItEnded({ exitCode: run.exitCode, ...(run.signal ? { signal: run.signal } : {}) })}`;
  return { state: 'failed', note: words ? `${ended}: ${words}` : ended };
}

/** The line that says why: "You need 3 more recovery blocks…", else the last line that is not progress. */
export function lastWords(output: string): string | undefined {
  const lines = output
    .split(/[\r\n]/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^\S+: \d+(\.\d+)?%$/.test(line));
  return lines.find((line) => /^You need \d+ more recovery/.test(line)) ?? lines.at(-1);
}
