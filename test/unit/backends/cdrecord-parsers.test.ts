import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAtip } from '../../../src/backends/cdrecord/parse-atip.js';
import { parseCdrecordVersion } from '../../../src/backends/cdrecord/cdrecord-variant.js';
import { parseMinfo } from '../../../src/backends/cdrecord/parse-minfo.js';
import { parseMsinfo } from '../../../src/backends/cdrecord/parse-msinfo.js';
import { isDataTrack, parseToc } from '../../../src/backends/cdrecord/parse-toc.js';
import { localStreams, realOutput } from '../../helpers/fixtures.js';

describe('parseCdrecordVersion', () => {
  it('tells wodim by its second line', () => {
    expect(parseCdrecordVersion(localStreams('wodim-version-1.1.11').stderr)).toEqual({ variant: 'wodim', version: 'wodim 1.1.11' });
  });

  it('tells cdrskin', () => {
    expect(parseCdrecordVersion(localStreams('cdrskin-version-1.5.4').stdout)).toEqual({ variant: 'cdrskin', version: 'cdrskin 1.5.4' });
  });

  it('tells cdrtools cdrecord, old and new', () => {
    expect(parseCdrecordVersion(realOutput('cdrecord-toc-audio-cd-13tracks-macos-01.txt'))).toEqual({ variant: 'cdrecord', version: 'cdrecord 3.02a09' });
    expect(parseCdrecordVersion(realOutput('cdrecord-burn-dummy-sao-underruns-predicted-01.txt'))).toEqual({ variant: 'cdrecord', version: 'cdrecord 2.01a38' });
    const latin1 = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/real-outputs/cdrecord-prcap-sony-crx140e-1.10-01.txt'), 'latin1');
    expect(parseCdrecordVersion(latin1)).toEqual({ variant: 'cdrecord', version: 'cdrecord 1.10' });
  });

  it('knows nothing of other programs', () => {
    expect(parseCdrecordVersion('xorriso 1.5.4 : RockRidge filesystem manipulator')).toBeUndefined();
  });
});

describe('parseMinfo', () => {
  it('reads a blank BD-R from cdrskin', () => {
    expect(parseMinfo(realOutput('cdrskin-minfo-bdr-blank-01.txt'))).toEqual({
      drive: { vendor: 'PIONEER', model: 'BD-RW BDR-207D', revision: '1.21' },
      mediaClass: 'BD',
      mediaType: 'BD-R sequential recording',
      diskStatus: 'empty',
      sessionStatus: 'empty',
      numberOfSessions: 1,
      firstTrackInLastSession: 1,
      lastTrackInLastSession: 1,
      tracks: [{ track: 1, session: 1, type: 'Blank', start: 0, end: 12219391, size: 12219392 }],
      nextWritableAddress: 0,
      remainingSize: 12219392,
    });
  });

  it('reads a complete DVD+RW with its last session start', () => {
    const minfo = parseMinfo(realOutput('cdrskin-minfo-dvdplusrw-overwriteable-01.txt'));
    expect(minfo.diskStatus).toBe('complete');
    expect(minfo.tracks).toEqual([{ track: 1, session: 1, type: 'Data', start: 0, end: 2295103, size: 2295104 }]);
    expect(minfo.lastSessionStart).toBe(0);
    expect(minfo.nextWritableAddress).toBeUndefined();
  });

  it('reads the appendable status and session count of a 22-session CD-R excerpt', () => {
    const minfo = parseMinfo(realOutput('cdrecord-minfo-cdr-22sessions-appendable-excerpt-01.txt'));
    expect(minfo.diskStatus).toBe('incomplete/appendable');
    expect(minfo.numberOfSessions).toBe(22);
    expect(minfo.tracks).toEqual([]);
  });

  it('reads a closed CD-RW', () => {
    const minfo = parseMinfo(realOutput('cdrskin-minfo-cdrw-closed-after-audio-burn-excerpt-01.txt'));
    expect(minfo).toMatchObject({ mediaClass: 'CD', mediaType: 'CD-RW', diskStatus: 'complete', numberOfSessions: 1 });
  });

  it('reads cdrskin on a plain stdio file', () => {
    const minfo = parseMinfo(localStreams('cdrskin-minfo-stdio-plain-file').stdout);
    expect(minfo).toMatchObject({ mediaType: 'stdio file', diskStatus: 'complete', tracks: [], lastSessionStart: 0 });
    expect(minfo.drive).toEqual({ vendor: 'YOYODYNE', model: 'WARP DRIVE', revision: 'FX01' });
  });

  it('reads a multisession track table with collapsed blanks', () => {
    const text = 'disk status: incomplete/appendable\n\nTrack Sess Type Start Addr End Addr Size\n====\n 1 1 Data 0 65263 65264\n 2 2 Data 93952 112271 18320\n 3 3 Blank 118432 2295103 2176672\n\nNext writable address: 118432\nRemaining writable size: 2176672\n';
    const minfo = parseMinfo(text);
    expect(minfo.tracks.map((t) => [t.session, t.type, t.start, t.size])).toEqual([
      [1, 'Data', 0, 65264],
      [2, 'Data', 93952, 18320],
      [3, 'Blank', 118432, 2176672],
    ]);
    expect(minfo.nextWritableAddress).toBe(118432);
  });
});

