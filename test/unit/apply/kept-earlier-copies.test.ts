import { describe, expect, it } from 'vitest';
import { copiesMkisofsKeeps } from '../../../src/apply/kept-earlier-copies.js';

const T = 1_767_261_600; // 2026-01-01T10:00:00Z
const planned = (discPath: string, size: number, mtimeMs: number) => ({ discPath, sourcePath: `/src${discPath}`, size, mtimeMs });
const earlier = (path: string, size: number, recordedAt?: number) => ({ path, size, extents: [{ lba: 100, length: size }], ...(recordedAt === undefined ? {} : { recordedAt }) });

describe('copiesMkisofsKeeps', () => {
  it('finds a planned file whose earlier twin has the same path, size and modification second', () => {
    const found = copiesMkisofsKeeps([planned('/f.bin', 10, T * 1000 + 999), planned('/other', 10, T * 1000)], [earlier('/f.bin', 10, T), earlier('/elsewhere', 10, T)]);
    expect(found.map((f) => f.planned.discPath)).toEqual(['/f.bin']);
  });

  it('leaves out another size, another second, an empty file and an unknown time', () => {
    const files = [planned('/size', 11, T * 1000), planned('/time', 10, (T + 1) * 1000), planned('/empty', 0, T * 1000), planned('/untimed', 10, T * 1000)];
    const twins = [earlier('/size', 10, T), earlier('/time', 10, T), earlier('/empty', 0, T), earlier('/untimed', 10)];
    expect(copiesMkisofsKeeps(files, twins)).toEqual([]);
  });
});
