// blank=: only a CD-RW can be blanked; it comes back as a freshly inserted blank disc. A CD-R
// refuses BLANK with an invalid-field sense.
import { insertBlank } from './disc-state.mjs';
import { loadMedia } from './open-device.mjs';
import { EX_BAD, err, errmsgno, exit, out } from './output.mjs';
import { getDiskType } from './print-atip.mjs';
import { scsiError } from './scsi-errors.mjs';
import { gracewait, prtimediff } from './timing.mjs';

export function doBlank(ctx, o) {
  // blank_mmc() [3.02] [cdrkit]: only CD-RW can be blanked
  loadMedia(ctx);
  getDiskType(ctx, o, { forWrite: false });
  const state = ctx.state;
  if (!['all', 'disc', 'disk', 'fast', 'minimal'].includes(o.blank)) {
    if (o.blank === 'help') exit(0);
    err(`Illegal blanking type '${o.blank}'.\n`);
    exit(EX_BAD);
  }
  gracewait(ctx, o, 'BLANK');
  if (state.media !== 'cd-rw') {
    scsiError(ctx, { cmd: 'blank unit', cdb: [0xa1, 0x11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], key: 5, code: 0x24 });
    errmsgno('Cannot blank disk, aborting.');
    exit(EX_BAD);
  }
  if (ctx.verbose) out(`Blanking ${o.blank === 'fast' || o.blank === 'minimal' ? 'PMA, TOC, pregap' : 'entire disk'}\n`);
  if (!o.dummy) {
    const fresh = insertBlank(ctx.image, state.media, state.minutes);
    void fresh;
  }
  if (ctx.verbose) prtimediff('Blanking time: ', 0);
  exit(0);
}
