// cdrecord (cdrtools 3.02a09) or wodim (cdrkit 1.1.11): which one this run emulates, and the
// texts that differ between them beyond the program name. Other differences are branched on
// WODIM where they are printed, next to the source that documents them.
import path from 'node:path';

// The basename the program was started through (the bin folder links `cdrecord` and `wodim` to
// the emulator); CDR_EMULATOR_VARIANT overrides it. Decided once, at load, as the original did.
function detectVariant() {
  const forced = process.env.CDR_EMULATOR_VARIANT;
  if (forced === 'wodim' || forced === 'cdrecord') return forced;
  const base = path.basename(process.argv[1] ?? '');
  return base === 'wodim' ? 'wodim' : 'cdrecord';
}

const VARIANT = detectVariant();
export const WODIM = VARIANT === 'wodim';
export const PROG = WODIM ? 'wodim' : 'cdrecord';

/** Variant text: cdrtools 3.x ends most messages with a period, cdrkit does not. */
export const dot = (s) => (WODIM ? s : `${s}.`);

export function versionText() {
  if (WODIM) {
    // fprintf(stderr, ...) in wodim.c main() [cdrkit] = real `wodim -version` [local]
    return (
      'Cdrecord-yelling-line-to-tell-frontends-to-use-it-like-version 2.01.01a03-dvd \n' +
      'Wodim 1.1.11\n' +
      'Copyright (C) 2006 Cdrkit suite contributors\n' +
      'Based on works from Joerg Schilling, Copyright (C) 1995-2006, J. Schilling\n'
    );
  }
  // printf(_("Cdrecord%s%s%s %s (%s-%s-%s) Copyright (C) 1995-2016 %s\n")) [3.02]; the year is the
  // one of the real 3.02a09 binary in [cap:cdrecord-toc-audio-cd-13tracks-macos-01], host linux.
  return 'Cdrecord-ProDVD-ProBD-Clone 3.02a09 (x86_64-pc-linux-gnu) Copyright (C) 1995-2019 Joerg Schilling\n';
}
