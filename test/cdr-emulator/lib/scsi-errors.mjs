// SCSI error reports: the failures of the emulated drive, printed the way each library does.
//   libscg (cdrtools): "cdrecord: Input/output error. read track info: scsi sendcmd: no error"
//     [cap:cdrecord-msinfo-closed-cdrw-cannot-read-first-writable-address-01] [page:quietearth.us]
//   libusal (cdrkit): "Errno: 5 (Input/output error), send opc scsi sendcmd: no error"
//     [page:forums.gentoo.org "Impossible to burn a CD", wodim] [page:Debian bug 549094, wodim 1.1.9]
//   Following lines: "CDB:  ..", "status: 0x2 (CHECK CONDITION)", "Sense Bytes: ..",
//   "Sense Key: 0x5 Illegal Request, Segment 0", "Sense Code: 0x24 Qual 0x00 (invalid field in cdb)
//   Fru 0x0", "Sense flags: Blk 0 (not valid) ", ["resid: 4"], "cmd finished after 0.000s timeout 40s"
//   [cap:cdrecord-minfo-no-disk-cygwin-excerpt-01] [page:ubuntuforums 2005 "Problems burning with
//   cdrecord" (blank CD-R -msinfo)].
import { err, errmsgno, hex2 } from './output.mjs';
import { PROG, WODIM } from './variants.mjs';

const SENSE_KEYS = { 2: 'Not Ready', 3: 'Medium Error', 5: 'Illegal Request' };
const SENSE_TEXT = {
  '3A00': 'medium not present',
  '2400': 'invalid field in cdb',
  '0C00': 'write error',
  '2C00': 'command sequence error', // INFERRED: the sense a drive gives for a refused CLOSE SESSION
};

export function scsiError(ctx, { cmd, cdb, key, code, qual = 0, resid = 0, senseLen = 18, timeout = 40 }) {
  if (ctx.silent) return;
  const lines = [];
  if (WODIM) lines.push(`Errno: 5 (Input/output error), ${cmd} scsi sendcmd: no error`);
  else lines.push(`${PROG}: Input/output error. ${cmd}: scsi sendcmd: no error`);
  lines.push(`CDB:  ${cdb.map(hex2).join(' ')}`);
  lines.push('status: 0x2 (CHECK CONDITION)');
  const sense = new Array(WODIM ? 16 : senseLen).fill(0);
  sense[0] = 0x70;
  sense[2] = key;
  sense[7] = 0x0a;
  sense[12] = code;
  sense[13] = qual;
  lines.push(`Sense Bytes: ${sense.map(hex2).join(' ')}`);
  lines.push(`Sense Key: 0x${key.toString(16).toUpperCase()} ${SENSE_KEYS[key]}, Segment 0`);
  lines.push(`Sense Code: 0x${hex2(code)} Qual 0x${hex2(qual)} (${SENSE_TEXT[hex2(code) + hex2(qual)]}) Fru 0x0`);
  lines.push('Sense flags: Blk 0 (not valid) ');
  if (resid) lines.push(`resid: ${resid}`);
  lines.push(`cmd finished after 0.000s timeout ${timeout}s`);
  err(`${lines.join('\n')}\n`);
}

export const errReadTocSinfo = (ctx) =>
  // read_session_offset(): READ TOC format 1 on a disc without a complete session
  scsiError(ctx, { cmd: 'read toc', cdb: [0x43, 0, 1, 0, 0, 0, 0, 0, 4, 0], key: 5, code: 0x24, resid: 4, senseLen: 16 });
export const errReadTocHdr = (ctx) =>
  // read_tochdr(): READ TOC format 0, same refusal (INFERRED from the format 1 capture)
  scsiError(ctx, { cmd: 'read toc', cdb: [0x43, 0, 0, 0, 0, 0, 0, 0, 4, 0], key: 5, code: 0x24, resid: 4, senseLen: 16 });
const errReadTrackInfo = (ctx) =>
  // get_trackinfo(0xFF) on a disc without an invisible track [cap:cdrecord-msinfo-closed-cdrw-...]
  scsiError(ctx, { cmd: 'read track info', cdb: [0x52, 1, 0, 0, 0, 0xff, 0, 0, 0x1c, 0], key: 5, code: 0x24, timeout: 240 });
export const errTestUnitReady = (ctx) =>
  // [cap:cdrecord-minfo-no-disk-cygwin-excerpt-01]
  scsiError(ctx, { cmd: 'test unit ready', cdb: [0, 0, 0, 0, 0, 0], key: 2, code: 0x3a });
export const errCloseSession = (ctx) =>
  scsiError(ctx, { cmd: 'close track/session', cdb: [0x5b, 0, 2, 0, 0, 0, 0, 0, 0, 0], key: 5, code: 0x2c, timeout: 480 });
export function errWrite(ctx, lba, count) {
  // write_g1 = WRITE(10) 2A [page:quietearth.us linuxburning], sense 03/0C/00 write error
  scsiError(ctx, {
    cmd: 'write_g1',
    cdb: [0x2a, 0, (lba >>> 24) & 255, (lba >>> 16) & 255, (lba >>> 8) & 255, lba & 255, 0, (count >>> 8) & 255, count & 255, 0],
    key: 3,
    code: 0x0c,
  });
}

export function nextWrAddrFailure(ctx) {
  // next_wr_addr_mmc() [3.02] [cdrkit] [cap:wodim-burn-bdr-cannot-get-nwa-01]
  errReadTrackInfo(ctx);
  errmsgno("Cannot get next writable address for 'invisible' track.");
  errmsgno('This means that we are checking recorded media.');
  errmsgno('This media cannot be written in streaming mode anymore.');
  errmsgno("If you like to write to 'preformatted' RW media, try to blank the media first.");
}
