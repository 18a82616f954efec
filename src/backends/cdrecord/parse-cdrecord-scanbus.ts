// Parses `cdrecord -scanbus` (also wodim's), stdout and stderr together. Pure.
// scsi_scan.c select_target() (cdrtools and cdrkit alike) prints each bus, then one line per target:
//   scsibus0:
//   <TAB>0,0,0<TAB>  0) 'HL-DT-ST' 'DVDRAM GP20N    ' '1.02' Removable CD-ROM
//   <TAB>0,1,0<TAB>  1) *                                (nothing there)
//   <TAB>0,7,0<TAB>  7) HOST ADAPTOR                     (the initiator)
// "\t%d,%d,%d" then a tab (or a blank when the address is 8 characters or more), "%3d) ", then
// "'%.8s' '%.16s' '%.4s' " (vendor, model, revision, blank-padded) and the device type.
// Real captures (test/fixtures/real-outputs): cdrecord-scanbus-3.02a10-cygwin-01.txt (claimed real),
// cdrecord-scanbus-atapi-2.00.3-excerpt-01.txt, cdrecord-scanbus-disk-and-nec-2.01.01a33-01.txt,
// cdrecord-scanbus-disk-only-2.01.01a33-01.txt (a hard disk and no optical drive),
// wodim-scanbus-2buses-sony-01.txt, wodim-scanbus-2drives-indented-1.1.9-01.txt. Forums turned the
// tabs into blanks in some of them, so fields are split on any white space.
// Hard disks ("Disk"), tapes and the host adaptor share the bus; only "Removable CD-ROM" (SCSI
// device type 5, which every CD, DVD and BD drive reports) is an optical drive.
import { errorWords } from './parse-cdrecord-devices.js';
import type { DriveScan, ListedDrive } from '../../drives/drive-model.js';

const TARGET = /^\s*(\d+),(\d+),(\d+)\s+\d+\)\s+'([^']*)'\s+'([^']*)'\s+'([^']*)'(?:\s+(.*?))?\s*$/;
const BUS = /^scsibus\d+:\s*$/m;

export function parseCdrecordScanbus(output: string): DriveScan {
  const drives: ListedDrive[] = [];
  for (const line of unwrapped(output)) {
    const match = TARGET.exec(line);
    if (!match || !/CD-ROM$/.test(match[7] ?? '')) continue;
    const revision = match[6]!.trim();
    drives.push({ device: `${match[1]},${match[2]},${match[3]}`, vendor: match[4]!.trim(), model: match[5]!.trim(), ...(revision ? { revision } : {}) });
  }
  // a scan that printed its buses ran fine, even when it found no optical drive on them
  return { drives, busy: [], problems: BUS.test(output) ? [] : errorWords(output) };
}

/** A device type the target line lacks, or only begun ("Removable"), may sit alone on the next line. */
const TYPE_ONLY = /^(?:Removable\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?$/;

/**
 * The lines with wrapped rows joined again: mail clients and narrow terminals break a long row
 * before its device type (SOURCES.md §2: the LKML mail of 2001-09-18 has "CD-ROM" on a line of
 * its own), and a row without its type would silently list no drive.
 */
function unwrapped(output: string): string[] {
  const lines = output.split('\n').map((line) => line.replace(/\r$/, ''));
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const match = TARGET.exec(line);
    const next = lines[i + 1]?.trim();
    if (match && /^(?:Removable)?$/.test(match[7] ?? '') && next && TYPE_ONLY.test(next) && !TARGET.test(lines[i + 1]!)) {
      line = `${line.trimEnd()} ${next}`;
      i++;
    }
    joined.push(line);
  }
  return joined;
}
