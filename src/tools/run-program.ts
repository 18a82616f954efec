// Runs an external program: always an argument array, never a shell. Each call says whether it
// only reads the disc or writes it, so that read-only commands (status, diff) can prove they
// never ran a write.
import { execa } from 'execa';
import { UserError } from '../errors.js';

export type Access = 'read' | 'write';

/** A command as data: what diff prints is exactly what apply runs. */
export interface Command {
  program: string;
  args: readonly string[];
}

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

/** "failed (exit 5)", or "was killed by SIGKILL" for a program a signal ended. */
export function howItEnded(result: { exitCode?: number; signal?: string }): string {
  return result.signal ? `was killed by ${result.signal}` : `failed (exit ${result.exitCode})`;
}

/** A command as a user could paste it into a shell (for display only; we never run it this way). */
export function formatCommand(command: Command): string {
  return [command.program, ...command.args].map(shellQuote).join(' ');
}

function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:=,+-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}
