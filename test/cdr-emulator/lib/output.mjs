// Output (synchronous, stdout = printf, stderr = error()/errmsg()/errmsgno()), exit codes and
// the number formatting of printf.
// Synchronous writes keep stdout and stderr in the order cdrecord produces them, and let an
// exit() thrown at any depth leave nothing unwritten.
import fs from 'node:fs';
import { PROG } from './variants.mjs';

export const EX_BAD = 255; // EX_BAD is -1: exit status 255
export const EX_ERRS = 254; // comexit(errs ? -2 : 0)

function writeFd(fd, text) {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      if (e.code === 'EAGAIN') continue;
      if (e.code === 'EPIPE') return;
      throw e;
    }
  }
}
export const out = (text) => writeFd(1, text);
export const err = (text) => writeFd(2, text);
/** errmsgno(EX_BAD, msg): "prog: msg" on stderr (schily errmsgno). */
export const errmsgno = (msg) => err(`${PROG}: ${msg}\n`);
/** errmsg(msg): "prog: strerror(errno). msg" on stderr (schily errmsg). */
export const errmsg = (errnoText, msg) => err(`${PROG}: ${errnoText}. ${msg}\n`);

// comexit(code): thrown, and turned into the exit status by cdrecord-emulator.mjs.
export class Exit extends Error {
  constructor(code) {
    super(`exit ${code}`);
    this.code = code;
  }
}
export const exit = (code) => {
  throw new Exit(code);
};

export function pad(n, width, fill = ' ') {
  const s = String(n);
  return s.length >= width ? s : fill.repeat(width - s.length) + s;
}
export const pad2 = (n) => pad(n, 2, '0');
export const hex2 = (n) => n.toString(16).toUpperCase().padStart(2, '0');
export const padRight = (s, width) => (String(s).length >= width ? String(s) : String(s) + ' '.repeat(width - String(s).length));
