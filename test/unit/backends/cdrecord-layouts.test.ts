// Session layouts the cdrecord family's outputs describe: what can be told from them, what is
// impossible (refused), and what they cannot tell (refused rather than guessed).
import { describe, expect, it } from 'vitest';
import { discFromWodim, type WodimReadings } from '../../../src/backends/cdrecord/wodim-disc.js';
import { msinfoOutcome } from '../../../src/backends/cdrecord/msinfo-outcome.js';
import { parseToc } from '../../../src/backends/cdrecord/parse-toc.js';
import { DeviceError } from '../../../src/disc/device-errors.js';
import { realOutput } from '../../helpers/fixtures.js';

const tool = { backend: 'cdrecord' as const, program: 'wodim' };
const wodim = (readings: Partial<WodimReadings> & Pick<WodimReadings, 'msinfo'>) =>
  discFromWodim({ atip: {}, mediaDescription: 'CD-R', ...readings }, '/dev/sr0', tool);

function refusal(make: () => unknown): string {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(DeviceError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('a closed disc whose -msinfo says "No disk / Wrong disk!"', () => {
  const closedToc = parseToc(realOutput('cdrecord-toc-audio-cd-13tracks-macos-01.txt'));
  const noDisk = realOutput('cdrecord-minfo-no-disk-cygwin-excerpt-01.txt');

  it('is closed when -toc lists its tracks and lead-out', () => {
    expect(msinfoOutcome({ stdout: '', all: noDisk, exitCode: 255 }, closedToc, '/dev/sr0')).toEqual({ kind: 'closed' });
  });

  it('is no disc when -toc lists nothing either', () => {
    expect(() => msinfoOutcome({ stdout: '', all: noDisk, exitCode: 255 }, undefined, '/dev/sr0')).toThrow(expect.objectContaining({ reason: 'no-medium' }));
  });
});

describe('two data tracks 512 sectors apart (real-outputs/cdrecord-toc-data-cd-2tracks-mode2-01.txt)', () => {
  const toc = parseToc(realOutput('cdrecord-toc-data-cd-2tracks-mode2-01.txt'));

  it('are one session: no lead-out and lead-in fit between them', () => {
    const disc = wodim({ toc, msinfo: { kind: 'closed' } });
    expect(disc.sessions).toEqual([{ number: 1, startLba: 0, sizeSectors: 14144 }]);
  });

  it('refuse when -msinfo says the second one starts the last session', () => {
    expect(refusal(() => wodim({ toc, msinfo: { kind: 'appendable', msinfo: { lastSessionStart: 512, nextWritableAddress: 25544 } } }))).toMatch(
      /^\/dev\/sr0: -msinfo says the last session starts at 512, .*refusing/,
    );
  });
});

describe('sessions after the first need room for the lead-out and lead-in', () => {
  const toc = (...lbas: number[]) => ({ first: 1, last: lbas.length, tracks: lbas.map((lba, i) => ({ number: i + 1, lba, control: 4 })), leadOut: lbas[lbas.length - 1]! + 1000 });

  it('reads a second session 11,400 sectors after the first one ends', () => {
    const disc = wodim({ toc: toc(0, 12_000), msinfo: { kind: 'appendable', msinfo: { lastSessionStart: 12_000, nextWritableAddress: 13_000 + 6_900 } } });
    expect(disc.sessions.map((s) => [s.startLba, s.sizeSectors])).toEqual([
      [0, 600],
      [12_000, 1_000],
    ]);
  });

  it('refuses a last session that cannot start where -msinfo puts it', () => {
    expect(refusal(() => wodim({ toc: toc(0, 5_000), msinfo: { kind: 'appendable', msinfo: { lastSessionStart: 5_000, nextWritableAddress: 12_900 } } }))).toContain('5000');
  });

  it('refuses a next writable address inside the last session or its lead-out', () => {
    expect(refusal(() => wodim({ toc: toc(0), msinfo: { kind: 'appendable', msinfo: { lastSessionStart: 0, nextWritableAddress: 1_200 } } }))).toMatch(/next writable address 1200/);
  });

  it('refuses a last session start past the lead-out', () => {
    expect(refusal(() => wodim({ toc: { ...toc(0), leadOut: 0 }, msinfo: { kind: 'closed' } }))).toMatch(/refusing/);
  });
});

describe('DVD+R: each track is a session (real-outputs/cdrecord-prodvd-toc-dvdplusr-3sessions-01.txt)', () => {
  it('refuses an -msinfo last session that is not one of the tracks', () => {
    const toc = parseToc(realOutput('cdrecord-prodvd-toc-dvdplusr-3sessions-01.txt'));
    expect(refusal(() => wodim({ toc, mediaDescription: 'DVD+R', msinfo: { kind: 'appendable', msinfo: { lastSessionStart: 901_000, nextWritableAddress: 2_237_440 } } }))).toContain('901000');
  });
});

describe('overwriteable media read through wodim', () => {
  it('a DVD+RW ("Current: 0x001A (DVD+RW)") is refused in one line, whatever -toc says', () => {
    const toc = parseToc(realOutput('cdrecord-prodvd-toc-dvdplusr-3sessions-01.txt'));
    expect(refusal(() => wodim({ toc, mediaDescription: 'DVD+RW', msinfo: { kind: 'closed' } }))).toBe(
      '/dev/sr0: the disc is overwriteable media (DVD+RW); the cdrecord path cannot append sessions to it: use the xorriso backend',
    );
  });
});
