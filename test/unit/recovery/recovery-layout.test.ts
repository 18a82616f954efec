import { describe, expect, it } from 'vitest';
import { InternalError, UserError } from '../../../src/errors.js';
import { MAX_PAR2_BLOCKS, planRecovery, type RecoverySourceFile } from '../../../src/recovery/recovery-layout.js';

const MiB = 1024 * 1024;

function file(discPath: string, size: number): RecoverySourceFile {
  return { discPath, size };
}

function many(count: number, size: number): RecoverySourceFile[] {
  return Array.from({ length: count }, (_, i) => file(`d/${i}.bin`, size));
}

function blocksOf(files: readonly RecoverySourceFile[], blockSize: number): number {
  return files.reduce((sum, f) => sum + Math.ceil(f.size / blockSize), 0);
}

describe('planRecovery: the slice size', () => {
  it('is one sector for a small session, and about a 2000th of a large one in whole sectors', () => {
    expect(planRecovery([file('a.txt', 10)], 10, 1).blockSize).toBe(2048);
    const large = planRecovery([file('big.iso', 1000 * MiB)], 10, 1);
    expect(large.blockSize).toBe(Math.ceil((1000 * MiB) / 2000 / 2048) * 2048);
    expect(large.blockSize % 2048).toBe(0);
    expect(large.sourceBlockCount).toBe(Math.ceil((1000 * MiB) / large.blockSize));
  });

  it('is raised until many small files and a few huge ones make at most 32768 slices', () => {
    // about a 2000th of the total would give the huge files 2000 slices, 32000 more for the small
    const files = [...many(32_000, 100), file('huge/a.mkv', 600 * MiB), file('huge/b.mkv', 400 * MiB)];
    const layout = planRecovery(files, 10, 3);
    expect(layout.blockSize).toBeGreaterThan(Math.ceil((1000 * MiB) / 2000 / 2048) * 2048);
    expect(layout.blockSize % 2048).toBe(0);
    expect(layout.sourceBlockCount).toBe(blocksOf(files, layout.blockSize));
    expect(layout.sourceBlockCount).toBeLessThanOrEqual(MAX_PAR2_BLOCKS);
    // the smallest such size: one sector less would be too many slices
    expect(blocksOf(files, layout.blockSize - 2048)).toBeGreaterThan(MAX_PAR2_BLOCKS);
  });

  it('is no larger than the largest file in whole sectors, where more would only be padding', () => {
    // 20,000 files of 3000 bytes: a 2000th of the total is 30,000 bytes, 10 times any file
    const layout = planRecovery(many(20_000, 3000), 10, 1);
    expect(layout.blockSize).toBe(4096);
    expect(layout.sourceBlockCount).toBe(20_000);
    expect(layout.recoverableContiguousBytes).toBe(2000 * 4096);
  });

  it('reaches one slice per file, the largest file in whole sectors, when there are 32768 files', () => {
    const files = [...many(MAX_PAR2_BLOCKS - 1, 100), file('last.bin', 10 * 2048 + 1)];
    const layout = planRecovery(files, 1, 1);
    expect(layout.sourceBlockCount).toBe(MAX_PAR2_BLOCKS);
    expect(layout.blockSize).toBe(11 * 2048);
  });
});

describe('planRecovery: the recovery slices', () => {
  it('rounds the percent of the source slices up, at least one', () => {
    const files = [file('a.bin', 2048 * 101)];
    expect(planRecovery(files, 10, 1).recoveryBlockCount).toBe(11);
    expect(planRecovery(files, 1, 1).recoveryBlockCount).toBe(2);
    expect(planRecovery(files, 100, 1).recoveryBlockCount).toBe(101);
    expect(planRecovery([file('a.bin', 1)], 1, 1).recoveryBlockCount).toBe(1);
  });

  it('promises R damaged sectors anywhere, and R slices of bytes lying together', () => {
    const layout = planRecovery([file('a.bin', 2048 * 240)], 10, 1);
    expect(layout.recoverableSectors).toBe(24);
    expect(layout.recoverableContiguousBytes).toBe(24 * 2048);
  });

  it('stays within par2 limits at 100% of 32768 slices', () => {
    const layout = planRecovery(many(MAX_PAR2_BLOCKS, 1), 100, 1);
    expect(layout.recoveryBlockCount).toBe(MAX_PAR2_BLOCKS);
  });

  it('refuses a percent that is not a whole number from 1 to 100', () => {
    for (const percent of [0, 101, 2.5, -1]) expect(() => planRecovery([file('a.bin', 1)], percent, 1)).toThrow(UserError);
  });
});

