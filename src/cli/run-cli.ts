// The one place that turns errors into messages and exit codes. Commands throw; only this prints.
import { EXIT_ERROR, ExitError, UserError } from '../errors.js';

export async function runCli(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    process.exitCode = reportError(error);
  }
}

export function reportError(error: unknown): number {
  if (error instanceof ExitError) return error.exitCode;
  const debug = Boolean(process.env['BURNPLAN_DEBUG']);
  if (error instanceof UserError) {
    process.stderr.write(`${error.message}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`burnplan: internal error: ${message}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write('(this is a bug in burnplan; run with BURNPLAN_DEBUG=1 for details and report it)\n');
  return EXIT_ERROR;
}
