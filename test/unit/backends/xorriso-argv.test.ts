// The whole argv of every xorriso command, in order, for session settings other than the
// defaults that command-builders.test.ts pins: Joliet and Rock Ridge off, level 1, followed
// links, a preparer, the disc closed, a speed, a dry run, several sessions measured at once.
// Checked against xorriso(1) 1.5.4: -joliet/-rockridge on|off, -compliance iso_9660_level=N,
// -follow param:link:mount, -not_paths … --, -map disk_path iso_rr_path, -close on|off,
// -speed N (no unit: the medium's x-factor), -dummy on, -print_size, -rollback, -rollback_end.
import { describe, expect, it } from 'vitest';
import { xorrisoCommandBuilder } from '../../../src/backends/command-builders.js';
import type { SessionContent } from '../../../src/backends/session-content.js';
import { xorrisoBurnCommand, xorrisoPrintSizeCommand, xorrisoPrintSizesCommand } from '../../../src/backends/xorriso/xorriso-commands.js';
import { xorrisoTocCommand } from '../../../src/backends/xorriso/read-xorriso-disc.js';
import { DEFAULT_SESSION_OPTIONS } from '../../../src/plan/plan-model.js';
import { sessionContent } from '../../helpers/builders.js';

const DEVICE = 'stdio:/discs/d.iso';

/** Joliet and Rock Ridge off, level 1, links followed, publisher and preparer, one exclusion. */
const plain: SessionContent = {
  label: 'OLD_PC',
  discId: 'archive-2026',
  applicationId: 'BURNPLAN/1 XYZ',
  options: { ...DEFAULT_SESSION_OPTIONS, joliet: false, rockRidge: false, isoLevel: 1, followSymlinks: true, publisher: 'Ada Lovelace', preparer: 'burnplan' },
  grafts: [
    { source: '/home/ada/old pc', target: '/' },
    { source: '/home/ada/notes.txt', target: '/docs/notes.txt' },
  ],
  excluded: ['/home/ada/old pc/.cache', '/home/ada/old pc/tmp*'],
};

/** The defaults, no exclusions, a single source: the shortest session. */
const bare = sessionContent();

const PLAIN_SESSION = [
  '-joliet', 'off', '-rockridge', 'off', '-compliance', 'iso_9660_level=1', '-follow', 'param:link:mount',
  '-volid', 'OLD_PC', '-volset_id', 'archive-2026', '-application_id', 'BURNPLAN/1 XYZ',
  '-publisher', 'Ada Lovelace', '-preparer_id', 'burnplan',
  '-not_paths', '/home/ada/old pc/.cache', '/home/ada/old pc/tmp*', '--',
  '-map', '/home/ada/old pc', '/', '-map', '/home/ada/notes.txt', '/docs/notes.txt',
];

const BARE_SESSION = [
  '-joliet', 'on', '-rockridge', 'on', '-compliance', 'iso_9660_level=3', '-follow', 'param:mount',
  '-volid', 'Photos', '-volset_id', 'family', '-application_id', 'BURNPLAN/1 ABC',
  '-map', '/home/ada/photos', '/photos',
];

const START = ['-abort_on', 'FAILURE', '-md5', 'on', '-dev', DEVICE];

describe('xorriso burn', () => {
  it('closing, at a speed, as a dry run: -close on, -speed, -dummy on, then -commit', () => {
    expect(xorrisoBurnCommand('/usr/bin/xorriso', DEVICE, plain, { close: true, speed: 8, dummy: true })).toEqual({
      program: '/usr/bin/xorriso',
      args: [...START, ...PLAIN_SESSION, '-close', 'on', '-speed', '8', '-dummy', 'on', '-commit'],
    });
  });

  it('the defaults, kept open: no exclusion list, no speed, no -dummy', () => {
    expect(xorrisoBurnCommand('xorriso', DEVICE, bare, { close: false, dummy: false })).toEqual({
      program: 'xorriso',
      args: [...START, ...BARE_SESSION, '-close', 'off', '-commit'],
    });
  });

  it('the checksum file of the cdrecord path is not grafted: xorriso records its own MD5s', () => {
    const withChecksums = { ...bare, checksums: { localPath: '/tmp/m.sha256', target: '/.burnplan/session-01.sha256', files: [] } };
    expect(xorrisoBurnCommand('xorriso', DEVICE, withChecksums, { close: false, dummy: false }).args).toEqual([...START, ...BARE_SESSION, '-close', 'off', '-commit']);
  });
});

describe('xorriso measures', () => {
  it('one session: the burn settings, -print_size, -rollback_end, nothing of the burn', () => {
    expect(xorrisoPrintSizeCommand('xorriso', DEVICE, plain)).toEqual({ program: 'xorriso', args: [...START, ...PLAIN_SESSION, '-print_size', '-rollback_end'] });
  });

  it('several sessions in one run: each from reset exclusions, -rollback between, -rollback_end last', () => {
    expect(xorrisoPrintSizesCommand('xorriso', 'stdio:/dev/null', [plain, bare, plain])).toEqual({
      program: 'xorriso',
      args: [
        '-abort_on', 'FAILURE', '-md5', 'on', '-dev', 'stdio:/dev/null',
        '-not_mgt', 'reset', ...PLAIN_SESSION, '-print_size', '-rollback',
        '-not_mgt', 'reset', ...BARE_SESSION, '-print_size', '-rollback',
        '-not_mgt', 'reset', ...PLAIN_SESSION, '-print_size', '-rollback_end',
      ],
    });
  });

  it('reading the disc: -outdev, not -dev, so that no image is loaded for writing', () => {
    expect(xorrisoTocCommand('xorriso', DEVICE)).toEqual({ program: 'xorriso', args: ['-outdev', DEVICE, '-toc'] });
  });
});

describe('the xorriso command builder', () => {
  const setup = { device: DEVICE, contents: [bare, plain], speed: 4, dummy: true, burner: 'xorriso' };

  it('burns the session it is asked for with the setup\'s speed and dry run, wherever diff says it lands', () => {
    const builder = xorrisoCommandBuilder(setup);
    expect(builder.burnSession(1, { lastSessionStart: 32, nextWritableAddress: 96 }, 500, true)).toEqual([
      { program: 'xorriso', args: [...START, ...PLAIN_SESSION, '-close', 'on', '-speed', '4', '-dummy', 'on', '-commit'] },
    ]);
    expect(builder.burnSession(0, undefined, 500, false)).toEqual([
      { program: 'xorriso', args: [...START, ...BARE_SESSION, '-close', 'off', '-speed', '4', '-dummy', 'on', '-commit'] },
    ]);
    expect(builder.measureSession(1, undefined).command).toEqual({ program: 'xorriso', args: [...START, ...PLAIN_SESSION, '-print_size', '-rollback_end'] });
  });

  it('closes a disc only through a cdrecord-family program, with the dry run passed on', () => {
    expect(xorrisoCommandBuilder(setup).closeDisc()).toBeUndefined();
    expect(xorrisoCommandBuilder({ ...setup, fixer: 'cdrskin' }).closeDisc()).toEqual([{ program: 'cdrskin', args: ['-v', `dev=${DEVICE}`, '-dummy', '-fix'] }]);
  });

  it('refuses a session it has no content for', () => {
    expect(() => xorrisoCommandBuilder(setup).burnSession(2, undefined, 1, false)).toThrow('no content prepared for session 3');
  });
});
