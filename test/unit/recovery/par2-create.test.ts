import { describe, expect, it } from 'vitest';
import { par2CreateCommand } from '../../../src/recovery/par2-create-command.js';
import { par2ProcessingFraction, par2SourceCounts } from '../../../src/recovery/par2-progress.js';
import { planRecovery } from '../../../src/recovery/recovery-layout.js';

// the start of what par2cmdline 0.8.1 (Debian, OpenMP build) printed for `par2 create -s2048 -c10
// -n1 -u -R` over two files; its progress lines end with \r, figures from several threads
const CAPTURED = [
  '',
  'Block size: 2048',
  'Source file count: 2',
  'Source block count: 150',
  'Recovery block count: 10',
  'Recovery file count: 1',
  '',
  'Opening: ./sub/-d *?.bin',
  "WARNING: A filename contains the character '*' which some systems do not allow in filenames.",
  'Opening: ./a',
  'Computing Reed Solomon matrix.',
  'Constructing: 0.0%\rConstructing: 90.0%\rConstructing: done.',
  'Processing: 0.1%\rProcessing: 6.8%\rProcessing: 6.7%\rProcessing: 6.9%\r',
].join('\n');

describe("par2 create's output", () => {
  it('gives the highest processing figure, not the matrix construction or a figure out of order', () => {
    expect(par2ProcessingFraction(CAPTURED)).toBeCloseTo(0.069, 10);
    expect(par2ProcessingFraction('Processing: 100.0%\rWriting recovery packets\r')).toBe(1);
    expect(par2ProcessingFraction('Constructing: 50.0%\r12.5%\r')).toBeUndefined();
  });

  it('gives the counts of files and slices par2 found', () => {
    expect(par2SourceCounts(CAPTURED)).toEqual({ files: 2, blocks: 150 });
    expect(par2SourceCounts('Block size: 2048\nSource file count: 2\n')).toBeUndefined();
  });
});

describe('par2CreateCommand', () => {
  it('names the folder of symlinks with -R, never the files, and walks it through ./ when asked', () => {
    const plain = planRecovery([{ discPath: '-a *.bin', size: 5000 }], 10, 3);
    expect(par2CreateCommand('/usr/bin/par2', plain, '/tmp/w/view', '/tmp/out')).toEqual({
      program: '/usr/bin/par2',
      args: ['create', '-B/tmp/w/view', '-s2048', '-c1', '-n1', '-u', '-R', '--', '/tmp/out/session-03.par2', '/tmp/w/view'],
    });
    const prefixed = planRecovery([{ discPath: 'a', size: 5000 }], 10, 3);
    expect(par2CreateCommand('par2', prefixed, '/tmp/w/view', '/tmp/out').args.at(-1)).toBe('/tmp/w/view/.');
  });
});
