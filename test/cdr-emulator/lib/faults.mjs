// Faults (environment variable CDR_EMULATOR_FAULT; the modes are described in the header of
// cdrecord-emulator.mjs). An unknown name stops the emulator with status 2, so a typo in a test
// cannot pass for a fault-free run.
import { err } from './output.mjs';

export function parseFaults() {
  const faults = { noDisc: false, busy: false, eacces: false, writeErrorAfter: -1, slowMsPerMb: 0, busyRetries: 0, closedMsinfoNoDisc: false };
  for (const raw of (process.env.CDR_EMULATOR_FAULT ?? '').split(',')) {
    const f = raw.trim();
    if (f === '') continue;
    if (f === 'no-disc') faults.noDisc = true;
    else if (f === 'busy') faults.busy = true;
    else if (f === 'permission-denied') faults.eacces = true;
    else if (f === 'closed-msinfo-no-disc') faults.closedMsinfoNoDisc = true;
    else if (/^busy-retries:[1-5]$/.test(f)) faults.busyRetries = Number(f.slice(13));
    else if (f.startsWith('write-error-after:')) faults.writeErrorAfter = Number.parseInt(f.slice(18), 10);
    else if (f.startsWith('slow:')) faults.slowMsPerMb = Number.parseInt(f.slice(5), 10);
    else {
      err(`cdrecord-emulator: unknown CDR_EMULATOR_FAULT '${f}'\n`);
      process.exit(2);
    }
  }
  return faults;
}
