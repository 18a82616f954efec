// getdisktype_mmc(): the sector size, the ATIP (for -atip, and for any operation with -v), and
// the reload message when a closed disc is opened for writing.
import { fmtMsfSlash, lbaToMsf } from './disc-state.mjs';
import { SECTOR } from './hardware.mjs';
import { errmsgno, out } from './output.mjs';
import { WODIM } from './variants.mjs';

/** getdisktype_mmc(): ATIP printing (print_atip + pr_manufacturer) when -atip or -v. */
function printAtip(ctx) {
  const a = ctx.state.atip;
  const lines = ['ATIP info from disk:'];
  // print_atip() [3.02 drv_mmc.c] / [cdrkit drv_mmc.c]; sample lines from [page:ubuntuforums 2005]
  // (cdrecord 2.01a29, the code base of cdrkit) and [cap:cdrecord-burn-dummy-sao-underruns-predicted-01]
  lines.push(`  Indicated writing power: ${a.indWrPower}`);
  if (a.erasable || a.refSpeed) lines.push(`  Reference speed: ${[0, 2, 4, 6, 8, 0, 0, 0][a.refSpeed]}`);
  // IS(): "Disk Is %s%s" in cdrtools 3.02 drv_mmc.c, "  Is %s%s" in cdrkit drv_mmc.c
  const is = (what, flag) => (WODIM ? `  Is ${flag ? '' : 'not '}${what}` : `Disk Is ${flag ? '' : 'not '}${what}`);
  lines.push(is('unrestricted', a.uru));
  lines.push(is('erasable', a.erasable));
  const cdrSub = [
    'Normal Rewritable (CLV) media', 'High speed Rewritable (CAV) media', 'Medium Type A, low Beta category (A-)',
    'Medium Type A, high Beta category (A+)', 'Medium Type B, low Beta category (B-)',
    'Medium Type B, high Beta category (B+)', 'Medium Type C, low Beta category (C-)',
    'Medium Type C, high Beta category (C+)',
  ];
  const cdrwSub = [
    'Normal Rewritable (CLV) media', 'High speed Rewritable (CAV) media', 'Ultra High speed Rewritable media',
    'Ultra High speed+ Rewritable media', ...cdrSub.slice(4),
  ];
  if (a.subType) lines.push(`  Disk sub type: ${(a.erasable ? cdrwSub : cdrSub)[a.subType]} (${a.subType})`);
  lines.push(`  ATIP start of lead in:  ${a.leadIn} (${fmtMsfSlash(a.leadInMsf)})`);
  lines.push(`  ATIP start of lead out: ${a.leadOut} (${fmtMsfSlash(lbaToMsf(a.leadOut))})`);
  // pr_manufacturer() [3.02 diskid.c]: dye from frame%10, manufacturer from the dman[] table
  const li = a.leadInMsf;
  let dye = li.f % 10 < 5 ? 'Long strategy type (Cyanine, AZO or similar)' : 'Short strategy type (Phthalocyanine or similar)';
  if (a.erasable) dye = 'Phase change';
  let index = 18;
  let name = 'Plasmon Data systems Ltd.'; // dman[] {97,27,10} -> 18 Plasmon
  if (!(li.m === 97 && li.s === 27 && Math.floor(li.f / 10) === 1)) {
    dye = 'unknown dye (reserved id code)'; // not in dman[]
    index = -1;
    name = 'unknown (not in table)';
  }
  lines.push(`Disk type:    ${dye}`);
  lines.push(`Manuf. index: ${index}`);
  lines.push(`Manufacturer: ${name}`);
  if (index === -1) {
    lines.push('Manufacturer is unknown because of the orange forum embargo.');
    lines.push('As the orange forum likes to get money for recent information,');
    lines.push('it may be that this media does not use illegal manufacturer coding.');
  }
  out(`${lines.join('\n')}\n`);
}

export function getDiskType(ctx, o, { forWrite }) {
  const v = ctx.verbose;
  if (v) out(`Current Secsize: ${SECTOR}\n`); // [3.02] [cdrkit] [page:ubuntuforums 2005]
  if (o.atip || v) printAtip(ctx);
  if (forWrite && ctx.state.finalized) {
    // getdisktype_mmc(): complete disk + RF_WRITE -> "Trying to clear drive status." then
    // reload_media(): "Drive needs to reload the media to return to proper status." [3.02] [cdrkit]
    if (v) out('Trying to clear drive status.\n');
    errmsgno('Drive needs to reload the media to return to proper status.');
  }
}
