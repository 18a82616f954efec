// The whole argv of every mkisofs/genisoimage and cdrecord/wodim command, in order, for the
// cases command-builders.test.ts does not pin: a first session (no -C/-M), Joliet or Rock Ridge
// alone, levels 1 and 2, -f, -p, glob characters in exclusions, a speed, a dry run, closing,
// the append point read from a virtual disc's file or a cdrecord bus address.
// Checked against genisoimage(1) and wodim(1) 1.1.11: -input-charset, -r, -J, -iso-level 1..4,
// -V, -volset, -A, -publisher, -p, -f, -x glob (= -m glob), -C last_sess_start,next_sess_start
// with -M path|device, -graft-points (escape "\" and "="), -quiet -print-size; -v, dev=, -tao,
// -multi, speed=#, -dummy, tsize=#s, "-" for standard input, -fix.
import { describe, expect, it } from 'vitest';
import { cdrecordFixCommand, cdrecordWriteCommand, mkisofsImageCommand, mkisofsPrintSizeCommand } from '../../../src/backends/cdrecord/cdrecord-commands.js';
import { appendPoint, cdrecordCommandBuilder } from '../../../src/backends/command-builders.js';
import type { SessionContent } from '../../../src/backends/session-content.js';
import { DEFAULT_SESSION_OPTIONS } from '../../../src/plan/plan-model.js';

/** Joliet alone, level 1, links followed, a preparer, exclusions with every glob character. */
const jolietOnly: SessionContent = {
  label: 'OLD_PC',
  discId: 'archive-2026',
  applicationId: 'BURNPLAN/1 XYZ',
  options: { ...DEFAULT_SESSION_OPTIONS, rockRidge: false, isoLevel: 1, followSymlinks: true, preparer: 'burnplan' },
  grafts: [
    { source: '/home/ada/old pc', target: '/' },
    { source: '/home/ada/notes.txt', target: '/docs/notes.txt' },
  ],
  excluded: ['/home/ada/old pc/what?.txt', '/home/ada/old pc/a*b', '/home/ada/old pc/back\\slash'],
};

/** Rock Ridge alone, level 2, one graft, the checksum file of the session. */
const rockRidgeOnly: SessionContent = {
  label: 'Photos',
  discId: 'family',
  applicationId: 'BURNPLAN/1 ABC',
  options: { ...DEFAULT_SESSION_OPTIONS, joliet: false, isoLevel: 2 },
  grafts: [{ source: '/home/ada/photos', target: '/photos' }],
  excluded: [],
  checksums: { localPath: '/tmp/burnplan-1/session-02.sha256', target: '/.burnplan/session-02.sha256', files: [] },
};

const JOLIET_ONLY = [
  '-input-charset', 'utf-8', '-J', '-iso-level', '1', '-V', 'OLD_PC', '-volset', 'archive-2026', '-A', 'BURNPLAN/1 XYZ', '-p', 'burnplan', '-f',
  '-x', '/home/ada/old pc/what\\?.txt', '-x', '/home/ada/old pc/a\\*b', '-x', '/home/ada/old pc/back\\\\slash',
];
const JOLIET_ONLY_GRAFTS = ['-graft-points', '/=/home/ada/old pc', '/docs/notes.txt=/home/ada/notes.txt'];

const ROCK_RIDGE_ONLY = ['-input-charset', 'utf-8', '-r', '-iso-level', '2', '-V', 'Photos', '-volset', 'family', '-A', 'BURNPLAN/1 ABC'];
const ROCK_RIDGE_ONLY_GRAFTS = ['-graft-points', '/photos=/home/ada/photos', '/.burnplan/session-02.sha256=/tmp/burnplan-1/session-02.sha256'];

describe('mkisofs', () => {
  it('a first session: no -C and no -M, the grafts last', () => {
    expect(mkisofsImageCommand('genisoimage', jolietOnly, undefined)).toEqual({ program: 'genisoimage', args: [...JOLIET_ONLY, ...JOLIET_ONLY_GRAFTS] });
  });

  it('a later session: -C and -M together, before the grafts, the checksum file grafted last', () => {
    const append = { lastSessionStart: 11_702, nextWritableAddress: 30_404, previousSessionPath: '/discs/cd.iso' };
    expect(mkisofsImageCommand('mkisofs', rockRidgeOnly, append)).toEqual({
      program: 'mkisofs',
      args: [...ROCK_RIDGE_ONLY, '-C', '11702,30404', '-M', '/discs/cd.iso', ...ROCK_RIDGE_ONLY_GRAFTS],
    });
  });

  it('measuring: -quiet -print-size, then the image command\'s argv unchanged', () => {
    expect(mkisofsPrintSizeCommand('genisoimage', jolietOnly, undefined)).toEqual({
      program: 'genisoimage',
      args: ['-quiet', '-print-size', ...JOLIET_ONLY, ...JOLIET_ONLY_GRAFTS],
    });
  });
});

