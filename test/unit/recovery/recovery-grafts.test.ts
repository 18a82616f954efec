// A session's recovery files are more of burnplan's own files on both paths: mkisofs grafts them
// after the plan's files and before the checksum file; xorriso maps them first. The same argv
// measures and burns, so what was measured is what is burned.
import { describe, expect, it } from 'vitest';
import { mkisofsImageCommand, mkisofsPrintSizeCommand } from '../../../src/backends/cdrecord/cdrecord-commands.js';
import { xorrisoBurnCommand, xorrisoPrintSizeCommand } from '../../../src/backends/xorriso/xorriso-commands.js';
import { sessionRecovery } from '../../../src/recovery/session-recovery.js';
import { sessionContent } from '../../helpers/builders.js';

const recovery = sessionRecovery(
  [
    { kind: 'file', discPath: '/photos/a.jpg', sourcePath: '/home/ada/photos/a.jpg', size: 5_000_000 },
    { kind: 'directory', discPath: '/photos', sourcePath: '/home/ada/photos', size: 0 },
    { kind: 'file', discPath: '/empty', sourcePath: '/home/ada/empty', size: 0 },
  ],
  10,
  3,
  '/tmp/r',
);

const content = sessionContent({ checksums: { localPath: '/tmp/s.sha256', target: '/.burnplan/session-03.sha256', files: [] }, recovery });

describe('recovery files in the burn commands', () => {
  it('covers the files with data, under par2 names in /.burnplan/', () => {
    expect(recovery.layout.coveredFiles.map((f) => f.discPath)).toEqual(['photos/a.jpg']);
    const count = recovery.layout.recoveryBlockCount;
    expect(recovery.files.map((f) => [f.localPath, f.target])).toEqual([
      ['/tmp/r/session-03.par2', '/.burnplan/session-03.par2'],
      [`/tmp/r/session-03.vol${'0'.repeat(String(count).length)}+${count}.par2`, `/.burnplan/session-03.vol${'0'.repeat(String(count).length)}+${count}.par2`],
    ]);
  });

  it('mkisofs grafts them before the checksum file, the same when measuring and when burning', () => {
    const [index, volume] = recovery.files;
    const expected = ['-graft-points', '/photos=/home/ada/photos', `${index!.target}=${index!.localPath}`, `${volume!.target}=${volume!.localPath}`, '/.burnplan/session-03.sha256=/tmp/s.sha256'];
    for (const { args } of [mkisofsImageCommand('genisoimage', content, undefined), mkisofsPrintSizeCommand('genisoimage', content, undefined)]) {
      expect(args.slice(args.indexOf('-graft-points'))).toEqual(expected);
    }
  });

  it('xorriso maps them first, the same when measuring and when burning', () => {
    const maps = recovery.files.flatMap((f) => ['-map', f.localPath, f.target]);
    const burn = xorrisoBurnCommand('xorriso', 'stdio:/d.iso', content, { close: false, dummy: false }).args;
    const size = xorrisoPrintSizeCommand('xorriso', 'stdio:/d.iso', content).args;
    for (const args of [burn, size]) expect(args.slice(args.indexOf('-dev') + 2, args.indexOf('-dev') + 2 + maps.length)).toEqual(maps);
  });
});
