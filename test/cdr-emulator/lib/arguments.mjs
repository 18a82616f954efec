// Argument parsing (gargs() of cdrecord.c / wodim.c, schily getargs semantics): the option
// table of each variant, option values, global options that must come before the tracks, and
// the short usage printed after a bad option.
import { EX_BAD, err, errmsgno, exit } from './output.mjs';
import { PROG, WODIM } from './variants.mjs';

export function susage(code) {
  // susage() [3.02] [cdrkit]; real local: `wodim -minfo` [local]
  const p = PROG;
  err(
    `Usage: ${p} [options] track1...trackn\n` +
      `\nUse\t${p} -help\nto get a list of valid options.\n` +
      `\nUse\t${p} blank=help\nto get a list of valid blanking options.\n` +
      `\nUse\t${p} dev=b,t,l driveropts=help -checkdrive\nto get a list of drive specific options.\n` +
      `\nUse\t${p} dev=help\nto get a list of possible SCSI transport specifiers.\n`,
  );
  exit(code);
}

// Option table of cdrecord 3.02a09 ("char *opts" in cdrecord.c) and wodim 1.1.11 (wodim.c).
// kind: flag | count | str | num | llnum.  global: not allowed after the first track.
const COMMON_OPTS = {
  help: ['flag', true], version: ['flag', true], checkdrive: ['flag', true], prcap: ['flag', true],
  inq: ['flag', true], scanbus: ['flag', true], reset: ['flag', true], abort: ['flag', true],
  overburn: ['flag', true], ignsize: ['flag', true], useinfo: ['flag', false], dev: ['str', true],
  timeout: ['num', true], driver: ['str', true], driveropts: ['str', true], setdropts: ['flag', true],
  tsize: ['llnum', false], padsize: ['llnum', false], pregap: ['num', false], defpregap: ['num', false],
  speed: ['num', true], load: ['flag', true], lock: ['flag', true], eject: ['flag', true],
  dummy: ['flag', true], msinfo: ['flag', true], toc: ['flag', true], atip: ['flag', true],
  multi: ['flag', true], fix: ['flag', true], nofix: ['flag', true], waiti: ['flag', true],
  immed: ['flag', true], debug: ['num', true], d: ['count', true], kdebug: ['num', true],
  kd: ['num', true], verbose: ['count', true], v: ['count', true], Verbose: ['count', true],
  V: ['count', true], x: ['count', true], xd: ['num', true], silent: ['flag', true], s: ['flag', true],
  audio: ['flag', false], data: ['flag', false], mode2: ['flag', false], xa: ['flag', false],
  xa1: ['flag', false], xa2: ['flag', false], xamix: ['flag', false], cdi: ['flag', false],
  isosize: ['flag', false], nopreemp: ['flag', false], preemp: ['flag', false], nocopy: ['flag', false],
  copy: ['flag', false], nopad: ['flag', false], pad: ['flag', false], swab: ['flag', false],
  fs: ['llnum', true], ts: ['llnum', true], blank: ['str', true], format: ['flag', true],
  pktsize: ['num', false], packet: ['flag', true], noclose: ['flag', false], force: ['flag', true],
  tao: ['flag', true], dao: ['flag', true], sao: ['flag', true], raw: ['flag', true],
  raw96r: ['flag', true], raw96p: ['flag', true], raw16: ['flag', true], clone: ['flag', true],
  scms: ['flag', false], isrc: ['str', false], mcn: ['str', true], index: ['str', false],
  cuefile: ['str', true], textfile: ['str', true], text: ['flag', true], shorttrack: ['flag', false],
  noshorttrack: ['flag', false], gracetime: ['num', true], minbuf: ['num', true],
};
const OPTS = WODIM
  ? { ...COMMON_OPTS, devices: ['flag', true], formattype: ['str', true], msifile: ['str', true] }
  : { ...COMMON_OPTS, scgopts: ['str', true], minfo: ['flag', true], 'media-info': ['flag', true] };

/** getllnum()/number(): decimal with an optional multiplier (b=512, k, m, g, s=2048, f=2352). */
function parseLlnum(text) {
  const m = /^(\d+)([bkmgstf]?)$/i.exec(text);
  if (!m) return null;
  const mult = { '': 1, b: 512, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, s: 2048, f: 2352 }[m[2].toLowerCase()];
  return Number(m[1]) * mult;
}
function parseNum(text) {
  return /^-?\d+$/.test(text) ? Number.parseInt(text, 10) : null;
}

export function gargs(argv) {
  const o = { verbose: 0, debug: 0, tracks: [], dev: undefined, speed: -1, gracetime: 9 };
  let trackOpts = {};
  const flagsSeen = new Set();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    let name;
    let value;
    if (arg === '-' || !(arg.startsWith('-') || /^[A-Za-z-]+=/.test(arg))) {
      // A file type argument: a track.
      o.tracks.push({ file: arg, ...trackOpts });
      trackOpts = {};
      continue;
    }
    if (arg.startsWith('-')) {
      name = arg.replace(/^--?/, '');
      const eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.slice(eq + 1);
        name = name.slice(0, eq);
      }
    } else {
      const eq = arg.indexOf('=');
      name = arg.slice(0, eq);
      value = arg.slice(eq + 1);
    }
    let spec = OPTS[name];
    // getargs: "-vv" / "-vvv" increments a counter option several times.
    if (!spec && /^(v+|V+|d+|x+)$/.test(name) && value === undefined) {
      spec = OPTS[name[0]];
      for (let k = 0; k < name.length; k++) applyOpt(o, trackOpts, name[0], spec, undefined, arg, flagsSeen);
      continue;
    }
    if (!spec) {
      // "Bad Option: %s." then short usage [3.02] [cdrkit] [local: wodim -minfo]
      errmsgno(`Bad Option: ${arg}.`);
      susage(EX_BAD);
    }
    applyOpt(o, trackOpts, name, spec, value, arg, flagsSeen);
  }
  o.flagsSeen = flagsSeen;
  return o;
}

function applyOpt(o, trackOpts, name, spec, value, arg, flagsSeen) {
  const [kind, global] = spec;
  if (global && o.tracks.length > 0) {
    // gargs(): global options after a track [3.02] [cdrkit]
    errmsgno('Badly placed option. Global options must be before any track.');
    exit(EX_BAD);
  }
  const bad = () => {
    errmsgno(`Bad Option: ${arg}.`);
    susage(EX_BAD);
  };
  if ((kind === 'flag' || kind === 'count') && value !== undefined) bad();
  if ((kind === 'str' || kind === 'num' || kind === 'llnum') && value === undefined) bad();
  let v = true;
  if (kind === 'num') {
    v = parseNum(value);
    if (v === null) bad();
  } else if (kind === 'llnum') {
    v = parseLlnum(value);
    if (v === null) bad();
  } else if (kind === 'str') v = value;
  const target = global ? o : trackOpts;
  if (name === 'v' || name === 'verbose') o.verbose++;
  else if (name === 'd') o.debug++;
  else if (name === 's' || name === 'silent') o.silent = true;
  else if (name === 'sao') o.dao = true;
  else if (name === 'media-info') o.minfo = true;
  else target[name] = v;
  flagsSeen.add(name);
}
