// The clock side of a run: blocking sleeps (the emulator is synchronous from start to end), the
// grace time countdown, and the printed times and speeds.
import { out, pad } from './output.mjs';
import { WODIM } from './variants.mjs';

export function sleepMs(ms) {
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function prtimediff(label, ms) {
  // prtimediff(): "%s%4ld.%03lds\n" [cap:wodim-burn-dvdr-sao-progress-01] "Writing  time:  531.315s"
  const secs = Math.floor(ms / 1000);
  out(`${label}${pad(secs, 4)}.${pad(Math.floor(ms % 1000), 3, '0')}s\n`);
}

export function fmtSpeed(x) {
  return pad(Math.min(999, x).toFixed(1), 5); // %5.1f
}

export function gracewait(ctx, o, modeName) {
  // gracewait() [3.02] [cdrkit]; countdown bytes [cap:wodim-burn-dvdr-sao-progress-01]
  const dummy = o.dummy ? 'dummy' : 'real';
  const force = o.force ? ' force' : '';
  const sess = o.multi ? 'multi' : 'single';
  if (WODIM) out(`Starting to write CD/DVD at speed ${fmtSpeed(ctx.speed)} in ${dummy}${force} ${modeName} mode for ${sess} session.\n`);
  else out(`Starting to write CD/DVD/BD at speed ${ctx.speed} in ${dummy}${force} ${modeName} mode for ${sess} session.\n`);
  let g = o.gracetime ?? 9;
  if (g < 2) g = 2; // MIN_GRACE_TIME
  if (g > 999) g = 999;
  out(WODIM ? `Last chance to quit, starting ${dummy} write in ${pad(g, 4)} seconds.` : `Last chance to quit, starting ${dummy} write in ${g} seconds.`);
  const realtime = process.env.CDR_EMULATOR_REALTIME === '1';
  for (let i = g; --i >= 0; ) {
    if (realtime) sleepMs(1000);
    out(`${'\b'.repeat(13)}${pad(i, 4)} seconds.`);
  }
  out(' Operation starts.\n');
}
