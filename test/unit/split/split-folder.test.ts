// The split decision on small trees: whole folders where they fit, recursion where they do not,
// refusals with their reasons, and the same discs for the same tree.
import { describe, expect, it } from 'vitest';
import { DiscLoad } from '../../../src/split/disc-load.js';
import { SESSION_ALIGNMENT, SESSION_FIXED_SECTORS, SESSION_PADDING_SECTORS } from '../../../src/split/iso-metadata.js';
import { splitFolder } from '../../../src/split/split-folder.js';
import { GiB, KiB, limits, MiB, tree } from './split-tree-builder.js';

const paths = (result: ReturnType<typeof splitFolder>) => result.discs.map((disc) => disc.items.map((item) => item.path));

describe('splitFolder', () => {
  it('puts the whole folder on one disc when it fits', () => {
    const result = splitFolder(tree({ a: { 'x.bin': MiB }, 'b.txt': 10 }), limits(4096));
    expect(paths(result)).toEqual([['']]);
    expect(result.refused).toEqual([]);
  });

  it('keeps each folder whole when it fits a disc, and splits only the folder too big for one', () => {
    // 3 MiB discs (1,536 sectors): "big" (3.8 MiB) must be split, "small" stays whole
    const result = splitFolder(tree({ big: { '1.bin': 1200 * KiB, '2.bin': 1200 * KiB, '3.bin': 1200 * KiB, '4.bin': 300 * KiB }, small: { s1: 500 * KiB, s2: 300 * KiB } }), limits(1536));
    const all = paths(result).flat();
    expect(all).toContain('small');
    expect(all).not.toContain('big');
    expect(all.filter((p) => p.startsWith('big/')).sort()).toEqual(['big/1.bin', 'big/2.bin', 'big/3.bin', 'big/4.bin']);
    for (const disc of result.discs) expect(disc.sectors.total).toBeLessThanOrEqual(result.usable);
    // 4,700 KiB (2,350 sectors) of files and two file systems: two discs, as few as can hold them
    expect(result.discs).toHaveLength(2);
  });

  it('counts every file in whole sectors, and the file system on top', () => {
    const result = splitFolder(tree({ a: 1, b: 2049 }), limits(4096));
    expect(result.discs[0]!.sectors.data).toBe(1 + 2);
    const { data, metadata, total } = result.discs[0]!.sectors;
    expect(metadata).toBeGreaterThanOrEqual(SESSION_FIXED_SECTORS + SESSION_PADDING_SECTORS);
    expect(total % SESSION_ALIGNMENT).toBe(0);
    expect(total).toBe(data + metadata);
    expect(total).toBeGreaterThanOrEqual(new DiscLoad(limits(4096)).sectorsWith().total);
  });

  it('refuses a file bigger than a disc, naming it and its size', () => {
    const result = splitFolder(tree({ ok: { small: 1000 }, huge: 10 * MiB }), limits(2048));
    expect(result.refused).toEqual([{ path: 'huge', size: 10 * MiB, reason: 'bigger-than-disc' }]);
    expect(paths(result)).toEqual([['ok']]);
  });

  it('gives a file of 4 GiB or more its disc with xorriso, or refuses it when xorriso is ruled out', () => {
    const spec = { video: { 'film.mkv': 5 * GiB }, notes: { 'n.txt': 100 } };
    const allowed = splitFolder(tree(spec), limits(12_219_392));
    expect(allowed.refused).toEqual([]);
    expect(allowed.discs[0]!.largeFiles).toBe(true);
    const ruledOut = splitFolder(tree(spec), limits(12_219_392, { largeFilesAllowed: false }));
    expect(ruledOut.refused).toEqual([{ path: 'video/film.mkv', size: 5 * GiB, reason: 'large-file-needs-xorriso' }]);
    expect(paths(ruledOut)).toEqual([['notes']]);
    expect(ruledOut.discs[0]!.largeFiles).toBe(false);
  });

  it('refuses a symbolic link of a folder split over discs, which a graft of its own would follow', () => {
    const root = tree({ a: 1_500_000, b: 1_500_000 });
    root.files.push({ path: 'link', name: 'link', kind: 'symlink', size: 1 });
    const split = splitFolder(root, limits(1200));
    expect(split.refused).toEqual([{ path: 'link', size: 1, reason: 'link-alone' }]);
    // in a folder that fits one disc, it goes with the folder
    expect(splitFolder(root, limits(4000)).discs.map((d) => d.items.map((i) => i.path))).toEqual([['']]);
  });

  it('keeps room for the reserve and the media\'s cost of a session', () => {
    const spec = { a: 3 * MiB };
    expect(splitFolder(tree(spec), limits(2000)).discs).toHaveLength(1);
    expect(splitFolder(tree(spec), limits(2000, { reserve: 400 })).refused).toHaveLength(1);
    // a CD-R session leaves 11,402 sectors to the next one (run-out, lead-out, lead-in, pregap)
    const cd = splitFolder(tree(spec), limits(20_000, { media: 'cd-r' }));
    expect(cd.discs[0]!.sectors.overhead).toBe(11_402);
  });

  it('gives the same discs for the same tree, whatever order it was listed in', () => {
    const spec = { b: { x: 700_000, y: 900_000 }, a: { z: 800_000 }, c: 1_200_000, d: { e: { f: 600_000 } } };
    const first = splitFolder(tree(spec), limits(1200));
    const shuffled = tree(spec);
    shuffled.folders.reverse();
    shuffled.files.reverse();
    expect(splitFolder(shuffled, limits(1200))).toEqual(first);
  });
});
