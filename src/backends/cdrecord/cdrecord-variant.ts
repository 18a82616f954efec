// Which cdrecord the program is: cdrtools' cdrecord, cdrkit's wodim or libburn's cdrskin. Their
// outputs differ (wodim has no -minfo; cdrskin and cdrecord print the -minfo track table), so
// the reader asks `-version` first. Real version texts:
//   cdrtools: "Cdrecord-ProDVD-ProBD-Clone 3.02a09 (x86_64-apple-darwin24.6.0) Copyright (C) 1995-2019 Joerg Schilling"
//             (test/fixtures/real-outputs/cdrecord-toc-audio-cd-13tracks-macos-01.txt), older "Cdrecord 1.10 (…)",
//             3.02a10 with its date: "Cdrecord-ProDVD-ProBD-Clone 3.02a10 2021/07/23 (i686-pc-cygwin) …"
//             (real-outputs/cdrecord-scanbus-3.02a10-cygwin-01.txt)
//   wodim:    "Cdrecord-yelling-line-to-tell-frontends-to-use-it-like-version 2.01.01a03-dvd " then "Wodim 1.1.11"
//             (local-outputs/wodim-version-1.1.11-stderr.txt; all on stderr); with -v "Wodim version: 1.1.10"
//   cdrskin:  "cdrskin 1.5.4 : limited cdrecord compatibility wrapper for libburn" (local-outputs/cdrskin-version-1.5.4-stdout.txt)

export type CdrecordVariant = 'cdrecord' | 'wodim' | 'cdrskin';

export interface CdrecordIdentity {
  variant: CdrecordVariant;
  /** e.g. "wodim 1.1.11" */
  version: string;
}

export function parseCdrecordVersion(output: string): CdrecordIdentity | undefined {
  const wodim = /^Wodim(?: version:)? (\S+)/m.exec(output);
  if (wodim) return { variant: 'wodim', version: `wodim ${wodim[1]}` };
  const cdrskin = /^cdrskin (\S+) : /m.exec(output);
  if (cdrskin) return { variant: 'cdrskin', version: `cdrskin ${cdrskin[1]}` };
  const cdrecord = /^Cdrecord(?:-[A-Za-z-]+)? (\d\S*)(?: \d{4}\/\d\d\/\d\d)? \(/m.exec(output);
  if (cdrecord) return { variant: 'cdrecord', version: `cdrecord ${cdrecord[1]}` };
  return undefined;
}
