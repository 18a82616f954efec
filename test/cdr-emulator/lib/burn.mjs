// A write (tracks given) or a -fix (no tracks): the checks, the grace time, each track in turn,
// the statistics, the fixation, and the new state (-dummy goes through the motions and changes
// nothing). Ends with comexit(): exit status 254 when anything failed.
import fs from 'node:fs';
import { MAX_TRACK, PREGAP, nextWritable, recordBurn, writeState } from './disc-state.mjs';
import { SECS_PER_TRANSFER, SECTOR } from './hardware.mjs';
import { loadMedia } from './open-device.mjs';
import { EX_BAD, EX_ERRS, errmsgno, exit, out } from './output.mjs';
import { getDiskType } from './print-atip.mjs';
import { errCloseSession, nextWrAddrFailure } from './scsi-errors.mjs';
import { fmtSpeed, gracewait, prtimediff } from './timing.mjs';
import { checkdsize, checktsize, prepareTracks, readStdinTracks } from './tracks.mjs';
import { WODIM } from './variants.mjs';
import { writeTrack } from './write-track.mjs';

export function doWrite(ctx, o) {
  const v = ctx.verbose;
  const state = ctx.state;
  const isFix = o.fix && o.tracks.length === 0;
  const tracks = isFix ? [] : prepareTracks(ctx, o);
  const tsize = isFix ? 0 : checktsize(ctx, o, tracks);
  loadMedia(ctx);
  getDiskType(ctx, o, { forWrite: true });

  const closedDisc = state.finalized;
  if (!isFix) {
    const unknown = tracks.some((t) => t.knownSize < 0);
    if (unknown) errmsgno('WARNING: Total disk size unknown. Data may not fit on disk.');
    else if (!checkdsize(ctx, o, tsize)) exit(EX_BAD);
  }
  if (WODIM && !isFix) out(`Speed set to ${Math.floor((ctx.speed * 1764) / 10)} KB/s\n`); // [page:forums.gentoo.org] [cap:wodim-burn-dvdr-sao-progress-01]
  const modeName = isFix ? 'unknown' : ctx.tao ? 'TAO' : 'SAO';
  gracewait(ctx, o, modeName);
  if (!isFix && v) out('Waiting for reader process to fill input buffer ... input buffer ready.\n'); // fifo.c [cap:...dvdr-sao-progress-01]
  // Read standard input now (cdrecord's fifo process reads it).
  readStdinTracks(tracks);
  if (!o.dummy && v) out('Performing OPC...\n'); // do_opc() [3.02] [cdrkit] [cap:...dvdr-sao-progress-01]
  if (!ctx.tao && !isFix && v) out('Sending CUE sheet...\n'); // write_leadin_mmc() [3.02]
  const startTime = Date.now();
  let errs = 0;
  const fd = fs.openSync(ctx.image, 'r+');
  const newTracks = [];
  let damaged = null;
  try {
    if (!isFix) {
      const existing = state.tracks.length;
      if (existing + tracks.length > MAX_TRACK) {
        // main() [3.02] [cdrkit]
        errmsgno(`Too many tracks for this disk, last track number is ${existing + tracks.length}.`);
        exit(EX_BAD);
      }
      let nwa = closedDisc ? null : nextWritable(state);
      const sessionNo = state.open ? state.open.session : state.sessionsClosed + 1;
      for (const t of tracks) {
        if (nwa === null) {
          nextWrAddrFailure(ctx);
          errmsgno('Cannot get next writable address.'); // main() [3.02] [cdrkit]
          errs++;
          break;
        }
        t.trackNo = existing + newTracks.length + 1;
        if (v) out(`Starting new track at sector: ${nwa}\n`); // [3.02] [cdrkit] [cap:cdrecord-burn-audio-dummy-progress-excerpt-01]
        // What a drive holds if the writer dies mid-track (killed, crashed): a begun, unfinished
        // track. Saved as the sectors go out (every MiB), replaced by the real outcome at the end.
        if (!o.dummy) {
          let savedAt = 0;
          ctx.onWritten = (sectors) => {
            if (sectors - savedAt < 512) return;
            savedAt = sectors;
            const provisional = structuredClone(state);
            const begun = { no: t.trackNo, session: sessionNo, start: nwa, size: sectors, runout: 0, mode: t.mode, xa: t.xa, partial: true };
            recordBurn(provisional, o, { isFix: false, fixOk: false, newTracks: [...newTracks], damaged: begun });
            writeState(ctx.image, provisional);
          };
        }
        const r = writeTrack(ctx, o, t, nwa, fd);
        ctx.onWritten = undefined;
        const runout = ctx.tao ? 2 : 0;
        if (!r.ok) {
          // [3.02] [cdrkit] main(): after write_track_data() < 0
          errmsgno('A write error occured.');
          errmsgno('Please properly read the error message above.');
          errs++;
          damaged = { no: t.trackNo, session: sessionNo, start: nwa, size: r.sectors, runout: 0, mode: t.mode, xa: t.xa, partial: true };
          break;
        }
        newTracks.push({ no: t.trackNo, session: sessionNo, start: nwa, size: r.sectors, runout, mode: t.mode, xa: t.xa });
        nwa = nwa + r.sectors + runout + PREGAP;
      }
    }
    const endWrite = Date.now();
    if (v && !isFix) {
      // cdrstats() [3.02] [cdrkit]
      prtimediff('Writing  time: ', endWrite - startTime);
      const nsecs = newTracks.reduce((n, t) => n + t.size, 0);
      if (nsecs > 0 && tracks.every((t) => t.knownSize >= 0)) {
        const secs = Math.max(0.001, (endWrite - startTime) / 1000);
        const speed = ctx.faults.slowMsPerMb > 0 ? nsecs / 75 / secs : ctx.speed;
        out(`Average write speed ${fmtSpeed(speed)}x.\n`);
      }
      if (ctx.minbuf !== undefined) out(`Min drive buffer fill was ${ctx.minbuf}%\n`);
    }
    // Fixation
    let fixOk = true;
    if (!o.nofix) {
      if (v) out('Fixating...\n'); // [3.02] [cdrkit]
      if (o.dummy && v) out("WARNING: Some drives don't like fixation in dummy mode.\n"); // fixate_mmc() [3.02] [cap:...underruns-predicted-01]
      const fixStart = Date.now();
      // The drive refuses CLOSE SESSION after a failed write, on a closed disc, and on a blank disc
      // with nothing to close (INFERRED sense, see errCloseSession()).
      if (damaged || closedDisc || (isFix && state.tracks.length === 0 && !state.open)) fixOk = false;
      if (!fixOk) {
        errCloseSession(ctx);
        if (!o.dummy) {
          errmsgno('Cannot fixate disk.'); // main() [3.02] [cdrkit]
          errs++;
        }
      }
      if (v) prtimediff('Fixating time: ', Date.now() - fixStart);
    }
    if (v && !isFix) {
      // fifo_stats() [3.02 fifo.c] [cap:wodim-burn-dvdr-sao-progress-01] "fifo had %ld puts and %ld gets."
      const transfers = tracks.reduce((n, t) => n + Math.ceil(((t.data?.length ?? 0) + 1) / (SECS_PER_TRANSFER * SECTOR)), 0);
      errmsgno(`fifo had ${transfers} puts and ${transfers} gets.`);
      errmsgno('fifo was 0 times empty and 0 times full, min fill was 100%.');
    }
    // State update (nothing changes with -dummy)
    if (!o.dummy) {
      recordBurn(state, o, { isFix, fixOk, newTracks, damaged });
      writeState(ctx.image, state);
    }
  } finally {
    fs.closeSync(fd);
  }
  exit(errs ? EX_ERRS : 0);
}
