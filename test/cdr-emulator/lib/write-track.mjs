// Writing one track into the image: the progress lines, the padding, and the
// write-error-after:N and slow:MS_PER_MB faults.
import fs from 'node:fs';
import { DRIVE, SECS_PER_TRANSFER, SECTOR } from './hardware.mjs';
import { out, pad, pad2 } from './output.mjs';
import { errWrite } from './scsi-errors.mjs';
import { fmtSpeed, sleepMs } from './timing.mjs';
import { WODIM } from './variants.mjs';

function writeSectors(fd, lba, buf) {
  let off = 0;
  while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off, lba * SECTOR + off);
}

/**
 * write_track_data() [3.02] [cdrkit]: progress "\rTrack %02d: %4lld of %4lld MB written (fifo %3d%%)
 * [buf %3d%%] %5.1fx." [cap:wodim-burn-dvdr-sao-progress-01] [cap:cdrecord-burn-audio-dummy-progress-excerpt-01]
 * Returns { ok, bytesRead, bytesWritten, sectors }.
 */
export function writeTrack(ctx, o, t, startsec, fd) {
  const v = ctx.verbose;
  const tracksize = t.knownSize;
  const trackNo = t.trackNo;
  let neednl = false;
  if (v) {
    out(tracksize > 0 ? `\rTrack ${pad2(trackNo)}:    0 of ${pad(Math.floor(tracksize / 2 ** 20), 4)} MB written.` : `\rTrack ${pad2(trackNo)}:    0 MB written.`);
    neednl = true;
  }
  let data = t.data;
  let bytesRead = t.stdinBytes ?? data.length;
  if (tracksize >= 0 && data.length > tracksize) data = data.subarray(0, tracksize);
  if (tracksize >= 0) bytesRead = Math.min(bytesRead, tracksize);
  // Data shorter than tsize: the rest is read as EOF, buffer cleared to NULs (fill_buf()).
  let payload = data;
  const partialPad = payload.length % SECTOR === 0 ? 0 : SECTOR - (payload.length % SECTOR);
  if (partialPad) payload = Buffer.concat([payload, Buffer.alloc(partialPad)]);
  const dataSecs = payload.length / SECTOR;
  let padsecs = t.padsecs;
  if (dataSecs + padsecs < 300) padsecs = 300 - dataSecs;
  const failAt = ctx.faults.writeErrorAfter;
  const secsps = 75;
  let bytes = 0;
  let savbytes = 0;
  let tlast = Date.now();
  let sec = 0;
  const bsize = DRIVE.bufSize;
  const speed = ctx.speed;
  const writeChunk = (buf) => {
    if (!o.dummy) writeSectors(fd, startsec + sec, buf);
  };
  while (sec < dataSecs) {
    const n = Math.min(SECS_PER_TRANSFER, dataSecs - sec);
    if (failAt >= 0 && sec + n > failAt) {
      const okSecs = Math.max(0, failAt - sec);
      if (okSecs > 0) {
        writeChunk(payload.subarray(sec * SECTOR, (sec + okSecs) * SECTOR));
        sec += okSecs;
        bytes += okSecs * SECTOR;
      }
      errWrite(ctx, startsec + sec, SECS_PER_TRANSFER);
      out(`${neednl ? '\n' : ''}write track data: error after ${bytes} bytes\n`); // [3.02] [cdrkit]
      return { ok: false, bytesRead, bytesWritten: bytes, sectors: sec };
    }
    if (partialPad && sec + n === dataSecs) {
      // The last read is short: "\nWARNING: padding up to secsize (by %ld bytes).\n" [3.02],
      // "\nWARNING: padding up to secsize.\n" [cdrkit] (write_track_data())
      out(WODIM ? '\nWARNING: padding up to secsize.\n' : `\nWARNING: padding up to secsize (by ${partialPad} bytes).\n`);
      neednl = false;
    }
    writeChunk(payload.subarray(sec * SECTOR, (sec + n) * SECTOR));
    sec += n;
    bytes += n * SECTOR;
    ctx.onWritten?.(sec);
    if (ctx.faults.slowMsPerMb > 0) sleepMs((ctx.faults.slowMsPerMb * n * SECTOR) / 2 ** 20);
    if (v && bytes >= savbytes + 0x100000) {
      const nsecs = (bytes - savbytes) / SECTOR;
      const now = Date.now();
      let fspeed = speed;
      if (ctx.faults.slowMsPerMb > 0) fspeed = nsecs / secsps / Math.max(0.001, (now - tlast) / 1000);
      let s = `\rTrack ${pad2(trackNo)}: ${pad(Math.floor(bytes / 2 ** 20), 4)}`;
      s += tracksize > 0 ? ` of ${pad(Math.floor(tracksize / 2 ** 20), 4)} MB` : ' MB';
      s += ' written';
      s += ' (fifo 100%)';
      // cdrtools 3.x asks for the buffer fill only once "bytes > bsize" [3.02]; cdrkit always [cdrkit]
      if (WODIM || bytes > bsize) {
        s += ' [buf  99%]';
        ctx.minbuf = 99;
      }
      s += ` ${fmtSpeed(fspeed)}x.`;
      out(s);
      savbytes = Math.floor(bytes / 2 ** 20) * 2 ** 20;
      neednl = true;
      tlast = now;
    }
  }
  if (padsecs > 0) {
    const padbytes = padsecs * SECTOR;
    if (neednl) {
      out('\n');
      neednl = false;
    }
    if (padbytes >> 20 > 0) {
      neednl = true;
      out(`\rTrack ${pad2(trackNo)}:    0 of ${pad(padbytes >> 20, 4)} MB pad written.`); // pad_track() [3.02]
    } else if (v) {
      out(`Track ${pad2(trackNo)}: writing ${pad(padbytes >> 10, 3)} KB of pad data.\n`); // [3.02] [cdrkit]
    }
    if (!o.dummy) writeSectors(fd, startsec + sec, Buffer.alloc(padbytes));
    sec += padsecs;
    bytes += padbytes;
  }
  // printf("%sTrack %02d: Total bytes read/written: %lld/%lld (%lld sectors).\n") [3.02] [cdrkit]
  out(`${neednl ? '\n' : ''}Track ${pad2(trackNo)}: Total bytes read/written: ${bytesRead}/${bytes} (${bytes / SECTOR} sectors).\n`);
  return { ok: true, bytesRead, bytesWritten: bytes, sectors: sec };
}
