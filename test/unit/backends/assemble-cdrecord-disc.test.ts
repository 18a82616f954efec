import { describe, expect, it } from 'vitest';
import { discFromMinfo } from '../../../src/backends/cdrecord/assemble-cdrecord-disc.js';
import { discFromWodim } from '../../../src/backends/cdrecord/wodim-disc.js';
import { DeviceError } from '../../../src/disc/device-errors.js';
import { parseAtip } from '../../../src/backends/cdrecord/parse-atip.js';
import { parseMinfo } from '../../../src/backends/cdrecord/parse-minfo.js';
import { parseToc } from '../../../src/backends/cdrecord/parse-toc.js';
import { realOutput } from '../../helpers/fixtures.js';

const tool = { backend: 'cdrecord' as const, program: 'cdrecord' };

describe('discFromMinfo', () => {
  it('a blank BD-R: the whole disc free from LBA 0', () => {
    expect(discFromMinfo(parseMinfo(realOutput('cdrskin-minfo-bdr-blank-01.txt')), '/dev/sr0', tool)).toEqual({
      device: '/dev/sr0',
      tool,
      drive: { vendor: 'PIONEER', model: 'BD-RW BDR-207D', revision: '1.21' },
      media: { kind: 'bd-r', description: 'BD-R sequential recording' },
      status: 'blank',
      sessions: [],
      nextWritableAddress: 0,
      freeSectors: 12219392,
    });
  });

  // found by the fuzz test: cdrecord and cdrskin print the remaining size of the blank track they
  // list, so without that row nothing vouches for it ("1" here was a line cut short)
  it('refuses a remaining writable size or next writable address that no blank track witnesses', () => {
    const capture = realOutput('cdrskin-minfo-bdr-blank-01.txt');
    const withoutTable = capture.replace(/^ {4}1 {5}1 Blank .*\n/m, '').replace(/^(Remaining writable size: +)12219392 */m, '$11');
    expect(withoutTable).not.toBe(capture);
    expect(() => discFromMinfo(parseMinfo(withoutTable), '/dev/sr0', tool)).toThrow(
      "/dev/sr0: -minfo gives a remaining writable size of 1 and a next writable address of 0, but lists no blank track that holds them; refusing to guess the disc's layout",
    );
  });

  it('a blank DVD+R', () => {
    const disc = discFromMinfo(parseMinfo(realOutput('cdrskin-minfo-dvdplusr-blank-02.txt')), '/dev/sr0', tool);
    expect(disc).toMatchObject({ media: { kind: 'dvd+r' }, status: 'blank', freeSectors: 2295104 });
  });

  it('a closed CD-RW', () => {
    expect(discFromMinfo(parseMinfo(realOutput('cdrskin-minfo-cdrw-closed-after-audio-burn-excerpt-01.txt')), '/dev/sr0', tool)).toMatchObject({
      media: { kind: 'cd-rw' },
      status: 'closed',
      freeSectors: 0,
    });
  });

  it('groups several tracks of one session', () => {
    const text = 'Mounted media type:       CD-R\ndisk status:              complete\n 1 1 Audio 0 15546 15547\n 2 1 Audio 15547 33162 17616\n 3 2 Data 44862 50000 5139\n';
    expect(discFromMinfo(parseMinfo(text), '/dev/sr0', tool).sessions).toEqual([
      { number: 1, startLba: 0, sizeSectors: 33163, audio: true },
      { number: 2, startLba: 44862, sizeSectors: 5139 },
    ]);
  });

  it('flags a session begun and never finished (an interrupted burn)', () => {
    const text = 'Mounted media type:       CD-R\ndisk status:              incomplete/appendable\nsession status:           incomplete/appendable\n 1 1 Data 0 399 400\n';
    expect(discFromMinfo(parseMinfo(text), '/dev/sr0', tool).unfinishedSession).toBe(true);
    const healthy = text.replace('session status:           incomplete/appendable', 'session status:           empty');
    expect(discFromMinfo(parseMinfo(healthy), '/dev/sr0', tool).unfinishedSession).toBeUndefined();
  });

  it('refuses an output without a disk status', () => {
    expect(() => discFromMinfo(parseMinfo('Track  Sess Type\n'), '/dev/sr0', tool)).toThrow(DeviceError);
  });
});

describe('discFromWodim', () => {
  it('a closed audio CD is one session of 13 tracks', () => {
    const disc = discFromWodim(
      { toc: parseToc(realOutput('cdrecord-toc-audio-cd-13tracks-macos-01.txt')), msinfo: { kind: 'closed' }, atip: {}, mediaDescription: 'CD-R' },
      '/dev/sr0',
      tool,
    );
    expect(disc.sessions).toEqual([{ number: 1, startLba: 0, sizeSectors: 265318, audio: true }]);
    expect(disc).toMatchObject({ status: 'closed', freeSectors: 0 });
    expect(disc.nextWritableAddress).toBeUndefined();
  });

  it('an appendable 3-session DVD+R whose msinfo agrees with its TOC', () => {
    const disc = discFromWodim(
      {
        toc: parseToc(realOutput('cdrecord-prodvd-toc-dvdplusr-3sessions-01.txt')),
        // msinfo derived from the matching dvd+rw-mediainfo capture (SOURCES.md §2)
        msinfo: { kind: 'appendable', msinfo: { lastSessionStart: 1339392, nextWritableAddress: 2237440 } },
        atip: {},
        mediaDescription: 'DVD+R',
      },
      '/dev/sr0',
      tool,
    );
    expect(disc.sessions.map((s) => [s.startLba, s.sizeSectors])).toEqual([
      [0, 901696],
      [901696, 437696],
      [1339392, 896000],
    ]);
    expect(disc.nextWritableAddress).toBe(2237440);
    expect(disc.freeSectors).toBeUndefined();
  });

  it('a blank CD-R: its capacity is the ATIP lead-out', () => {
    const disc = discFromWodim({ msinfo: { kind: 'blank' }, atip: parseAtip(realOutput('cdrecord-burn-dummy-sao-underruns-predicted-01.txt')), mediaDescription: 'CD-R' }, '/dev/sr0', tool);
    expect(disc).toMatchObject({ status: 'blank', sessions: [], nextWritableAddress: 0, freeSectors: 359849 });
  });

  it('refuses an appendable disc whose TOC lists no track (a -toc that failed)', () => {
    expect(() => discFromWodim({ msinfo: { kind: 'appendable', msinfo: { lastSessionStart: 0, nextWritableAddress: 22304 } }, atip: {}, mediaDescription: 'CD-R' }, '/dev/sr0', tool)).toThrow(
      'the drive says the disc is appendable but its table of contents lists no track; refusing to guess what is on it',
    );
  });

  it('refuses to guess when -msinfo and the TOC disagree', () => {
    expect(() =>
      discFromWodim(
        { toc: parseToc(realOutput('cdrecord-prodvd-toc-dvdplusr-3sessions-01.txt')), msinfo: { kind: 'appendable', msinfo: { lastSessionStart: 5, nextWritableAddress: 9 } }, atip: {}, mediaDescription: 'DVD+R' },
        '/dev/sr0',
        tool,
      ),
    ).toThrow("-msinfo says the last session starts at 5, where -toc lists no track (0, 901696, 1339392); refusing to guess the disc's layout");
  });
});
