// -toc: the tracks of the complete sessions and the lead-out. An open (or damaged) session is not
// in the TOC yet; a disc without a complete session has no TOC at all.
import { completeTracks, lbaToMsf, trackEnd } from './disc-state.mjs';
import { errmsgno, out, pad, pad2 } from './output.mjs';
import { errReadTocHdr } from './scsi-errors.mjs';
import { dot } from './variants.mjs';

export function printToc(ctx) {
  // print_toc() / print_track() [3.02] [cdrkit]
  const tracks = completeTracks(ctx.state);
  if (tracks.length === 0) {
    errReadTocHdr(ctx);
    errmsgno(dot('Cannot read TOC/PMA'));
    return;
  }
  const line = (label, lba, control, mode) => {
    const msf = lbaToMsf(lba);
    return `track:${label} lba: ${pad(lba, 9)} (${pad(lba * 4, 9)}) ${pad2(msf.m)}:${pad2(msf.s)}:${pad2(msf.f)} adr: 1 control: ${control.toString(16).toUpperCase()} mode: ${mode}\n`;
  };
  let s = `first: ${tracks[0].no} last ${tracks[tracks.length - 1].no}\n`;
  for (const t of tracks) s += line(` ${pad(t.no, 3)}`, t.start, 4, t.mode); // control 4: data, uninterrupted
  const last = tracks[tracks.length - 1];
  s += line('lout', trackEnd(last), 4, -1); // lead-out: mode -1 (read_trackinfo(0xAA))
  out(s);
}
