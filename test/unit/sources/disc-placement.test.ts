import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ancestors, placementProblems, type PlacedEntry, type PlacementProblem } from '../../../src/sources/disc-placement.js';

/** The placing as first written: every folder above every entry looked at, top-most first. */
function placedByEveryAncestor(entries: readonly PlacedEntry[]): PlacementProblem[] {
  const problems: PlacementProblem[] = [];
  const byPath = new Map<string, PlacedEntry>();
  const said = new Set<string>();
  const clash = (discPath: string, first: PlacedEntry, second: PlacedEntry) => {
    const key = `${discPath}\0${first.entry}\0${second.entry}`;
    if (said.has(key)) return;
    said.add(key);
    problems.push({ kind: 'same-path', discPath, first, second });
  };
  for (const entry of entries) {
    if (entry.discPath === '/.burnplan' || entry.discPath.startsWith('/.burnplan/')) problems.push({ kind: 'reserved', discPath: entry.discPath, entry });
    for (const folder of ancestors(entry.discPath)) {
      const earlier = byPath.get(folder);
      if (earlier === undefined) byPath.set(folder, { ...entry, discPath: folder, kind: 'directory' });
      else if (earlier.kind !== 'directory') clash(folder, earlier, { ...entry, kind: 'directory' });
    }
    const earlier = byPath.get(entry.discPath);
    if (!earlier) byPath.set(entry.discPath, entry);
    else if (earlier.kind !== 'directory' || entry.kind !== 'directory') clash(entry.discPath, earlier, entry);
  }
  return problems;
}

const entryArb = fc.record({
  discPath: fc.array(fc.constantFrom('a', 'b', 'c', '.burnplan'), { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
  kind: fc.constantFrom('file', 'directory', 'symlink') as fc.Arbitrary<PlacedEntry['kind']>,
  shown: fc.constant('x'),
  entry: fc.integer({ min: 0, max: 3 }),
});

describe('placementProblems', () => {
  it('finds the same clashes, in the same order, as looking at every folder above every entry', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 30 }), (entries) => {
        expect(placementProblems(entries, { joliet: false })).toEqual(placedByEveryAncestor(entries));
      }),
      { numRuns: 2000 },
    );
  });

  it('a file of one source below a file of another: the clash is said for each source that reaches it', () => {
    const entries: PlacedEntry[] = [
      { discPath: '/a', kind: 'file', shown: 'one/a', entry: 0 },
      { discPath: '/a/b/c', kind: 'file', shown: 'two/b/c', entry: 1 },
      { discPath: '/a/b/d', kind: 'file', shown: 'three/b/d', entry: 2 },
    ];
    expect(placementProblems(entries, { joliet: false }).map((p) => (p.kind === 'same-path' ? [p.discPath, p.first.entry, p.second.entry] : p.kind))).toEqual([
      ['/a', 0, 1],
      ['/a', 0, 2],
    ]);
  });
});

describe('the folders above a disc path', () => {
  it('top-most first, whatever slashes the path holds', () => {
    expect(ancestors('/a/b/c.txt')).toEqual(['/a', '/a/b']);
    expect(ancestors('/a')).toEqual([]);
    expect(ancestors('/')).toEqual([]);
    expect(ancestors('//a//b/')).toEqual(['/a']);
    expect(ancestors('a/b')).toEqual(['/a']);
  });

  it('are the leading runs of its names, joined', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'B', '/', 'é', ' '), { maxLength: 12 }), (chars) => {
        const parts = chars.join('').split('/').filter(Boolean);
        expect(ancestors(chars.join(''))).toEqual(parts.slice(0, -1).map((_, i) => `/${parts.slice(0, i + 1).join('/')}`));
      }),
      { numRuns: 2000 },
    );
  });
});
