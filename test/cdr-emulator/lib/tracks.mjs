// The tracks to write: opening the files (or standard input), the padding to the 300-sector
// minimum, and the size checks against the disc (checktsize(), checkdsize()).
import fs from 'node:fs';
import { nextWritable } from './disc-state.mjs';
import { PAD_SECS, SECTOR } from './hardware.mjs';
import { EX_BAD, errmsg, errmsgno, exit, out, pad, pad2 } from './output.mjs';
import { sleepMs } from './timing.mjs';

function minutesOf(btotal) {
  // minutes()/seconds()/hseconds()/frames() macros on 2352-byte audio sectors (cdrecord.h)
  const sps = 75 * 2352;
  return {
    min: Math.floor(btotal / (60 * sps)),
    sec: Math.floor(btotal / sps) % 60,
    hsec: Math.floor(((btotal % sps) * 100) / sps),
    frame: Math.floor((btotal % sps) / 2352),
  };
}

function readAllStdin() {
  const chunks = [];
  const buf = Buffer.alloc(1 << 20);
  for (;;) {
    let n;
    try {
      n = fs.readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      if (e.code === 'EAGAIN') {
        sleepMs(5);
        continue;
      }
      if (e.code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

export function prepareTracks(ctx, o) {
  // opentracks()/checksize() [3.02] [cdrkit]
  const tracks = [];
  let stdinUsed = false;
  for (const [i, t] of o.tracks.entries()) {
    let data;
    let knownSize;
    if (t.file === '-') {
      if (stdinUsed) {
        errmsgno('Cannot read from stdin twice.'); // INFERRED guard, real cdrecord would read EOF
        exit(EX_BAD);
      }
      stdinUsed = true;
      knownSize = t.tsize !== undefined ? t.tsize : -1;
      data = null; // read later (after the grace time, as cdrecord's fifo does)
    } else {
      try {
        data = fs.readFileSync(t.file);
      } catch (e) {
        // comerr("Cannot open '%s'.\n") [3.02] [cdrkit]
        errmsg(e.code === 'EISDIR' ? 'Is a directory' : 'No such file or directory', `Cannot open '${t.file}'.`);
        exit(EX_BAD);
      }
      knownSize = t.tsize !== undefined ? t.tsize : data.length;
    }
    const xa = o.multi && !t.data;
    const mode = xa ? 2 : 1;
    let padsecs = t.padsize !== undefined ? Math.ceil(t.padsize / 2048) : t.pad ? PAD_SECS : 0;
    if (knownSize > 0 && Math.floor(knownSize / SECTOR) < 300) {
      const secs = Math.ceil(knownSize / SECTOR);
      if (padsecs + secs < 300) padsecs = 300 - secs; // minimum track size 4 s (opentracks)
    }
    tracks.push({ index: i + 1, file: t.file, data, knownSize, padsecs, xa, mode });
  }
  return tracks;
}

export function checktsize(ctx, o, tracks) {
  // checktsize() [3.02] [cdrkit]
  let total = -150;
  for (const [i, t] of tracks.entries()) {
    total += 150;
    if (t.knownSize >= 0) {
      let curr = Math.ceil(t.knownSize / SECTOR) + t.padsecs;
      if (curr < 300) curr = 300;
      if (ctx.tao) curr += 2;
      total += curr;
    } else if (!ctx.tao) {
      errmsgno(`Track ${i + 1} has unknown length.`); // checktsize() [3.02] [cdrkit]
      errmsgno('Use tsize= option in SAO mode to specify track size.');
      exit(EX_BAD);
    }
  }
  if (!ctx.verbose) return total;
  for (const t of tracks) {
    // printdata(): "Track %02d: data  %4lld MB        " [3.02] [cdrkit] [cap:wodim-burn-dvdr-sao-progress-01]
    let s = t.knownSize >= 0 ? `Track ${pad2(t.index)}: data  ${pad(Math.floor(t.knownSize / 2 ** 20), 4)} MB        ` : `Track ${pad2(t.index)}: data  unknown length`;
    if (t.padsecs > 0) {
      const padbytes = t.padsecs * SECTOR;
      s += padbytes >> 20 > 0 ? ` padsize: ${pad(padbytes >> 20, 4)} MB` : ` padsize: ${pad(padbytes >> 10, 4)} KB`;
    }
    out(`${s}\n`);
  }
  const btotal = total * 2352;
  const a = minutesOf(btotal);
  out(`Total size:     ${pad(Math.floor(btotal / 2 ** 20), 4)} MB (${pad2(a.min)}:${pad2(a.sec)}.${pad2(a.hsec)}) = ${total} sectors\n`);
  const b = minutesOf(btotal + 150 * 2352);
  out(`Lout start:     ${pad(Math.floor((btotal + 150 * 2352) / 2 ** 20), 4)} MB (${pad2(b.min)}:${pad2(b.sec)}/${pad2(b.frame)}) = ${total} sectors\n`);
  return total;
}

export function checkdsize(ctx, o, tsize) {
  // checkdsize() [3.02] [cdrkit]
  const state = ctx.state;
  let startsec = nextWritable(state);
  if (startsec === null || startsec < 0) startsec = 0;
  const endsec = startsec + tsize;
  ctx.startsec = startsec;
  ctx.endsec = endsec;
  const max = state.atip.leadOut;
  if (ctx.verbose) out(`Blocks total: ${max} Blocks current: ${max - startsec} Blocks remaining: ${max - endsec}\n`);
  if (endsec > max) errmsgno('WARNING: Data may not fit on current disk.');
  const rmax = state.atip.rcap;
  if (ctx.verbose && rmax > 0) out(`RBlocks total: ${rmax} RBlocks current: ${rmax - startsec} RBlocks remaining: ${rmax - endsec}\n`);
  if (rmax > 0 && endsec > rmax) errmsgno('Data does not fit on current disk.');
  if (endsec <= max) return true;
  if (o.overburn || o.ignsize || o.force) {
    errmsgno('Notice: Overburning active. Trying to write more than the official disk capacity.');
    return true;
  }
  errmsgno('Notice: Use -overburn option to write more than the official disk capacity.');
  errmsgno('Notice: Most CD-writers do overburning only on SAO or RAW mode.');
  return false;
}

/** Reads standard input now, after the grace time (cdrecord's fifo process reads it). */
export function readStdinTracks(tracks) {
  for (const t of tracks) {
    if (t.data === null) {
      const all = readAllStdin();
      t.data = t.knownSize >= 0 ? (all.length >= t.knownSize ? all.subarray(0, t.knownSize) : Buffer.concat([all, Buffer.alloc(t.knownSize - all.length)])) : all;
      t.stdinBytes = Math.min(all.length, t.knownSize >= 0 ? t.knownSize : all.length);
      if (t.knownSize < 0) {
        t.knownSize = -1;
        const secs = Math.ceil(all.length / SECTOR);
        if (secs < 300) t.padsecs = Math.max(t.padsecs, 300 - secs);
      }
    }
  }
}
