// The one place that turns errors into messages and exit codes. Commands throw; only this prints.
// With --json the error is also one JSON document on stdout (same exit code), for scripts.
import { CommanderError } from 'commander';
import { EXIT_ERROR, ExitError, UserError } from '../errors.js';
import type { Finding } from '../plan/finding.js';
import { errorJson, type ErrorDetails } from '../render/error-json.js';
import { printableLines } from '../render/printable.js';
import { watchClosedOutput } from './closed-output.js';

export async function runCli(run: () => Promise<unknown>, json = process.argv.includes('--json')): Promise<void> {
  watchClosedOutput();
  try {
    await run();
  } catch (error) {
    // --help and --version end at once, as commander itself ends them without exitOverride
    if (error instanceof CommanderError && error.exitCode === 0) process.exit(0);
    process.exitCode = reportError(error, json);
  }
}

export function reportError(error: unknown, json = false): number {
  if (error instanceof ExitError) return error.exitCode;
  if (error instanceof CommanderError) {
    // commander has printed its line (and the hint to --help) on stderr; help and --version exit 0
    if (json && error.exitCode !== 0) process.stdout.write(errorJson({ code: 'error', message: error.message.replace(/^error: /, '') }));
    return error.exitCode;
  }
  const debug = Boolean(process.env['BURNPLAN_DEBUG']);
  if (error instanceof UserError) {
    process.stderr.write(`${printableLines(error.message)}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    if (json) process.stdout.write(errorJson(details(error)));
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`burnplan: internal error: ${message}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write('(this is a bug in burnplan; run with BURNPLAN_DEBUG=1 for details and report it)\n');
  if (json) process.stdout.write(errorJson({ code: 'internal', message }));
  return EXIT_ERROR;
}

/** Told apart by name: importing the error classes would load the plan checker for --help. */
function details(error: UserError): ErrorDetails {
  const message = error.message.trim();
  switch (error.name) {
    case 'PlanInvalidError':
      return { code: 'plan-invalid', message, findings: (error as UserError & { check: { findings: Finding[] } }).check.findings };
    case 'DeviceError':
      return { code: 'device', message, reason: (error as UserError & { reason: string }).reason };
    case 'DeviceBusyError':
    case 'WriterStillRunningError':
      return { code: 'device-busy', message };
    default:
      return { code: error.exitCode === 130 ? 'cancelled' : 'error', message };
  }
}