describe('cdrecord', () => {
  it('writes track at once from standard input with the measured size; -multi unless it closes', () => {
    expect(cdrecordWriteCommand('/usr/bin/wodim', '/dev/sr1', 4711, { close: false, speed: 4, dummy: true })).toEqual({
      program: '/usr/bin/wodim',
      args: ['-v', 'dev=/dev/sr1', '-tao', '-multi', 'speed=4', '-dummy', 'tsize=4711s', '-'],
    });
    expect(cdrecordWriteCommand('cdrecord', '1,0,0', 300, { close: true, dummy: false })).toEqual({
      program: 'cdrecord',
      args: ['-v', 'dev=1,0,0', '-tao', 'tsize=300s', '-'],
    });
  });

  it('fixes a disc without writing a session, as a dry run when asked', () => {
    expect(cdrecordFixCommand('wodim', '/dev/sr1', true)).toEqual({ program: 'wodim', args: ['-v', 'dev=/dev/sr1', '-dummy', '-fix'] });
  });
});

describe('the cdrecord command builder', () => {
  const setup = { device: 'stdio:/discs/cd.iso', contents: [jolietOnly, rockRidgeOnly], speed: 8, dummy: false, burner: 'cdrskin', mkisofs: 'genisoimage' };
  const landing = { lastSessionStart: 0, nextWritableAddress: 11_702 };

  it('a first session: the image piped into the writer, which keeps the disc open', () => {
    expect(cdrecordCommandBuilder(setup).burnSession(0, undefined, 4096, false)).toEqual([
      { program: 'genisoimage', args: [...JOLIET_ONLY, ...JOLIET_ONLY_GRAFTS] },
      { program: 'cdrskin', args: ['-v', 'dev=stdio:/discs/cd.iso', '-tao', '-multi', 'speed=8', 'tsize=4096s', '-'] },
    ]);
  });

  it('a later, closing session: -M reads the virtual disc\'s file, the writer leaves -multi out', () => {
    expect(cdrecordCommandBuilder(setup).burnSession(1, landing, 2000, true)).toEqual([
      { program: 'genisoimage', args: [...ROCK_RIDGE_ONLY, '-C', '0,11702', '-M', '/discs/cd.iso', ...ROCK_RIDGE_ONLY_GRAFTS] },
      { program: 'cdrskin', args: ['-v', 'dev=stdio:/discs/cd.iso', '-tao', 'speed=8', 'tsize=2000s', '-'] },
    ]);
  });

  it('measures with the same -C and -M as the burn', () => {
    expect(cdrecordCommandBuilder(setup).measureSession(1, landing).command).toEqual({
      program: 'genisoimage',
      args: ['-quiet', '-print-size', ...ROCK_RIDGE_ONLY, '-C', '0,11702', '-M', '/discs/cd.iso', ...ROCK_RIDGE_ONLY_GRAFTS],
    });
  });

  it('closes with the writer itself', () => {
    expect(cdrecordCommandBuilder({ ...setup, dummy: true }).closeDisc()).toEqual([{ program: 'cdrskin', args: ['-v', 'dev=stdio:/discs/cd.iso', '-dummy', '-fix'] }]);
  });

  it('-M gets the device node, the virtual disc\'s file, or the bus address mkisofs takes like dev=', () => {
    expect(appendPoint('/dev/sr0', landing)).toEqual({ ...landing, previousSessionPath: '/dev/sr0' });
    expect(appendPoint('stdio:/discs/cd.iso', landing)).toEqual({ ...landing, previousSessionPath: '/discs/cd.iso' });
    expect(appendPoint('1,0,0', landing)).toEqual({ ...landing, previousSessionPath: '1,0,0' });
    expect(appendPoint('/dev/sr0', undefined)).toBeUndefined();
  });
});
