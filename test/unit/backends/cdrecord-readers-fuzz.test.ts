// Real captures, mutated as mail clients, forums and flaky drives mutate them (lines dropped,
// duplicated, swapped or cut, numbers changed): the readers either read a consistent disc or
// refuse in one line naming the device. Never a crash, never a state the tools did not say,
// never a long wait.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discFromMinfo } from '../../../src/backends/cdrecord/assemble-cdrecord-disc.js';
import { FIRST_SESSION_GAP, LATER_SESSION_GAP } from '../../../src/backends/cdrecord/disc-layout-checks.js';
import { msinfoOutcome } from '../../../src/backends/cdrecord/msinfo-outcome.js';
import { parseMinfo } from '../../../src/backends/cdrecord/parse-minfo.js';
import { parseToc } from '../../../src/backends/cdrecord/parse-toc.js';
import { discFromWodim } from '../../../src/backends/cdrecord/wodim-disc.js';
import { DeviceError } from '../../../src/disc/device-errors.js';
import type { Disc } from '../../../src/disc/disc-model.js';
import { parseCdrecordDevices } from '../../../src/backends/cdrecord/parse-cdrecord-devices.js';
import { parseCdrecordScanbus } from '../../../src/backends/cdrecord/parse-cdrecord-scanbus.js';
import { realOutput } from '../../helpers/fixtures.js';

const DEVICE = '/dev/sr0';
const tool = { backend: 'cdrecord' as const, program: 'cdrecord' };

type Mutation = { kind: 'drop' | 'duplicate' | 'truncate'; at: number; cut: number } | { kind: 'swap'; at: number; with: number } | { kind: 'number'; at: number; value: number };
const LINE_LEVEL = new Set(['drop', 'duplicate', 'swap']);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('drop' as const, 'duplicate' as const, 'truncate' as const), at: fc.nat(), cut: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('number' as const), at: fc.nat(), value: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -3_000_000, max: 13_000_000 })) }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  const lines = text.split('\n');
  for (const m of mutations) {
    const i = m.at % lines.length;
    if (m.kind === 'drop') lines.splice(i, 1);
    else if (m.kind === 'duplicate') lines.splice(i, 0, lines[i]!);
    else if (m.kind === 'truncate') lines[i] = lines[i]!.slice(0, m.cut % (lines[i]!.length + 1));
    else if (m.kind === 'swap') [lines[i], lines[m.with % lines.length]] = [lines[m.with % lines.length]!, lines[i]!];
    else if ('value' in m) {
      const numbers = [...text.matchAll(/-?\d+/g)];
      if (numbers.length === 0) continue;
      const target = numbers[m.at % numbers.length]!;
      return mutate(`${text.slice(0, target.index)}${m.value}${text.slice(target.index! + target[0].length)}`, []);
    }
    if (lines.length === 0) lines.push('');
  }
  return lines.join('\n');
}

/** What any Disc read from any output must satisfy. */
function expectConsistent(disc: Disc): void {
  const cd = /^cd-/.test(disc.media.kind);
  disc.sessions.forEach((s, i) => {
    expect(s.number).toBe(i + 1);
    expect(Number.isSafeInteger(s.startLba) && s.startLba >= 0).toBe(true);
    expect(Number.isSafeInteger(s.sizeSectors) && s.sizeSectors > 0).toBe(true);
    const previous = disc.sessions[i - 1];
    if (previous) expect(s.startLba).toBeGreaterThanOrEqual(previous.startLba + previous.sizeSectors + (cd ? (i === 1 ? FIRST_SESSION_GAP : LATER_SESSION_GAP) : 0));
  });
  if (disc.status === 'blank') expect(disc.sessions).toEqual([]);
  if (disc.status === 'appendable') expect(disc.sessions.length > 0 || disc.unfinishedSession === true).toBe(true);
  if (disc.status === 'closed') expect(disc.nextWritableAddress).toBeUndefined();
  const last = disc.sessions[disc.sessions.length - 1];
  if (disc.status === 'appendable' && last && disc.nextWritableAddress !== undefined && !disc.unfinishedSession) {
    expect(disc.nextWritableAddress).toBeGreaterThanOrEqual(last.startLba + last.sizeSectors);
  }
  if (disc.freeSectors !== undefined) expect(disc.freeSectors).toBeGreaterThanOrEqual(0);
}

