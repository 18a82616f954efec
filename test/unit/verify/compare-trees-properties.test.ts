// Properties of the tree comparison on generated sessions: the trees the tools would write agree;
// one record re-pointed at another file's data is always found, and in the Joliet tree (whose
// names are predicted) it is named exactly, whatever the other names are.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jolietName, jolietNames } from '../../../src/sources/joliet-names.js';
import { compareTrees, compareTreesAfter, type DecodedTree, type TreeFile } from '../../../src/verify/compare-trees.js';

const FRAGMENTS = ['a', 'A', 'x;1', ';', 'ü', '😀', 'n'.repeat(70), '.txt', '.TXT', ' '];
const FOLDERS = ['', 'sub/', 'Sub/', 'deep/a/b/c/d/e/f/g/h/'];

const sessions = fc
  .uniqueArray(
    fc.record({ folder: fc.constantFrom(...FOLDERS), name: fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 3 }).map((p) => p.join('')), size: fc.integer({ min: 0, max: 3 }) }),
    { minLength: 2, maxLength: 12, selector: (f) => f.folder + f.name },
  )
  .filter((files) => !sharesJolietName(files) && files.every((f) => !FOLDERS.includes(`${f.name}/`)));

/** Two names of one folder that either tool shows alike in Joliet: validate refuses such a session. */
function sharesJolietName(files: ReadonlyArray<{ folder: string; name: string }>): boolean {
  const seen = new Set<string>();
  for (const f of files) {
    const keys = [...new Set(jolietNames(f.name, false))].map((joliet) => `${f.folder}${joliet}`);
    if (keys.some((key) => seen.has(key))) return true;
    keys.forEach((key) => seen.add(key));
  }
  return false;
}

function primaryOf(files: ReadonlyArray<{ folder: string; name: string; size: number }>): DecodedTree {
  return { tree: 'rock-ridge', files: files.map((f, i) => file(`/${f.folder}${f.name}`, 100 + i, f.size)), skipped: [] };
}

function file(path: string, lba: number, size: number): TreeFile {
  return { path, size, extents: size === 0 ? [] : [{ lba, length: size }] };
}

/** The Joliet tree xorriso writes: each name as predicted, the same records. */
function jolietOf(primary: DecodedTree): DecodedTree {
  const rename = (path: string) => path.split('/').map((part, i, all) => (i === 0 ? '' : jolietName(part, i < all.length - 1, 'xorriso'))).join('/');
  return { tree: 'joliet', files: primary.files.map((f) => ({ ...f, path: rename(f.path) })), skipped: [] };
}

/** A plain ISO 9660 tree with names no rule predicts (mangled with numbers), the same records. */
function isoOf(primary: DecodedTree): DecodedTree {
  const folders = new Map<string, string>();
  const mangle = (folder: string) => folder.split('/').map((part) => (part === '' ? '' : (folders.get(part) ?? folders.set(part, `D${folders.size}`).get(part)!))).join('/');
  return { tree: 'iso', files: primary.files.map((f, i) => ({ ...f, path: `${mangle(f.path.slice(0, f.path.lastIndexOf('/')))}/F${i}.;1`.replace(';1', '') })), skipped: [] };
}

/** Record `victim` re-pointed at the data of `donor`. */
function repoint(tree: DecodedTree, victim: number, donor: number): DecodedTree {
  return { ...tree, files: tree.files.map((f, i) => (i === victim ? { ...f, size: tree.files[donor]!.size, extents: tree.files[donor]!.extents } : f)) };
}

const tampering = sessions.chain((files) => fc.tuple(fc.constant(files), fc.nat(files.length - 1), fc.nat(files.length - 1))).filter(([files, victim, donor]) => files[victim]!.size !== files[donor]!.size || (files[donor]!.size > 0 && victim !== donor));

describe('compareTrees properties', () => {
  it('the trees the tools write agree', () => {
    fc.assert(
      fc.property(sessions, (files) => {
        const primary = primaryOf(files);
        expect(compareTrees(primary, jolietOf(primary))).toEqual([]);
        expect(compareTrees(primary, isoOf(primary))).toEqual([]);
      }),
    );
  });

  it('one Joliet record re-pointed is named exactly; one plain ISO 9660 record re-pointed is found', () => {
    fc.assert(
      fc.property(tampering, ([files, victim, donor]) => {
        const primary = primaryOf(files);
        const joliet = jolietOf(primary);
        expect(compareTrees(primary, repoint(joliet, victim, donor))).toMatchObject([{ kind: 'different-data', path: joliet.files[victim]!.path, primaryPath: primary.files[victim]!.path }]);
        expect(compareTrees(primary, repoint(isoOf(primary), victim, donor)).length).toBeGreaterThan(0);
      }),
    );
  });

  // the worst a session before can leave: agreement on every record, then one re-pointed
  it('a record re-pointed is named the same when the session before agreed on every record, in every tree', () => {
    fc.assert(
      fc.property(tampering, ([files, victim, donor]) => {
        const primary = primaryOf(files);
        const joliet = jolietOf(primary);
        const iso = isoOf(primary);
        const agreedJoliet = compareTreesAfter(primary, joliet, new Map()).agreed;
        const agreedIso = compareTreesAfter(primary, iso, new Map()).agreed;
        expect(compareTreesAfter(primary, repoint(joliet, victim, donor), agreedJoliet).mismatches).toEqual(compareTrees(primary, repoint(joliet, victim, donor)));
        expect(compareTreesAfter(primary, repoint(iso, victim, donor), agreedIso).mismatches).toEqual(compareTrees(primary, repoint(iso, victim, donor)));
        expect(compareTreesAfter(primary, joliet, agreedJoliet).mismatches).toEqual([]);
      }),
    );
  });
});
