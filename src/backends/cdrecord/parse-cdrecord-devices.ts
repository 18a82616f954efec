// Parses the drive lists of the cdrecord family (stdout and stderr together). Pure.
//
// `wodim --devices` (cdrkit scsi_scan.c list_devices(), stdout):
//   wodim: Overview of accessible drives (2 found) :
//   -------------------------------------------------------------------------
//    0  dev='/dev/scd0'<TAB>rwrw-- : 'SONY' 'CD-RW  CRX830E'        "%2d  dev='%s'\t%s : '%.8s' '%.16s'",
//   -------------------------------------------------------------------------   vendor and model trimmed
//   real: wodim-devices-2drives-sony-01.txt, wodim-devices-plextor-px760a-01.txt,
//   wodim-devices-scd0-1.1.9-01.txt, wodim-devices-2drives-sg-tab-expanded-01.txt (a forum turned
//   the tab into blanks, and the closing rule is missing). Without any SCSI device node wodim
//   cannot even start the scan: "wodim: No such file or directory. " / "Cannot open SCSI driver!",
//   exit 255 (wodim-devices-no-drive-local-stderr-01.txt, wodim 1.1.11 here).
//
// `cdrskin --devices` (cdrskin.c Cdrskin_scanbus(), stdout):
//   cdrskin: Overview of accessible drives (1 found) :
//   -----------------------------------------------------------------------------
//   0  dev='/dev/sr0'  rwrw-- :  'TSSTcorp'  'CDDVDW SH-S223C'
//   real: cdrskin-devices-busy-device-1.5.0-01.txt (with "cdrskin: SORRY : Cannot open busy device
//   '/dev/sr1'"), cdrskin-devices-none-found-local-stdout-01.txt ("(0 found)", exit 0).
//
// `cdrecord -scanbus` is parsed by parse-cdrecord-scanbus.ts (cdrtools has no --devices).
import type { DriveScan, ListedDrive } from '../../drives/drive-model.js';

const OVERVIEW = /Overview of accessible drives \((\d+) found\)/;
const DRIVE = /^\s*\d+\s+dev='([^']*)'\s+(\S+)\s+:\s+'([^']*)'\s+'(.*)'\s*$/;
const BUSY = /^cdrskin: SORRY : Cannot open busy device '([^']+)'/;

export function parseCdrecordDevices(output: string): DriveScan {
  const drives: ListedDrive[] = [];
  const busy = new Set<string>();
  let overview = false;
  for (const rawLine of output.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    let match: RegExpExecArray | null;
    if (OVERVIEW.test(line)) overview = true;
    else if ((match = DRIVE.exec(line))) {
      drives.push({ device: match[1]!, permissions: match[2]!, vendor: match[3]!.trim(), model: match[4]!.trim() });
    } else if ((match = BUSY.exec(line))) busy.add(match[1]!);
  }
  // without the overview the scan did not run: the tool's error lines say why
  const problems = overview ? cdrskinProblems(output) : errorWords(output);
  return { drives, busy: [...busy], problems };
}

/** cdrskin's own SORRY/FATAL lines other than busy devices (listed apart). */
function cdrskinProblems(output: string): string[] {
  return [...output.matchAll(/^cdrskin: (?:SORRY|FATAL|FAILURE) : (?!Cannot open busy device)(.*)$/gm)].map((m) => m[1]!.trim());
}

/** "cdrecord: ", "/usr/bin/wodim: " (paths may hold blanks). */
const PROGRAM_PREFIX = /^(?:.*\/)?(?:cdrecord|wodim|cdrskin)(?:\.exe)?: /;

/**
 * The error lines of a run that failed, prefixes stripped, as one problem; none when the output
 * holds no error line (a scan that ran and found nothing has nothing to explain).
 */
export function errorWords(output: string): string[] {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => PROGRAM_PREFIX.test(line) || /^(Cannot |No )/.test(line))
    .map((line) => line.replace(PROGRAM_PREFIX, '').replace(/^(?:SORRY|FATAL|FAILURE) : /, ''))
    .filter((line) => !/^(NOTE|HINT|WARNING) : |^Warning: /.test(line));
  return lines.length > 0 ? [lines.slice(0, 3).join(' ')] : [];
}
