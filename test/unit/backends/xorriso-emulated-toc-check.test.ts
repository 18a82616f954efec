// On overwriteable media and stdio: files xorriso's TOC is emulated (libisoburn 1.5.4,
// burn_wrap.c): each session's size is its ISO volume size, and the next writable address
// is the end of the newest image rounded up to 32 blocks (Libisoburn_nwa_alignemenT), as in
// every local capture (3sessions: ends 62, 96, 130; nwa 160). Numbers that disagree with that
// are damage: nothing is written to such a disc.
import { describe, expect, it } from 'vitest';
import { emulatedVolumeProblems } from '../../../src/backends/xorriso/check-emulated-toc.js';
import { parseXorrisoToc } from '../../../src/backends/xorriso/parse-xorriso-toc.js';
import { discFromToc } from '../../../src/backends/xorriso/read-xorriso-disc.js';
import type { Disc } from '../../../src/disc/disc-model.js';
import { computeDiff } from '../../../src/diff/compute-diff.js';
import { facts, plan } from '../../helpers/builders.js';
import { localRun, realOutput } from '../../helpers/fixtures.js';

const disc = (output: string) => discFromToc(parseXorrisoToc(output), 'stdio:/tmp/x12/t.iso', 'xorriso');
const threeSessions = () => localRun('xorriso-toc-stdio-3sessions');

describe('the next writable address of an emulated TOC', () => {
  it('a sound disc: after its last image, rounded up to 32 blocks', () => {
    expect(disc(threeSessions()).damage).toBeUndefined();
  });

  it('an address past where the last image ends: sectors no session accounts for', () => {
    const output = threeSessions().replace('Media nwa    : 160s', 'Media nwa    : 256s');
    expect(disc(output).damage).toEqual([
      "the next writable address 256 is not where xorriso's emulated TOC ends: session 3 ends at LBA 129, so the next session would start at 160",
    ]);
  });

  it('the same on a DVD+RW, whose TOC xorriso emulates alike', () => {
    const output = threeSessions().replace(/^Media current: .*$/gm, 'Media current: DVD+RW').replace('Media nwa    : 160s', 'Media nwa    : 192s');
    expect(disc(output).damage).toHaveLength(1);
  });

  it('write-once media keep their own TOC, with gaps between sessions: not checked so', () => {
    expect(disc(realOutput('xorriso-toc-dvdplusr-5sessions-appendable-01.txt')).damage).toBeUndefined();
  });
});

describe('ISO volume sizes against the emulated TOC', () => {
  const withVolumes = (sizes: number[]): Disc => {
    const read = disc(threeSessions());
    read.sessions.forEach((s, i) => {
      s.filesystem = { volumeId: `S${i}`, volumeSetId: 'd', applicationId: '', publisherId: '', preparerId: '', volumeSpaceSize: sizes[i]!, joliet: true, rockRidge: true };
    });
    return read;
  };

  it('each volume as big as xorriso lists its session: sound', () => {
    expect(emulatedVolumeProblems(withVolumes([30, 32, 34]))).toEqual([]);
  });

  it('a volume smaller than its session: the TOC is not the one xorriso emulated from these headers', () => {
    expect(emulatedVolumeProblems(withVolumes([30, 20, 34]))).toEqual(["session 2: xorriso's emulated TOC gives it 32 sectors but its ISO volume holds 20"]);
  });

  // bigger: the session was cut short, which diff handles (accepted when only padding is lost)
  it('a volume bigger than its session is left to the cut-short rules', () => {
    expect(emulatedVolumeProblems(withVolumes([30, 32, 40]))).toEqual([]);
  });

  it('a real TOC (write-once media) may hold more than the volume: not checked', () => {
    const dvd = withVolumes([30, 20, 34]);
    dvd.media = { kind: 'dvd+r', description: 'DVD+R' };
    expect(emulatedVolumeProblems(dvd)).toEqual([]);
  });
});

describe('a TOC that disagrees with itself is refused, never written to', () => {
  const commands = { burnSession: () => [{ program: 'xorriso', args: [] }], closeDisc: () => undefined, growsOverwriteableMedia: true };
  it.each([
    ['a summary of 1 session and no session line', (t: string) => t.replace(/^ISO session.*$/gm, '').replace(/3 sessions/g, '1 session'), "the disc looks damaged: xorriso's summary counts 1 session but it lists 0; nothing will be written to it"],
    ['a next writable address past the last image', (t: string) => t.replace('Media nwa    : 160s', 'Media nwa    : 256s'), 'the disc looks damaged: the next writable address 256 is not where'],
    ['data blocks the sessions do not add up to', (t: string) => t.replace(/96 data blocks/g, '130 data blocks'), "the disc looks damaged: xorriso's summary counts 130 data blocks"],
  ])('%s', (_name, edit, message) => {
    const read = disc(edit(threeSessions()));
    const result = computeDiff(plan(['S_a', 'S_b', 'S_c', 'D'], { disc: { id: 'd', media: 'dvd+rw', backend: 'xorriso' } }), read, facts(['a', 'b', 'c', 'd'], { 3: 64 }), commands);
    expect(result.actions).toEqual([]);
    expect(result.conflicts.map((c) => c.message).find((m) => m.startsWith('the disc looks damaged'))).toContain(message);
  });
});
