// Opening dev= (scg_open()/usal_open()) and loading the medium: where the open failures of each
// variant and the busy, permission-denied and no-disc faults are printed.
import fs from 'node:fs';
import { statePath } from './disc-state.mjs';
import { imageForAddress } from './scan-bus.mjs';
import { EX_BAD, err, errmsgno, exit } from './output.mjs';
import { errTestUnitReady } from './scsi-errors.mjs';
import { PROG, WODIM } from './variants.mjs';

/** scg_open()/usal_open() with the emulator's device checks. Returns the image path. */
export function openDevice(ctx, o) {
  const v = ctx.verbose;
  if (o.dev === undefined) {
    if (WODIM) err('Device was not specified. Trying to find an appropriate drive...\n'); // [local]
    return openFailure(ctx, 'No such file or directory', '');
  }
  const dev = o.dev;
  // a cdrecord address b,t,l opens the image of the scanned drive there (scan-bus.mjs)
  const address = /^(\d+),(\d+),(\d+)$/.exec(dev);
  const image = dev.startsWith('stdio:') ? dev.slice(6) : (imageForAddress(dev) ?? dev);
  const announce = WODIM ? v > 0 : !o.msinfo || v > 0;
  if (announce && address) {
    // an address has no devname line [page:ubuntuforums "Karmic DVD_RW drive support issue?" 2010-04-08, wodim 1.1.9 -v dev=1,0,0]
    err(`scsidev: '${dev}'\nscsibus: ${address[1]} target: ${address[2]} lun: ${address[3]}\n`);
    if (WODIM) {
      // the same capture, right after; INFERRED that wodim prints it only where it announces the device
      err(
        'WARNING: the deprecated pseudo SCSI syntax found as device specification.\n' +
          'Support for that may cease in the future versions of wodim. For now,\n' +
          'the device will be mapped to a block device file where possible.\n' +
          'Run "wodim --devices" for details.\n',
      );
    }
  } else if (announce) {
    // libscg/libusal scg_open() with verbose, stderr [local: wodim -v -msinfo] [cap:cdrecord-burn-dummy-sao-underruns-predicted-01]
    err(`scsidev: '${dev}'\ndevname: '${dev}'\nscsibus: -2 target: -2 lun: -2\n`);
  }
  if (ctx.faults.busy) return openFailure(ctx, 'Device or resource busy', `Cannot open '${dev}'`);
  if (ctx.faults.busyRetries > 0 && retryBusyOpen(ctx, image)) return openFailure(ctx, 'Device or resource busy', `Cannot open '${dev}'`);
  if (ctx.faults.eacces) return openFailure(ctx, 'Permission denied', `Cannot open '${dev}'`);
  if (!fs.existsSync(image)) return openFailure(ctx, 'No such file or directory', `Cannot open '${dev}'`);
  if (!fs.existsSync(statePath(image))) return openFailure(ctx, 'Inappropriate ioctl for device', `Cannot open '${dev}'`);
  if (announce && v) err('Linux sg driver version: 3.5.27\n'); // [cap:wodim-burn-dvdr-sao-progress-01]
  return image;
}

/**
 * The drive is busy for a while. wodim retries: cdrkit libusal/scsi-linux-sg.c sg_open_excl()
 * prints "Error trying to open %s exclusively (%s)... %s" on stderr, "retrying in 1 second." for
 * the first four tries and "giving up." on the fifth, then fails. cdrtools' libscg does not retry
 * (LeoLovina/cdrtools libscg/scsi-linux-sg.c has no O_EXCL open): it fails at once.
 * Returns true when the open finally fails.
 */
function retryBusyOpen(ctx, image) {
  if (!WODIM) return true;
  for (let i = 0; i < ctx.faults.busyRetries; i++) {
    err(`Error trying to open ${image} exclusively (Device or resource busy)... ${i < 4 ? 'retrying in 1 second.' : 'giving up.'}\n`);
  }
  return ctx.faults.busyRetries >= 5;
}

export function openFailure(ctx, errnoText, errstr) {
  if (WODIM) {
    // errmsg("\nCannot open SCSI driver!\n...") [cdrkit] = [local] / [cap:wodim-msinfo-cannot-open-scsi-driver-local-stderr-01]
    err(
      `${PROG}: ${errnoText}. \nCannot open SCSI driver!\n` +
        "For possible targets try 'wodim --devices' or 'wodim -scanbus'.\n" +
        "For possible transport specifiers try 'wodim dev=help'.\n" +
        'For IDE/ATAPI devices configuration, see the file README.ATAPI.setup from\n' +
        'the wodim documentation.\n',
    );
  } else {
    // scg_openerr() [3.02]: errmsg("%s%sCannot open or use SCSI driver.\n", errstr, ". ")
    const root = typeof process.geteuid === 'function' && process.geteuid() === 0;
    err(`${PROG}: ${errnoText}. ${errstr}${errstr ? '. ' : ''}Cannot open or use SCSI driver.\n`);
    errmsgno(`For possible targets try 'cdrecord -scanbus'.${root ? '' : ' Make sure you are root.'}`);
    errmsgno("For possible transport specifiers try 'cdrecord dev=help'.");
  }
  exit(EX_BAD);
}

/** load_media(): "No disk / Wrong disk!" [3.02] [cdrkit] [cap:cdrecord-minfo-no-disk-cygwin-excerpt-01] */
export function loadMedia(ctx, o) {
  // closed-msinfo-no-disc: a drive that answers the -msinfo of a closed disc with NOT READY; its
  // -toc and -atip still read the disc (the quirk described in src/backends/cdrecord/msinfo-outcome.ts)
  const quirk = ctx.faults.closedMsinfoNoDisc && o?.msinfo && ctx.state.finalized;
  if (ctx.faults.noDisc || quirk) {
    errTestUnitReady(ctx);
    errmsgno('No disk / Wrong disk!');
    exit(EX_BAD);
  }
}
