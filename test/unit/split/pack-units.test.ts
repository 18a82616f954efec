// First-fit decreasing on random trees: every file placed once, every disc within its room, no
// disc's first unit would have fitted an earlier disc, and never many more discs than the lower
// bound ceil(total / room).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitsEmptyDisc, packUnits } from '../../../src/split/pack-units.js';
import { chooseUnits, folderUnits } from '../../../src/split/split-units.js';
import { limits, tree, type TreeSpec } from './split-tree-builder.js';

const CAPACITY = 4000;

const spec: fc.Arbitrary<TreeSpec> = fc.letrec<{ folder: TreeSpec }>((arbitrary) => ({
  folder: fc.dictionary(
    fc.stringMatching(/^[a-z]{1,6}$/),
    fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.integer({ min: 0, max: 3_000_000 }), arbitrary('folder')),
    { maxKeys: 6 },
  ),
})).folder;

function allFiles(s: TreeSpec, prefix = ''): string[] {
  return Object.entries(s).flatMap(([name, value]) => (typeof value === 'number' ? [`${prefix}${name}`] : allFiles(value, `${prefix}${name}/`)));
}

describe('packUnits', () => {
  it('places every file once, within each disc, first fit', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const disc = limits(CAPACITY);
        const { units, refused } = chooseUnits(tree(s), folderUnits(tree(s)), fitsEmptyDisc(disc), true);
        const loads = packUnits(units, disc);
        const placed = loads.flatMap((load) => load.units.flatMap((unit) => (unit.item.kind === 'file' ? [unit.item.path] : allFiles(pick(s, unit.item.path), `${unit.item.path}/`))));
        expect([...placed, ...refused.map((r) => r.path)].sort()).toEqual(allFiles(s).sort());
        for (const load of loads) expect(load.sectorsWith().total).toBeLessThanOrEqual(CAPACITY);
        loads.forEach((later, j) => {
          for (const earlier of loads.slice(0, j)) expect(earlier.fits(later.units[0]!)).toBe(false);
        });
        // first fit: at most one disc is half empty, so never more than twice the lower bound
        const total = loads.reduce((sum, load) => sum + load.sectorsWith().total, 0);
        const lowerBound = Math.ceil(total / CAPACITY);
        expect(loads.length).toBeLessThanOrEqual(Math.max(1, 2 * lowerBound));
      }),
      { numRuns: 200 },
    );
  });

  it('comes close to the lower bound when the files are small beside a disc', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400_000 }), { minLength: 1, maxLength: 200 }), (sizes) => {
        const s: TreeSpec = Object.fromEntries(sizes.map((size, i) => [`f${i}`, size]));
        const disc = limits(CAPACITY);
        const loads = packUnits(chooseUnits(tree(s), folderUnits(tree(s)), fitsEmptyDisc(disc), true).units, disc);
        // every disc but the last is full to within one file (at most 196 sectors and its record)
        const room = CAPACITY - 256;
        const total = loads.reduce((sum, load) => sum + load.sectorsWith().total, 0);
        expect(loads.length).toBeLessThanOrEqual(Math.ceil(total / room));
      }),
      { numRuns: 100 },
    );
  });
});

function pick(s: TreeSpec, path: string): TreeSpec {
  return path.split('/').reduce((folder, name) => folder[name] as TreeSpec, s);
}
