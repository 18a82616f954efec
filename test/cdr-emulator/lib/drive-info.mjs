// Common preamble (main() of cdrecord.c 3.02a09 / wodim.c): the version line, TOC type and
// memlock warning, then the description of the drive (libscg version, inquiry, driver, buffers).
// The -msinfo of cdrecord prints none of it unless -v: its stdout must stay "a,b".
import fs from 'node:fs';
import { DRIVE, FIFO_SIZE, SCSI_BUFSIZE } from './hardware.mjs';
import { err, errmsg, out } from './output.mjs';
import { WODIM, versionText } from './variants.mjs';

function lacksCapSysResource() {
  try {
    const status = fs.readFileSync('/proc/self/status', 'utf8');
    const m = /^CapEff:\s*([0-9a-f]+)/m.exec(status);
    if (!m) return false;
    return (BigInt(`0x${m[1]}`) & (1n << 24n)) === 0n;
  } catch {
    return false;
  }
}

function printInquiry(ctx) {
  // do_inquiry() output, printf [3.02] [cdrkit]; field layout from
  // [cap:wodim-burn-dvdr-sao-progress-01] (wodim: "Identification") and
  // [cap:cdrecord-prcap-sony-crx140e-1.10-01] (cdrecord: "Identifikation").
  out(
    'Device type    : Removable CD-ROM\n' +
      'Version        : 5\n' +
      'Response Format: 2\n' +
      'Capabilities   : \n' +
      `Vendor_info    : '${DRIVE.vendor}'\n` +
      `${WODIM ? 'Identification' : 'Identifikation'} : '${DRIVE.ident}'\n` +
      `Revision       : '${DRIVE.revision}'\n` +
      'Device seems to be: Generic mmc2 DVD-R/DVD-RW.\n',
  );
  if (ctx.verbose && WODIM) {
    // identify_mmc() -> print_profiles() with lverbose [cap:wodim-burn-dvdr-sao-progress-01]
    const cur = ctx.state?.media === 'cd-rw' ? 0x0a : 0x09;
    const names = [
      [0x12, 'DVD-RAM'], [0x11, 'DVD-R sequential recording'], [0x15, 'DVD-R/DL sequential recording'],
      [0x16, 'DVD-R/DL layer jump recording'], [0x14, 'DVD-RW sequential recording'],
      [0x13, 'DVD-RW restricted overwrite'], [0x1a, 'DVD+RW'], [0x1b, 'DVD+R'], [0x2b, 'DVD+R/DL'],
      [0x10, 'DVD-ROM'], [0x09, 'CD-R'], [0x0a, 'CD-RW'], [0x08, 'CD-ROM'], [0x02, 'Removable disk'],
    ];
    const h = (n) => `0x${n.toString(16).toUpperCase().padStart(4, '0')}`;
    let s = `Current: ${h(cur)} (${cur === 0x0a ? 'CD-RW' : 'CD-R'})\n`;
    for (const [n, label] of names) s += `Profile: ${h(n)} (${label}) ${n === cur ? '(current)' : ''}\n`;
    out(s);
  }
}

export function preamble(ctx, o) {
  const v = ctx.verbose;
  const msinfoQuiet = o.msinfo && !v;
  if (!WODIM && !msinfoQuiet) out(versionText()); // main() [3.02]
  if (v || o.debug) {
    // printf("TOC Type: %d = %s\n") [3.02] [cdrkit]; wodim -v -msinfo prints it on stdout [local]
    const xa = o.multi && !ctx.firstTrackData;
    out(`TOC Type: ${xa ? 3 : 1} = ${xa ? 'CD-ROM XA mode 2' : 'CD-ROM'}\n`);
  }
  const writing = !(o.msinfo || o.toc || o.atip || o.fix || o.minfo);
  if (writing && WODIM && lacksCapSysResource()) {
    // raise_memlock(): errmsg("Warning: Cannot raise RLIMIT_MEMLOCK limits.\n") [cdrkit];
    // printed by the real wodim here [local] and in [cap:wodim-burn-dvdr-sao-progress-01]
    errmsg('Operation not permitted', 'Warning: Cannot raise RLIMIT_MEMLOCK limits.');
  }
}

export function printDriveInfo(ctx, o) {
  const v = ctx.verbose;
  if (!WODIM && (!o.msinfo || v)) out("Using libscg version 'schily-0.9'.\n"); // [3.02] [cap:cdrecord-toc-audio-cd-13tracks-macos-01]
  if (WODIM && v) err('Wodim version: 1.1.11\n'); // fprintf(stderr) [cdrkit] [cap:wodim-burn-dvdr-sao-progress-01]
  if (v && o.driveropts && !WODIM) out(`Driveropts: '${o.driveropts}'\n`);
  if (v && o.driveropts && WODIM) out(`Driveropts: '${o.driveropts}'\n`);
  if (v) err(`SCSI buffer size: ${SCSI_BUFSIZE}\n`); // error()/fprintf(stderr) [3.02] [cdrkit]
  if (v && !WODIM) out('atapi: 1\n'); // printf("atapi: %d\n") [3.02] (commented out in cdrkit)
  if (!o.msinfo || v) printInquiry(ctx);
  if (!o.msinfo || v) {
    // "Using %s (%s).", print_drflags(), print_wrmodes() [3.02] [cdrkit]; driver text of cdr_mmc
    // "generic SCSI-3/mmc   CD-R/CD-RW driver" [3.02 drv_mmc.c] [cap:wodim-burn-bdr-cannot-get-nwa-01]
    out(
      'Using generic SCSI-3/mmc   CD-R/CD-RW driver (mmc_cdr).\n' +
        'Driver flags   : MMC-3 SWABAUDIO BURNFREE \n' +
        'Supported modes: TAO PACKET SAO SAO/R96P SAO/R96R RAW/R16 RAW/R96P RAW/R96R\n',
    );
  }
  if (v) out(`Drive buf size : ${DRIVE.bufSize} = ${DRIVE.bufSize >> 10} KB\n`); // [3.02] [cdrkit]
  if (v && WODIM) {
    // get_dmaspeed() [cdrkit] [cap:wodim-burn-dvdr-sao-progress-01]
    err('Beginning DMA speed test. Set CDR_NODMATEST environment variable if device\ncommunication breaks or freezes immediately after that.\n');
    out(`Drive DMA Speed: ${DRIVE.dmaKBs} kB/s ${Math.floor(DRIVE.dmaKBs / 176)}x CD ${Math.floor(DRIVE.dmaKBs / 1385)}x DVD\n`);
  } else if (v) {
    out(`Drive DMA Speed: ${DRIVE.dmaKBs} kB/s ${Math.floor(DRIVE.dmaKBs / 176)}x CD ${Math.floor(DRIVE.dmaKBs / 1385)}x DVD ${Math.floor(DRIVE.dmaKBs / 4495)}x BD\n`); // [3.02]
  }
  if (v && o.tracks.length > 0) out(`FIFO size      : ${FIFO_SIZE} = ${FIFO_SIZE >> 10} KB\n`); // [3.02] [cdrkit]
}
