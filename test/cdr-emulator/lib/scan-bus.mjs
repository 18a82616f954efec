// Scanning for drives: -scanbus (cdrecord and wodim) and --devices (wodim only; cdrtools has no
// such option and says "Bad Option", as the option table already does).
//
// The emulated drives are the images listed in CDR_EMULATOR_SCAN (separated by ':'): drive k
// (0-based) sits on SCSI bus k at target 0, lun 0, so -scanbus shows it as k,0,0, and dev=k,0,0
// opens its image (open-device.mjs). --devices lists it by its image path, where a real wodim
// shows /dev/sr0 or /dev/sg1: the path is what dev= takes. Images that do not exist are not drives.
// Without any drive the scan cannot open a SCSI device at all, as on a machine without one: the
// open failure of open-device.mjs ([local] wodim 1.1.11 here:
// real-outputs/wodim-devices-no-drive-local-stderr-01.txt, -scanbus prints the same).
// CDR_EMULATOR_FAULT does not apply to scanning.
import fs from 'node:fs';
import path from 'node:path';
import { DRIVE } from './hardware.mjs';
import { err, exit, out, pad } from './output.mjs';
import { PROG, WODIM, versionText } from './variants.mjs';

/** The images of the emulated drives, in bus order (CDR_EMULATOR_SCAN). */
export function scanImages() {
  return (process.env.CDR_EMULATOR_SCAN ?? '').split(path.delimiter).filter(Boolean);
}

/** The image a cdrecord address k,0,0 stands for, or undefined. */
export function imageForAddress(dev) {
  const m = /^(\d+),(\d+),(\d+)$/.exec(dev);
  if (!m || m[2] !== '0' || m[3] !== '0') return undefined;
  return scanImages()[Number(m[1])];
}

/** -scanbus or --devices; never returns (exit 0 like the originals, or the open failure). */
export function doScan(ctx, o, openFailure) {
  const drives = scanImages().flatMap((image, bus) => {
    try {
      return [{ image, bus, mode: fs.statSync(image).mode }];
    } catch {
      return [];
    }
  });
  if (drives.length === 0) return openFailure(ctx, 'No such file or directory', '');
  if (o.devices) listDevices(drives);
  else scanBuses(drives);
  exit(0);
}

/**
 * select_target() [cdrkit scsi_scan.c] [3.02 scsi_scan.c]: "scsibus%d:", then targets 0-7 as
 * "\t%d,%d,%d" + (tab, or a blank from 8 characters on) + "%3d) " + "'%.8s' '%.16s' '%.4s' " +
 * "Removable CD-ROM", or "*" where nothing answers. Layout of the real captures
 * [cap:wodim-scanbus-2buses-sony-01] (wodim: nothing before the first bus) and
 * [cap:cdrecord-scanbus-3.02a10-cygwin-01] (cdrecord: its version line and "Using libscg version
 * 'schily-0.9'." first; on Linux no HOST ADAPTOR line, as in the 2.01.01a33 Linux captures).
 */
function scanBuses(drives) {
  if (!WODIM) {
    out(versionText());
    // on stderr between the two: [cap:cdrecord-scanbus-disk-and-nec-2.01.01a33-01] and
    // [cap:cdrecord-scanbus-disk-only-2.01.01a33-01] (Linux); INFERRED that 3.02 keeps it
    err('Linux sg driver version: 3.5.27\n');
    out("Using libscg version 'schily-0.9'.\n");
  }
  let text = '';
  for (const { bus } of drives) {
    text += `scsibus${bus}:\n`;
    for (let target = 0; target < 8; target++) {
      const address = `${bus},${target},0`;
      const head = `\t${address}${address.length < 8 ? '\t' : ' '}${pad(bus * 100 + target, 3)}) `;
      text += target === 0 ? `${head}'${fixed(DRIVE.vendor, 8)}' '${fixed(DRIVE.ident, 16)}' '${fixed(DRIVE.revision, 4)}' Removable CD-ROM\n` : `${head}*\n`;
    }
  }
  out(text);
}

/**
 * list_devices() [cdrkit scsi_scan.c], stdout: "%s: Overview of accessible drives (%d found) :",
 * a rule of 73 dashes, "%2d  dev='%s'\t%s : '%.8s' '%.16s'" with vendor and model trimmed, the
 * rule again [cap:wodim-devices-2drives-sony-01] [cap:wodim-devices-plextor-px760a-01].
 */
function listDevices(drives) {
  const rule = '-'.repeat(73);
  let text = `${PROG}: Overview of accessible drives (${drives.length} found) :\n${rule}\n`;
  drives.forEach(({ image, mode }, i) => {
    text += `${pad(i, 2)}  dev='${image}'\t${perms(mode)} : '${DRIVE.vendor.trim()}' '${DRIVE.ident.trim()}'\n`;
  });
  out(`${text}${rule}\n`);
}

/** "rwrw--": read and write bits of user, group and others [cdrkit list_devices()]. */
function perms(mode) {
  const bits = [0o400, 0o200, 0o040, 0o020, 0o004, 0o002];
  return bits.map((bit, i) => (mode & bit ? 'rw'[i % 2] : '-')).join('');
}

const fixed = (text, width) => String(text).padEnd(width).slice(0, width);
