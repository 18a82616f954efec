// main(): --emulator-insert, then the order of main() in cdrecord.c / wodim.c: options, the
// checks of gargs(), the write mode, the preamble, opening the device, the drive description,
// and the operation. Returns an exit status or throws Exit.
import { doBlank } from './blank.mjs';
import { doWrite } from './burn.mjs';
import { driveCall } from './drive-calls.mjs';
import { gargs, susage } from './arguments.mjs';
import { insertBlank, readState } from './disc-state.mjs';
import { preamble, printDriveInfo } from './drive-info.mjs';
import { parseFaults } from './faults.mjs';
import { DRIVE } from './hardware.mjs';
import { loadMedia, openDevice, openFailure } from './open-device.mjs';
import { EX_BAD, err, errmsgno, exit, out } from './output.mjs';
import { getDiskType } from './print-atip.mjs';
import { printMinfo } from './print-minfo.mjs';
import { printMsinfo } from './print-msinfo.mjs';
import { printToc } from './print-toc.mjs';
import { doScan } from './scan-bus.mjs';
import { PROG, WODIM, versionText } from './variants.mjs';

export function main(argv) {
  if (argv[0] === '--emulator-insert') {
    const image = argv[1];
    if (!image) {
      err('usage: cdrecord-emulator.mjs --emulator-insert PATH [--media cd-r|cd-rw] [--minutes 80|74]\n');
      return 2;
    }
    let media = 'cd-r';
    let minutes = 80;
    for (let i = 2; i < argv.length; i += 2) {
      if (argv[i] === '--media') media = argv[i + 1];
      else if (argv[i] === '--minutes') minutes = Number(argv[i + 1]);
      else {
        err(`cdrecord-emulator: unknown insert option ${argv[i]}\n`);
        return 2;
      }
    }
    insertBlank(image, media, minutes);
    return 0;
  }

  const ctx = { faults: parseFaults(), silent: false, verbose: 0 };
  const o = gargs(argv);
  ctx.verbose = o.verbose;
  ctx.silent = !!o.silent;
  if (o.help) {
    // usage(0): the long option list on stderr [cdrkit] [local: wodim -help]
    err(`Usage: ${PROG} [options] track1...trackn\n`);
    exit(0);
  }
  if (o.version) {
    if (WODIM) err(versionText());
    else out(versionText());
    exit(0);
  }
  const ops = ['msinfo', 'toc', 'atip', 'fix', 'minfo', 'load', 'lock', 'checkdrive', 'prcap', 'inq', 'scanbus', 'reset', 'abort', 'setdropts'];
  const opFlags = ops.filter((f) => o[f]);
  if (opFlags.length > 0 && o.tracks.length > 0) {
    if (WODIM) {
      // gargs() [cdrkit]
      err('No tracks allowed with -load, -lock, -setdropts, -msinfo, -toc, -atip, -fix,\n-version, -checkdrive, -prcap, -inq, -scanbus, --devices, -reset and -abort options.\n');
      exit(1);
    }
    // etracks() [3.02]
    errmsgno(`No tracks allowed with '-${opFlags[0] === 'minfo' ? 'minfo' : opFlags[0] === 'inq' ? 'inquiry' : opFlags[0]}'.`);
    susage(EX_BAD);
  }
  // -scanbus and --devices scan before any device is opened, without the preamble (main() of
  // wodim.c: no memlock for F_SCANBUS, no "Device was not specified" line [local]) (scan-bus.mjs)
  if (o.scanbus || o.devices) {
    driveCall(argv);
    return doScan(ctx, o, openFailure);
  }
  if (o.tracks.length === 0 && opFlags.length === 0 && !o.eject && !o.blank && !o.format) {
    errmsgno('No tracks specified. Need at least one.'); // [3.02] [cdrkit] [local]
    susage(EX_BAD);
  }
  // Write mode (gargs()/default_wr_mode())
  ctx.firstTrackData = !!o.tracks[0]?.data;
  ctx.tao = true;
  if (o.dao || o.raw || o.raw96r || o.raw96p || o.raw16) ctx.tao = false;
  if (o.tracks.length > 0 && !o.tao && !o.dao && !o.packet && !o.raw && !o.raw96r && !o.raw96p && !o.raw16) {
    errmsgno('No write mode specified.');
    if (WODIM) {
      // [cdrkit] [local]
      errmsgno('Assuming -tao mode.');
      errmsgno('Future versions of wodim may have different drive dependent defaults.');
    } else {
      // default_wr_mode() [3.02]
      errmsgno(`Assuming ${o.multi ? '-tao' : '-sao'} mode.`);
      if (!o.multi) errmsgno('If your drive does not accept -sao, try -tao.');
      errmsgno('Future versions of cdrecord may have different drive dependent defaults.');
      if (!o.multi) ctx.tao = false;
    }
  }
  if (o.raw || o.raw96r || o.raw96p || o.raw16 || o.packet || o.clone || o.cuefile) {
    err('cdrecord-emulator: RAW, packet, clone and cuefile= writing are not emulated\n');
    exit(2);
  }

  preamble(ctx, o);
  driveCall(argv);
  ctx.image = openDevice(ctx, o);
  ctx.state = readState(ctx.image);
  const maxSpeed = ctx.state.media === 'cd-rw' ? DRIVE.maxSpeedCdrw : DRIVE.maxSpeedCdr;
  ctx.speed = o.speed > 0 && o.speed < maxSpeed ? o.speed : maxSpeed;
  printDriveInfo(ctx, o);

  // Inquiry-only operations: the drive identity above is all this emulator prints for them.
  if (o.checkdrive || o.inq || o.prcap || o.scanbus || o.devices || o.load || o.lock || o.reset || o.abort || o.setdropts) exit(0);
  if (o.blank) return doBlank(ctx, o);
  if (o.msinfo || o.toc || o.atip || o.minfo) {
    loadMedia(ctx, o);
    if (o.msinfo) {
      if (ctx.verbose) getDiskType(ctx, o, { forWrite: false });
      printMsinfo(ctx);
    } else {
      getDiskType(ctx, o, { forWrite: false });
      if (o.minfo) printMinfo(ctx);
      else if (o.toc) printToc(ctx);
    }
    exit(0); // comexit(0) [3.02] [cdrkit]
  }
  if (o.eject && o.tracks.length === 0 && !o.fix) exit(0);
  return doWrite(ctx, o);
}
