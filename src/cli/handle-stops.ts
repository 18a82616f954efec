// What a stop does to an apply (the CLI's part: the signals; the steps read ApplyStops).
import type { ApplyStops } from '../apply/apply-context.js';
import { UserError } from '../errors.js';
import { keepRunningWithoutOutput } from './closed-output.js';

/**
 * A stop (Ctrl-C, SIGTERM, or SIGHUP when the terminal closes) outside a write stops at once.
 * During a write, the first one lets that session finish and be read back, and then no other
 * burn or close starts; a second one stops the writing tool (SIGTERM, then SIGKILL), spoiling
 * the session. burnplan outlives its terminal to do so: output to a closed terminal is dropped.
 */
export function handleStops(stops: ApplyStops, abort: (reason: Error) => void): () => void {
  keepRunningWithoutOutput();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stops.writing.active && !stops.requested) {
      stops.requested = { signal, duringWrite: true };
      stops.writing.warn?.('stopping after this session is written and read back; stop again to abort the write and spoil the session');
      process.stderr.write(`\n${signal}: apply stops after the session being written is finished and read back. Stop again to abort the write (the session is then spoiled).\n`);
      return;
    }
    stops.requested ??= { signal, duringWrite: false };
    abort(new UserError(`stopped by the user (${signal})`));
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}
