// The catalog a session carries is one more file of the burn, on both paths: mkisofs grafts it
// after the plan's files and the checksum file; xorriso maps it first, before the plan's files.
import { describe, expect, it } from 'vitest';
import { mkisofsImageCommand } from '../../../src/backends/cdrecord/cdrecord-commands.js';
import { xorrisoBurnCommand, xorrisoPrintSizeCommand } from '../../../src/backends/xorriso/xorriso-commands.js';
import { sessionContent } from '../../helpers/builders.js';

const content = sessionContent({
  checksums: { localPath: '/tmp/s.sha256', target: '/.burnplan/session-01.sha256', files: [] },
  catalog: { localPath: '/tmp/c.catalog.json', target: '/.burnplan/catalog.json' },
});

describe('the carried catalog in the burn commands', () => {
  it('mkisofs grafts it last', () => {
    const { args } = mkisofsImageCommand('genisoimage', content, undefined);
    expect(args.slice(args.indexOf('-graft-points'))).toEqual(['-graft-points', '/photos=/home/ada/photos', '/.burnplan/session-01.sha256=/tmp/s.sha256', '/.burnplan/catalog.json=/tmp/c.catalog.json']);
  });

  it('xorriso maps it the same way when measuring and when burning', () => {
    const burn = xorrisoBurnCommand('xorriso', 'stdio:/d.iso', content, { close: false, dummy: false }).args;
    const size = xorrisoPrintSizeCommand('xorriso', 'stdio:/d.iso', content).args;
    const map = ['-map', '/tmp/c.catalog.json', '/.burnplan/catalog.json'];
    for (const args of [burn, size]) expect(args.slice(args.indexOf('-dev') + 2, args.indexOf('-dev') + 5)).toEqual(map);
    const { catalog: _none, ...without } = content;
    expect(xorrisoBurnCommand('xorriso', 'stdio:/d.iso', without, { close: false, dummy: false }).args).not.toContain('/.burnplan/catalog.json');
  });
});