describe('planRecovery: the files', () => {
  it('leaves empty files out, and makes nothing for a session of empty files', () => {
    const layout = planRecovery([file('empty', 0), file('a.bin', 5000)], 10, 1);
    expect(layout.coveredFiles.map((f) => f.discPath)).toEqual(['a.bin']);
    const none = planRecovery([file('empty', 0)], 10, 1);
    expect(none.outputFiles).toEqual([]);
    expect(none.maxBytes).toBe(0);
    expect(none.recoverableSectors).toBe(0);
  });

  it('refuses more than 32768 files that are not empty, in one line', () => {
    const files = [...many(MAX_PAR2_BLOCKS + 1, 1), file('e', 0)];
    expect(() => planRecovery(files, 10, 4)).toThrow(UserError);
    expect(() => planRecovery(files, 10, 4)).toThrow(/^recovery: session 4 has 32769 files that are not empty, PAR2 covers at most 32768: [^\n]+$/);
    expect(() => planRecovery([...many(MAX_PAR2_BLOCKS, 1), file('e', 0)], 10, 4)).not.toThrow();
  });

  it('takes only relative disc paths', () => {
    for (const discPath of ['/a', 'a//b', './a', 'a/../b', 'a/']) expect(() => planRecovery([file(discPath, 1)], 10, 1)).toThrow(InternalError);
  });

  it('names the files as par2 -n1 -u does (checked with par2cmdline 0.8.1)', () => {
    const names = (recoveryBlocks: number) => planRecovery([file('a.bin', 2048 * recoveryBlocks)], 100, 1).outputFiles.map((f) => f.name);
    expect(names(1)).toEqual(['session-01.par2', 'session-01.vol0+1.par2']);
    expect(names(9)[1]).toBe('session-01.vol0+9.par2');
    expect(names(10)[1]).toBe('session-01.vol00+10.par2');
    expect(names(60)[1]).toBe('session-01.vol00+60.par2');
    expect(names(240)[1]).toBe('session-01.vol000+240.par2');
    expect(names(1000)[1]).toBe('session-01.vol0000+1000.par2');
    expect(planRecovery([file('a.bin', 1)], 10, 123).baseName).toBe('session-123');
  });

  it('stores names with ./ before them when a file at the root has a one-byte name (par2 0.8.1 crashes on it)', () => {
    expect(planRecovery([file('a', 1), file('b/c', 1)], 10, 1).storedNamePrefix).toBe('./');
    expect(planRecovery([file('ab', 1), file('b/c', 1), file('é', 1)], 10, 1).storedNamePrefix).toBe('');
  });
});

describe('planRecovery: the upper bound of the bytes', () => {
  // real sizes written by par2cmdline 0.8.1 with -s2048 -n1 -u for one 204,800-byte file `big.bin`
  // (100 slices); its creator packet is 104 bytes, the bound leaves room for 192
  it.each([
    [1, 2404, 4520],
    [9, 2404, 28_348],
    [60, 2404, 140_864],
    [100, 2404, 227_804],
  ])('is the size par2 0.8.1 writes plus room for a longer creator text, at %i%%', (percent, index, volume) => {
    const layout = planRecovery([file('big.bin', 204_800)], percent, 1);
    expect([layout.blockSize, layout.sourceBlockCount, layout.recoveryBlockCount]).toEqual([2048, 100, percent]);
    expect(layout.outputFiles.map((f) => f.maxBytes)).toEqual([index + 88, volume + 88]);
    expect(layout.maxBytes).toBe(index + volume + 176);
  });

  it('is exact but for the creator packet for two files with ./ names (measured with par2 0.8.1)', () => {
    // `a` (5000 bytes) stored as ./a, `sub/-d *?.bin` (300000 bytes) as ./sub/-d *?.bin: par2 wrote
    // an index of 3632 bytes (3528 + its 104-byte creator packet) with -c10
    const layout = planRecovery([file('a', 5000), file('sub/-d *?.bin', 300_000)], 7, 1);
    expect([layout.blockSize, layout.sourceBlockCount, layout.recoveryBlockCount]).toEqual([2048, 150, 11]);
    // index: 3528 bytes of critical packets + creator; vol: 11 × 2116 + bitLength(11)=4 copies
    expect(layout.outputFiles.map((f) => f.maxBytes)).toEqual([3528 + 192, 11 * 2116 + 4 * 3528 + 192]);
    expect(layout.maxBytes).toBe(3528 + 192 + 11 * 2116 + 4 * 3528 + 192);
  });
});
