// Parses what `xorriso -devices` prints (stdout and stderr together). Pure.
// xorriso/drive_mgt.c Xorriso_show_devices(): the drive lines go to the result channel (stdout),
// "Beginning to scan…", "Full drive scan done" and the dash rules to the info channel (stderr):
//   0  -dev '/dev/sr0' rwrw-- :  'TSSTcorp' 'CDDVDW SH-S223C'     (sprintf "%d  -dev '%s' " then
//                                                                  "%s :  '%-8.8s' '%s' \n": the
//                                                                  vendor padded to 8, a trailing blank)
// Real captures (test/fixtures/real-outputs, SOURCES.md §3 and the drives section):
//   xorriso-devices-1.4.2-01.txt                  one drive
//   xorriso-devices-busy-drive-1.5.0-01.txt       one drive listed, /dev/sr1 busy: "libburn : SORRY :
//                                                 Cannot open busy device '/dev/sr1' : …", exit 32
//   xorriso-devices-no-drives-local-stderr-01.txt "xorriso : SORRY : No drives found", exit 32
// The exit value says nothing useful: 32 both with no drive and with a drive listed beside a busy one.
// Drives the user may not open are not listed at all (libburn only lists drives it can open
// read-write); find-drives.ts looks at /dev/sr* itself to explain them.
import type { DriveScan, ListedDrive } from '../../drives/drive-model.js';

const DRIVE = /^\s*\d+\s+-dev\s+'([^']*)'\s+(\S+)\s+:\s+'([^']*)'\s+'(.*)'\s*$/;
const BUSY = /^(?:libburn|xorriso)\s*: SORRY : Cannot open busy device '([^']+)'/;
const PROBLEM = /^(?:xorriso|libburn|libisoburn)\s*: (?:SORRY|FAILURE|FATAL|ABORT) : (.*)$/;

export function parseXorrisoDevices(output: string): DriveScan {
  const drives: ListedDrive[] = [];
  const busy = new Set<string>();
  const problems: string[] = [];
  for (const rawLine of output.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    let match: RegExpExecArray | null;
    if ((match = DRIVE.exec(line))) {
      drives.push({ device: match[1]!, permissions: match[2]!, vendor: match[3]!.trim(), model: match[4]!.trim() });
    } else if ((match = BUSY.exec(line))) {
      busy.add(match[1]!);
    } else if ((match = PROBLEM.exec(line))) {
      problems.push(match[1]!.trim());
    }
  }
  return { drives, busy: [...busy], problems };
}

/** "xorriso 1.5.4" from the banner line "xorriso 1.5.4 : RockRidge filesystem manipulator, …". */
export function xorrisoVersion(output: string): string | undefined {
  const version = /^xorriso (\S+) :/m.exec(output)?.[1];
  return version ? `xorriso ${version}` : undefined;
}
