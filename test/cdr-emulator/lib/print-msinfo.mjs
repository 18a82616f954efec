// -msinfo: "start of the last session,next writable address", the two numbers genisoimage -C
// wants. Both failures are printed and still end with exit status 0, as in cdrecord.
import { lastSessionOffset, nextWritable } from './disc-state.mjs';
import { errmsgno, out } from './output.mjs';
import { errReadTocSinfo, nextWrAddrFailure } from './scsi-errors.mjs';
import { dot } from './variants.mjs';

export function printMsinfo(ctx) {
  // print_msinfo() [3.02] [cdrkit]: errors are errmsgno() + return, then comexit(0): exit status 0.
  const state = ctx.state;
  const off = lastSessionOffset(state);
  if (off === null) {
    errReadTocSinfo(ctx);
    errmsgno(dot('Cannot read session offset'));
    return;
  }
  if (ctx.verbose) out(`session offset: ${off}\n`);
  const nwa = nextWritable(state);
  if (nwa === null) {
    nextWrAddrFailure(ctx);
    errmsgno(dot('Cannot read first writable address'));
    return;
  }
  out(`${off},${nwa}\n`); // printf("%ld,%ld\n") [3.02] [cdrkit] [cap:cdrecord-msinfo-cdr-appendable-01]
}