type Outcome = { disc: Disc } | { refused: string };

function outcome(read: () => Disc): Outcome {
  const started = performance.now();
  try {
    return { disc: read() };
  } catch (error) {
    if (!(error instanceof DeviceError)) throw error;
    expect(error.message.startsWith(`${DEVICE}: `)).toBe(true);
    expect(error.message).not.toContain('\n');
    return { refused: error.message };
  } finally {
    expect(performance.now() - started).toBeLessThan(250);
  }
}

/**
 * `strict`: every number -minfo prints is checked against another, so any change either leaves
 * the disc as it was or is refused. A TOC's lead-out has no second witness on a closed disc, so
 * there only moved lines (which change no number) must leave the disc as it was.
 */
function check(original: Outcome, mutated: Outcome, mutations: readonly Mutation[], strict = false): void {
  if (!('disc' in mutated)) return;
  expectConsistent(mutated.disc);
  if (strict && 'disc' in original) {
    // a dropped line may leave a number unknown, never different
    const { status, sessions, nextWritableAddress, freeSectors, unfinishedSession } = mutated.disc;
    const was = original.disc;
    expect({ status, sessions, unfinishedSession }).toEqual({ status: was.status, sessions: was.sessions, unfinishedSession: was.unfinishedSession });
    if (nextWritableAddress !== undefined) expect(nextWritableAddress).toBe(was.nextWritableAddress);
    if (freeSectors !== undefined) expect(freeSectors).toBe(was.freeSectors);
  }
  if (mutations.every((m) => LINE_LEVEL.has(m.kind)) && 'disc' in original) {
    expect(mutated.disc.status).toBe(original.disc.status);
    expect(mutated.disc.sessions.map((s) => [s.startLba, s.sizeSectors])).toEqual(original.disc.sessions.map((s) => [s.startLba, s.sizeSectors]));
  }
}

const MINFO = [
  'cdrskin-minfo-bdr-blank-01.txt',
  'cdrskin-minfo-dvdplusr-blank-02.txt',
  'cdrskin-minfo-dvdplusrw-overwriteable-01.txt',
  'cdrskin-minfo-cdrw-closed-after-audio-burn-excerpt-01.txt',
  'cdrecord-minfo-cdr-22sessions-appendable-excerpt-01.txt',
];

/**
 * No real -minfo of a multisession disc is stored (SOURCES.md §9), so two more seeds follow the
 * printf formats: cdrskin.c Cdrskin_minfo() (a 2-session DVD+R) and cdrtools scsi_mmc.c
 * prdiskstatus() as the emulator prints it (a 3-session CD-R with the real CD gaps).
 */
const MINFO_FROM_SOURCES = [
  'Mounted media class:      DVD\nMounted media type:       DVD+R\ndisk status:              incomplete/appendable\nsession status:           empty\nfirst track:              1\nnumber of sessions:       3\n\nTrack  Sess Type   Start Addr End Addr   Size\n==============================================\n    1     1 Data   0          65263      65264     \n    2     2 Data   67312      220095     152784    \n    3     3 Blank  220096     2295103    2075008   \n\nLast session start address:         67312     \nLast session leadout start address: 220096    \nNext writable address:              220096    \nRemaining writable size:            2075008   \n',
  'Mounted media class:      CD\nMounted media type:       CD-R\nDisk Is not erasable\ndata type:                standard\ndisk status:              incomplete/appendable\nsession status:           empty\nBG format status:         none\nfirst track:              1\nnumber of sessions:       4\nfirst track in last sess: 4\nlast track in last sess:  4\n\nTrack  Sess Type   Start Addr End Addr   Size\n==============================================\n    1     1 Data   0          301        302\n    2     2 Data   11702      12003      302\n    3     3 Data   18904      19205      302\n    4     4 Blank  26106      359848     333743\n\nLast session start address:         18904\nLast session leadout start address: 19206\nNext writable address:              26106\nRemaining writable size:            333743\n',
];

