// What each call costs on a real drive, and a record of the calls. A real cdrecord call that
// opens a drive takes a second or more (spin-up, SCSI inquiry, reading the TOC); the emulator
// answers in the time Node takes to start, so a benchmark would hide what many calls cost.
//   CDR_EMULATOR_CALL_MS=N     each call that opens the device waits N milliseconds first.
//   CDR_EMULATOR_CALL_LOG=FILE each such call appends one line to FILE: the options it was given
//                              (without dev=), e.g. "-msinfo" or "-v -tao -multi tsize=1234s -".
import { appendFileSync } from 'node:fs';
import { sleepMs } from './timing.mjs';

export function driveCall(argv) {
  const log = process.env.CDR_EMULATOR_CALL_LOG;
  if (log) appendFileSync(log, `${argv.filter((a) => !a.startsWith('dev=')).join(' ')}\n`);
  const cost = Number(process.env.CDR_EMULATOR_CALL_MS ?? 0);
  if (Number.isFinite(cost) && cost > 0) sleepMs(cost);
}
