// Runs an external program: always an argument array, never a shell. Each call says whether it
// only reads the disc or writes it, so that read-only commands (status, diff) can prove they
// never ran a write.
import { execa } from 'execa';
import type { Command } from '../core/command.js';
import { UserError } from '../errors.js';

export type Access = 'read' | 'write';

export interface ProgramResult {
  command: Command;
  exitCode: number;
  /** The signal that ended the program (it crashed, or was killed); exitCode is then 1. */
  signal?: string;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  access: Access;
  /** Milliseconds; reads of a slow drive spinning up take a while, but never forever. */
  timeout?: number;
  env?: NodeJS.ProcessEnv;
  /** Stops the program when aborted; the call then throws the abort's reason. */
  signal?: AbortSignal;
}

const DEFAULT_READ_TIMEOUT_MS = 180_000;

export class ProgramFailedError extends UserError {
  constructor(
    readonly result: ProgramResult,
    message: string,
  ) {
    super(message);
    this.name = 'ProgramFailedError';
  }
}

export async function runProgram(command: Command, options: RunOptions): Promise<ProgramResult> {
  const result = await execa(command.program, [...command.args], {
    reject: false,
    stdin: 'ignore',
    timeout: options.timeout ?? (options.access === 'read' ? DEFAULT_READ_TIMEOUT_MS : undefined),
    env: options.env,
    stripFinalNewline: false,
    ...(options.signal ? { cancelSignal: options.signal } : {}),
  });
  if (result.isCanceled) throw options.signal?.reason instanceof Error ? options.signal.reason : new UserError(`${command.program}: stopped`);
  // a program ended by a signal (a crash, a kill, the terminal's Ctrl-C) returns, with the
  // signal, for its caller to report; one that never started or never answered throws
  if (result.failed && result.exitCode === undefined && (result.timedOut || !result.signal)) {
    const reason = result.timedOut ? `did not answer within ${Math.round((options.timeout ?? DEFAULT_READ_TIMEOUT_MS) / 1000)} s` : (result.originalMessage ?? result.shortMessage);
    throw new UserError(`${command.program}: ${reason}`);
  }
  return { command, exitCode: result.exitCode ?? 1, ...(result.signal ? { signal: result.signal } : {}), stdout: String(result.stdout), stderr: String(result.stderr) };
}
