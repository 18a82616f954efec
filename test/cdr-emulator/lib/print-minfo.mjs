// -minfo (cdrecord only; wodim has no such option): the disc and session status, the lead-in and
// lead-out addresses, and the track table with the trailing Blank track of an appendable disc.
import {
  LEADIN,
  PREGAP,
  completeTracks,
  diskStatus,
  msfToLba,
  nextSessionStart,
  nextWritable,
  openTracks,
} from './disc-state.mjs';
import { out, pad, padRight } from './output.mjs';

export function printMinfo(ctx) {
  // prdiskstatus() + print_diskinfo() [3.02 scsi_mmc.c]
  const state = ctx.state;
  const status = diskStatus(state);
  const done = completeTracks(state);
  const open = openTracks(state);
  const rows = [];
  for (const t of [...done, ...open]) rows.push({ no: t.no, sess: t.session, type: 'Data', start: t.start, size: t.size + t.runout, blank: false });
  const nwa = nextWritable(state);
  if (status !== 'complete' && nwa !== null) {
    const no = state.tracks.length + 1;
    rows.push({ no, sess: state.sessionsClosed + 1, type: 'Blank', start: nwa, size: Math.max(0, state.atip.leadOut - nwa), blank: true });
  }
  const sessions = status === 'empty' ? 1 : status === 'complete' ? state.sessionsClosed : state.sessionsClosed + 1;
  const lastTrackNo = rows.length > 0 ? rows[rows.length - 1].no : 1;
  const firstInLast = status === 'empty' ? 1 : rows.find((r) => r.sess === sessions)?.no ?? lastTrackNo;
  const xa = state.tracks.length > 0 && state.tracks[0].xa;
  const sessStatus = status === 'complete' ? 'complete' : state.open ? 'incomplete/appendable' : 'empty';
  let leadInLba;
  let leadOutLba;
  if (status === 'complete') {
    leadInLba = msfToLba(255, 255, 255, false); // disc info FF:FF:FF for a complete disc
    leadOutLba = msfToLba(255, 255, 255, true);
  } else if (status === 'empty') {
    leadInLba = state.atip.leadIn;
    leadOutLba = state.atip.leadOut;
  } else if (state.sessionsClosed === 0) {
    leadInLba = state.atip.leadIn; // the open first session starts at the ATIP lead-in
    leadOutLba = state.atip.leadOut;
  } else {
    leadInLba = nextSessionStart(state) - PREGAP - LEADIN; // start of the next session's lead-in
    leadOutLba = state.atip.leadOut;
  }
  let s = '';
  s += 'Mounted media class:      CD\n';
  s += `Mounted media type:       ${state.media === 'cd-rw' ? 'CD-RW' : 'CD-R'}\n`;
  s += `Disk Is ${state.atip.erasable ? '' : 'not '}erasable\n`;
  s += 'data type:                standard\n';
  s += `disk status:              ${status === 'appendable' ? 'incomplete/appendable' : status}\n`;
  s += `session status:           ${sessStatus}\n`;
  s += 'BG format status:         none\n';
  s += 'first track:              1\n';
  s += `number of sessions:       ${sessions}\n`;
  s += `first track in last sess: ${firstInLast}\n`;
  s += `last track in last sess:  ${lastTrackNo}\n`;
  s += `Disk Is ${state.atip.uru ? '' : 'not '}unrestricted\n`;
  s += `Disk type: ${xa ? 'CD-ROM XA' : 'CD-DA or CD-ROM'}\n`;
  s += `last start of lead in: ${leadInLba}\n`;
  s += `last start of lead out: ${leadOutLba}\n`;
  s += '\nTrack  Sess Type   Start Addr End Addr   Size\n';
  s += '==============================================\n';
  let lastaddr = -1;
  let lastsess = -1;
  let leadout = -1;
  let rsize = -1;
  let nwaValid = false;
  let shownNwa = -1;
  for (const r of rows) {
    const border = rsize >= 0 ? r.start - (lastaddr + rsize) : -1;
    if (!r.blank && r.sess > lastsess) {
      lastaddr = r.start;
      lastsess = r.sess;
    }
    rsize = r.size;
    if (!r.blank) leadout = r.start + r.size;
    nwaValid = r.blank;
    shownNwa = r.start;
    s += `${pad(r.no, 5)} ${pad(r.sess, 5)} ${padRight(r.type, 6)} ${padRight(r.start, 10)} ${padRight(r.start + r.size - 1, 10)} ${r.size}`;
    if (ctx.verbose > 0) s += ` ${pad(border, 10)}`;
    s += '\n';
  }
  s += '\n';
  if (lastaddr >= 0) s += `Last session start address:         ${lastaddr}\n`;
  if (leadout >= 0) s += `Last session leadout start address: ${leadout}\n`;
  if (nwaValid) {
    s += `Next writable address:              ${shownNwa}\n`;
    s += `Remaining writable size:            ${rsize}\n`;
  }
  out(s);
}