describe('parseToc', () => {
  it('reads a 3-session DVD+R with garbage MSF values', () => {
    expect(parseToc(realOutput('cdrecord-prodvd-toc-dvdplusr-3sessions-01.txt'))).toEqual({
      first: 1,
      last: 3,
      tracks: [
        { number: 1, lba: 0, control: 7 },
        { number: 2, lba: 901696, control: 7 },
        { number: 3, lba: 1339392, control: 7 },
      ],
      leadOut: 2235392,
    });
  });

  it('reads a TOC whose lines a mail client wrapped', () => {
    const toc = parseToc(realOutput('cdrecord-toc-data-cd-2tracks-mode2-01.txt'));
    expect(toc?.tracks).toEqual([
      { number: 1, lba: 0, control: 6 },
      { number: 2, lba: 512, control: 5 },
    ]);
    expect(toc?.leadOut).toBe(14144);
  });

  it('tells audio from data tracks', () => {
    const toc = parseToc(realOutput('cdrecord-toc-audio-cd-13tracks-macos-01.txt'))!;
    expect(toc.tracks).toHaveLength(13);
    expect(toc.tracks.every((t) => !isDataTrack(t))).toBe(true);
    expect(toc.leadOut).toBe(265318);
  });

  it('finds no TOC in an error', () => {
    expect(parseToc(localStreams('wodim-toc-no-drive').stderr)).toBeUndefined();
  });
});

describe('parseMsinfo', () => {
  it('reads the pair', () => {
    expect(parseMsinfo(realOutput('cdrecord-msinfo-cdr-appendable-01.txt'))).toEqual({ lastSessionStart: 268582, nextWritableAddress: 302230 });
    expect(parseMsinfo(realOutput('cdrecord-msinfo-after-audio-session-excerpt-01.txt'))).toEqual({ lastSessionStart: 0, nextWritableAddress: 11702 });
  });

  it('finds the pair after warning lines', () => {
    expect(parseMsinfo('wodim: Warning: something odd\n12,345\n')).toEqual({ lastSessionStart: 12, nextWritableAddress: 345 });
  });

  it('finds none on a closed disc', () => {
    expect(parseMsinfo(realOutput('cdrecord-msinfo-closed-cdrw-cannot-read-first-writable-address-01.txt'))).toBeUndefined();
  });
});

describe('parseAtip', () => {
  it('reads the lead-out of a CD-R, also with collapsed blanks and a cut line', () => {
    expect(parseAtip(realOutput('cdrecord-burn-dummy-sao-underruns-predicted-01.txt'))).toEqual({ leadInStart: -11607, leadOutStart: 359849 });
    expect(parseAtip(realOutput('cdrskin-minfo-cdrw-closed-after-audio-burn-excerpt-01.txt'))).toEqual({ leadInStart: -12900, leadOutStart: 359849 });
  });
});

describe('parseCdrecordVersion on newer and verbose banners', () => {
  it('tells cdrtools 3.02a10, whose banner has a date before the platform', () => {
    expect(parseCdrecordVersion('Cdrecord-ProDVD-ProBD-Clone 3.02a10 2021/07/23 (i686-pc-cygwin) Copyright (C) 1995-2019 Joerg Schilling\n')).toEqual({ variant: 'cdrecord', version: 'cdrecord 3.02a10' });
  });

  it('reads the version of wodim -v ("Wodim version: 1.1.10")', () => {
    expect(parseCdrecordVersion(realOutput('wodim-burn-dvdr-sao-progress-01.txt'))).toEqual({ variant: 'wodim', version: 'wodim 1.1.10' });
  });
});
