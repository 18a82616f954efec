// Overwriteable media (DVD+RW, formatted DVD-RW, BD-RE) keep no table of sessions: xorriso
// emulates one from the chain of ISO headers it grows, by the same code as on a stdio: file
// (libisoburn's isoburn_emulate_toc(): the first session after the 32-block header copy at
// LBA 0, each next one at the following multiple of 32 blocks). So the TOC of such a disc is
// the real stdio: capture with the profile name libburn reports for the media, as cdrskin
// prints it in cdrskin-minfo-dvdplusrw-overwriteable-01.txt ("0x001A (DVD+RW)",
// "0x0013 (DVD-RW restricted overwrite)") and xorriso in "Media current".
import { describe, expect, it } from 'vitest';
import { DeviceError } from '../../../src/disc/device-errors.js';
import { parseXorrisoToc } from '../../../src/backends/xorriso/parse-xorriso-toc.js';
import { discFromToc } from '../../../src/backends/xorriso/read-xorriso-disc.js';
import { localRun, realOutput } from '../../helpers/fixtures.js';

const disc = (output: string) => discFromToc(parseXorrisoToc(output), '/dev/sr0', 'xorriso');
const onMedia = (stem: string, profile: string) => localRun(stem).replace(/^Media current: .*$/gm, `Media current: ${profile}`);

describe('the emulated TOC of overwriteable media', () => {
  it.each([
    ['DVD+RW', 'dvd+rw'],
    ['BD-RE', 'bd-re'],
    ['DVD-RW restricted overwrite', 'dvd-rw'],
  ])('%s: its grown sessions, read as sessions, appendable after the last', (profile, kind) => {
    const result = disc(onMedia('xorriso-toc-stdio-3sessions', profile));
    expect(result.media).toEqual({ kind, description: profile });
    expect(result.status).toBe('appendable');
    expect(result.sessions.map((s) => [s.number, s.startLba, s.sizeSectors])).toEqual([
      [1, 32, 30],
      [2, 64, 32],
      [3, 96, 34],
    ]);
    expect(result.nextWritableAddress).toBe(160);
    expect(result.damage).toBeUndefined();
  });

  it('a blank (formatted) one is written from LBA 32, after the header copy xorriso keeps at LBA 0', () => {
    const result = disc(onMedia('xorriso-toc-stdio-blank', 'DVD+RW'));
    expect(result).toMatchObject({ status: 'blank', media: { kind: 'dvd+rw' }, nextWritableAddress: 32, sessions: [] });
  });

  it('the cdrskin capture of a real DVD+RW names the media the same way', () => {
    expect(realOutput('cdrskin-minfo-dvdplusrw-overwriteable-01.txt')).toMatch(/^Profile: 0x001A \(DVD\+RW\) \(current\)$/m);
  });

  // Xorriso_toc() in libisoburn's xorriso/drive_mgt.c prints this summary, and no session,
  // for a BD-R formatted for Pseudo Overwrite, which xorriso will not write
  it('a BD-R formatted for Pseudo Overwrite is refused, in xorriso\'s words', () => {
    const output = onMedia('xorriso-toc-stdio-3sessions', 'BD-R sequential recording')
      .replace(/^(ISO session|TOC layout|Media nwa).*\n/gm, '')
      .replace(/^Media summary: .*$/gm, 'Media summary: unsuitable Pseudo Overwrite formatted BD-R');
    expect(() => disc(output)).toThrow(DeviceError);
    expect(() => disc(output)).toThrow(/^\/dev\/sr0: xorriso lists no sessions of this disc and writes none to it \(xorriso: "unsuitable Pseudo Overwrite formatted BD-R"\)$/);
  });
});
