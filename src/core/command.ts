// A command as data: what diff prints is exactly what apply runs. Pure: the runner that executes
// one lives in tools/run-program.ts.

export interface Command {
  program: string;
  args: readonly string[];
}

/** "failed (exit 5)", or "was killed by SIGKILL" for a program a signal ended. */
export function howItEnded(result: { exitCode?: number; signal?: string }): string {
  return result.signal ? `was killed by ${result.signal}` : `failed (exit ${result.exitCode})`;
}

/** A command as a user could paste it into a shell (for display only; it is never run this way). */
export function formatCommand(command: Command): string {
  return [command.program, ...command.args].map(shellQuote).join(' ');
}

function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:=,+-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** The same key for the same argv: a measurement is reused only for that very command. */
export function commandKey(command: Command): string {
  return JSON.stringify([command.program, ...command.args]);
}
