// The exact argv of every command burnplan runs, built from prepared data: what diff prints and
// apply runs. The measuring command is the burning one with only the size option added.
import { describe, expect, it } from 'vitest';
import { cdrecordFixCommand, cdrecordWriteCommand, mkisofsImageCommand, mkisofsPrintSizeCommand } from '../../../src/backends/cdrecord/cdrecord-commands.js';
import { cdrecordCommandBuilder, xorrisoCommandBuilder } from '../../../src/backends/command-builders.js';
import type { SessionContent } from '../../../src/backends/session-content.js';
import { xorrisoBurnCommand, xorrisoPrintSizeCommand, xorrisoPrintSizesCommand } from '../../../src/backends/xorriso/xorriso-commands.js';
import { DEFAULT_SESSION_OPTIONS } from '../../../src/plan/plan-model.js';

const content: SessionContent = {
  label: 'Photos',
  discId: 'family',
  applicationId: 'BURNPLAN/1 ABC',
  options: { ...DEFAULT_SESSION_OPTIONS, publisher: 'Ada' },
  grafts: [
    { source: '/home/ada/photos', target: '/' },
    { source: '/home/ada/a=b\\c.txt', target: '/x=y/a.txt' },
  ],
  excluded: ['/home/ada/photos/cache[1]*'],
  checksums: { localPath: '/tmp/burnplan-0/FP-dev-session-02.sha256', target: '/.burnplan/session-02.sha256', files: [] },
};
const landing = { lastSessionStart: 0, nextWritableAddress: 12402, previousSessionPath: '/dev/sr0' };

describe('mkisofs and cdrecord commands', () => {
  it('mkisofs: Rock Ridge, Joliet, level, ids, escaped exclusions and graft points, the checksum file, -C with -M', () => {
    expect(mkisofsImageCommand('/usr/bin/genisoimage', content, landing)).toEqual({
      program: '/usr/bin/genisoimage',
      args: [
        '-input-charset', 'utf-8', '-r', '-J', '-iso-level', '3', '-V', 'Photos', '-volset', 'family', '-A', 'BURNPLAN/1 ABC', '-publisher', 'Ada',
        '-x', '/home/ada/photos/cache\\[1\\]\\*',
        '-C', '0,12402', '-M', '/dev/sr0',
        '-graft-points', '/=/home/ada/photos', '/x\\=y/a.txt=/home/ada/a\\=b\\\\c.txt', '/.burnplan/session-02.sha256=/tmp/burnplan-0/FP-dev-session-02.sha256',
      ],
    });
  });

  it('measuring is the image command with -quiet -print-size in front, nothing else', () => {
    const image = mkisofsImageCommand('mkisofs', content, landing);
    expect(mkisofsPrintSizeCommand('mkisofs', content, landing)).toEqual({ program: 'mkisofs', args: ['-quiet', '-print-size', ...image.args] });
  });

  it('cdrecord: track at once, -multi unless closing, the measured tsize, from standard input', () => {
    expect(cdrecordWriteCommand('wodim', '/dev/sr0', 1234, { close: false, dummy: false }).args).toEqual(['-v', 'dev=/dev/sr0', '-tao', '-multi', 'tsize=1234s', '-']);
    expect(cdrecordWriteCommand('wodim', '/dev/sr0', 1234, { close: true, dummy: true, speed: 8 }).args).toEqual(['-v', 'dev=/dev/sr0', '-tao', 'speed=8', '-dummy', 'tsize=1234s', '-']);
    expect(cdrecordFixCommand('cdrecord', '/dev/sr0', false).args).toEqual(['-v', 'dev=/dev/sr0', '-fix']);
  });

  it('one builder yields the measure and the burn of a session from the same landing', () => {
    const builder = cdrecordCommandBuilder({ device: '/dev/sr0', contents: [content], dummy: false, burner: 'wodim', mkisofs: 'mkisofs' });
    const at = { lastSessionStart: 0, nextWritableAddress: 12402 };
    const probe = builder.measureSession(0, at);
    const [image, writer] = builder.burnSession(0, at, 777, false);
    expect(probe.command.args.slice(2)).toEqual(image!.args);
    expect(writer!.args).toContain('tsize=777s');
    expect(probe.sectors('  4711\n', '')).toBe(4711);
    expect(builder.sizeInBurn).toBe(true);
  });
});

describe('xorriso commands', () => {
  it('burn: MD5s on before -dev, the session settings, -close as planned, -commit last', () => {
    expect(xorrisoBurnCommand('xorriso', 'stdio:/d.iso', { ...content, checksums: undefined } as SessionContent, { close: false, dummy: false }).args).toEqual([
      '-abort_on', 'FAILURE', '-md5', 'on', '-dev', 'stdio:/d.iso',
      '-joliet', 'on', '-rockridge', 'on', '-compliance', 'iso_9660_level=3', '-follow', 'param:mount',
      '-volid', 'Photos', '-volset_id', 'family', '-application_id', 'BURNPLAN/1 ABC', '-publisher', 'Ada',
      '-not_paths', '/home/ada/photos/cache[1]*', '--',
      '-map', '/home/ada/photos', '/', '-map', '/home/ada/a=b\\c.txt', '/x=y/a.txt',
      '-close', 'off', '-commit',
    ]);
  });

  it('measure: the same settings, -print_size, and -rollback_end so that nothing is written', () => {
    const args = xorrisoPrintSizeCommand('xorriso', 'stdio:/d.iso', content).args;
    expect(args.slice(-2)).toEqual(['-print_size', '-rollback_end']);
    expect(args).not.toContain('-commit');
    const batch = xorrisoPrintSizesCommand('xorriso', 'stdio:/dev/null', [content, content]).args;
    expect(batch.filter((a) => a === '-rollback')).toHaveLength(1);
    expect(batch.filter((a) => a === 'reset')).toHaveLength(2);
    expect(batch.at(-1)).toBe('-rollback_end');
    const builder = xorrisoCommandBuilder({ device: 'stdio:/d.iso', contents: [content], dummy: false, burner: 'xorriso' });
    expect(builder.sizeInBurn).toBe(false);
    expect(builder.measureSession(0, undefined).sectors('Image size   : 448s\n', '')).toBe(448);
  });
});