const TOCS: Array<[string, Parameters<typeof discFromWodim>[0]['msinfo'], string]> = [
  ['cdrecord-toc-audio-cd-13tracks-macos-01.txt', { kind: 'closed' }, 'CD-R'],
  ['cdrecord-toc-data-cd-2tracks-mode2-01.txt', { kind: 'closed' }, 'CD-ROM'],
  // the msinfo pair of the matching dvd+rw-mediainfo capture (SOURCES.md §2)
  ['cdrecord-prodvd-toc-dvdplusr-3sessions-01.txt', { kind: 'appendable', msinfo: { lastSessionStart: 1339392, nextWritableAddress: 2237440 } }, 'DVD+R'],
];

const RUNS = { numRuns: 300 };

describe('mutated captures', () => {
  it.each(MINFO)('-minfo: %s', (file) => {
    const text = realOutput(file);
    const read = (t: string) => () => discFromMinfo(parseMinfo(t), DEVICE, tool);
    const original = outcome(read(text));
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => check(original, outcome(read(mutate(text, mutations))), mutations, true)),
      RUNS,
    );
  });

  it.each(MINFO_FROM_SOURCES.map((text, i) => [i, text] as const))('-minfo in the source formats: seed %i', (_i, text) => {
    const read = (t: string) => () => discFromMinfo(parseMinfo(t), DEVICE, tool);
    const original = outcome(read(text));
    expect('disc' in original).toBe(true);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => check(original, outcome(read(mutate(text, mutations))), mutations, true)),
      RUNS,
    );
  });

  it.each(TOCS)('-toc: %s', (file, msinfo, media) => {
    const text = realOutput(file);
    const read = (t: string) => () => discFromWodim({ toc: parseToc(t), msinfo, atip: {}, mediaDescription: media }, DEVICE, tool);
    const original = outcome(read(text));
    expect('disc' in original).toBe(true);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => check(original, outcome(read(mutate(text, mutations))), mutations)),
      RUNS,
    );
  });

  it.each(['cdrecord-msinfo-cdr-appendable-01.txt', 'cdrecord-msinfo-closed-cdrw-cannot-read-first-writable-address-01.txt', 'cdrecord-minfo-no-disk-cygwin-excerpt-01.txt'])(
    '-msinfo: %s',
    (file) => {
      const text = realOutput(file);
      const toc = parseToc(realOutput('cdrecord-toc-audio-cd-13tracks-macos-01.txt'));
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), (mutations, withToc) => {
          const t = mutate(text, mutations);
          try {
            msinfoOutcome({ stdout: t, all: t, exitCode: 0 }, withToc ? toc : undefined, DEVICE);
          } catch (error) {
            expect(error).toBeInstanceOf(DeviceError);
            expect((error as Error).message).not.toContain('\n');
          }
        }),
        RUNS,
      );
    },
  );

  it.each(['cdrecord-scanbus-atapi-2.00.3-excerpt-01.txt', 'wodim-scanbus-2buses-sony-01.txt', 'wodim-devices-2drives-sony-01.txt', 'cdrskin-devices-busy-device-1.5.0-01.txt'])('drive lists: %s', (file) => {
    const text = realOutput(file);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const t = mutate(text, mutations);
        const started = performance.now();
        for (const scan of [parseCdrecordScanbus(t), parseCdrecordDevices(t)]) {
          for (const drive of scan.drives) expect(typeof drive.device === 'string' && typeof drive.vendor === 'string').toBe(true);
        }
        expect(performance.now() - started).toBeLessThan(250);
      }),
      RUNS,
    );
  });
});
