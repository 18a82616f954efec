// xorriso's TOC of virtual discs damaged on purpose (a 4-session disc cut short, its head
// zeroed; local-outputs/README.md says how each was made): what it says is checked against
// itself, and a disagreement is damage, never a session or a place to write.
import { describe, expect, it } from 'vitest';
import { checkXorrisoToc } from '../../../src/backends/xorriso/check-xorriso-toc.js';
import { parseXorrisoToc } from '../../../src/backends/xorriso/parse-xorriso-toc.js';
import { discFromToc } from '../../../src/backends/xorriso/read-xorriso-disc.js';
import { localRun, realOutput } from '../../helpers/fixtures.js';

const disc = (output: string) => discFromToc(parseXorrisoToc(output), 'stdio:/tmp/x12/t.iso', 'xorriso');

describe('a virtual disc cut short', () => {
  it('cut inside its 4th session: no phantom 5th session, the 4th marked cut short, the broken chain named', () => {
    const result = disc(localRun('xorriso-toc-stdio-cut-300-of-352'));
    expect(result.sessions.map((s) => [s.number, s.startLba, s.sizeSectors, s.problem?.kind])).toEqual([
      [1, 32, 39, undefined],
      [2, 96, 55, undefined],
      [3, 160, 70, undefined],
      [4, 256, 44, 'cut-short'],
    ]);
    expect(result.damage).toEqual([
      'xorriso lists a session 5 at LBA 0, over the sessions before it: not a session but the copy of a header, so the chain of sessions is broken',
      'xorriso: ISO image size 342s larger than readable size 300s',
      'xorriso: Chain of ISO session headers broken at #5, LBA 320s',
    ]);
  });

  it('cut before its 4th session: three sessions, the lost one named by the broken chain', () => {
    const result = disc(localRun('xorriso-toc-stdio-cut-250-of-352'));
    expect(result.sessions.map((s) => s.startLba)).toEqual([32, 96, 160]);
    expect(result.sessions.every((s) => s.problem === undefined)).toBe(true);
    expect(result.damage).toContain('xorriso: Chain of ISO session headers broken at #4, LBA 256s');
  });

  it('a sound disc has no damage', () => {
    const result = disc(localRun('xorriso-toc-stdio-3sessions'));
    expect(result.damage).toBeUndefined();
    expect(result.sessions.every((s) => s.problem === undefined)).toBe(true);
  });

  it('real drive outputs that are sound stay sound', () => {
    for (const name of ['xorriso-toc-dvdplusr-5sessions-appendable-01.txt', 'xorriso-toc-dvdrw-seq-1session-appendable-01.txt']) {
      expect(disc(realOutput(name)).damage).toBeUndefined();
    }
  });
});

describe("xorriso's own numbers cross-checked", () => {
  it('a summary that counts sessions the TOC does not list', () => {
    const output = localRun('xorriso-toc-stdio-3sessions').replace(/^ISO session {2}: {3}3 .*$/m, '');
    expect(disc(output).damage).toEqual(["xorriso's summary counts 3 sessions but it lists 2"]);
  });

  it('a summary of one session without any session line', () => {
    const output = localRun('xorriso-toc-stdio-3sessions').replace(/^ISO session.*$/gm, '').replace(/3 sessions/g, '1 session');
    expect(disc(output).damage).toEqual(["xorriso's summary counts 1 session but it lists 0"]);
  });

  // xorriso's summary adds up what the session lines say (Xorriso_toc(): data sessions from
  // their start to their end); a sum that does not agree means the lines are not the disc's
  it('a summary whose data blocks are not what the session lines add up to', () => {
    const output = localRun('xorriso-toc-stdio-3sessions').replace(/96 data blocks/g, '130 data blocks');
    expect(disc(output).damage).toEqual(["xorriso's summary counts 130 data blocks but its sessions add up to 96"]);
  });

  it('the data blocks of a real multi-session disc add up', () => {
    expect(disc(realOutput('xorriso-toc-dvdplusr-5sessions-appendable-01.txt')).damage).toBeUndefined();
  });

  it('a disc said to be blank whose TOC lists sessions: written over, never', () => {
    const output = localRun('xorriso-toc-stdio-3sessions').replace(/is written , is appendable/g, 'is blank');
    expect(disc(output).damage).toEqual(['xorriso says the disc is blank but lists 3 sessions on it']);
  });

  it('a next writable address inside the last session', () => {
    const output = localRun('xorriso-toc-stdio-3sessions').replace('Media nwa    : 160s', 'Media nwa    : 100s');
    expect(disc(output).damage).toEqual(['the next writable address 100 lies inside session 3 (LBA 96 to 129)']);
  });
});

// Lines of Xorriso_toc() in libisoburn's xorriso/drive_mgt.c, in its own sprintf formats
// ("%13s: %3d , %9d , %9ds , %s"), spliced into a real capture: no capture of a drive with a
// multi-track or unfinished session was found.
describe('lines of sessions with several tracks, and unfinished ones', () => {
  const base = realOutput('xorriso-toc-dvdrw-seq-1session-appendable-01.txt');

  it('"ISO track" and "Other track": the session runs to the end of its last track', () => {
    const output = base.replace(
      /^(ISO session .*)$/m,
      '$1\nOther track  :   2 ,    131591 ,     10000s , \nISO track    :   3 ,    141591 ,       300s , PBOOT',
    );
    const toc = parseXorrisoToc(output);
    expect(toc.sessions).toHaveLength(1);
    expect(toc.sessions[0]).toMatchObject({ number: 1, startLba: 0, sizeSectors: 141891, tracks: 3 });
  });

  it('"Incmp session": an unfinished session, never written after', () => {
    const output = base.replace(/^(ISO session .*)$/m, '$1\nIncmp session:   2 ,    174368 ,         0s , ');
    const result = disc(output);
    expect(result.sessions[1]).toMatchObject({ number: 2, startLba: 174368, problem: { kind: 'unfinished' } });
    expect(result.unfinishedSession).toBe(true);
    expect(checkXorrisoToc(parseXorrisoToc(output)).isoSessions).toEqual(new Set([1]));
  });
});
