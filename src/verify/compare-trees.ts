// Compares one of a session's directory trees (Joliet, plain ISO 9660) with its primary tree
// (the one verify reads: Rock Ridge when present), so that what Windows or a plain reader opens
// is the data the checksums vouch for. Names legitimately differ between trees (Joliet cuts and
// replaces characters; ISO 9660 upper-cases, mangles with digits and relocates deep folders to
// RR_MOVED), so records are paired in rounds, the surest first:
//   0. a pair the session before agreed on, both records unchanged and the name fitting (a
//      later session carries its earlier files along: a disc of many sessions is not compared
//      again and again);
//   1. the name fits and the data is the same;   2. the name fits (the data then must agree);
//   3. the same data, found once on each side;   4. the name fits within the folder paired so far;
//   5. the one record left in a folder on each side (its position); then empty files by count.
// Pure: the caller hashes the records whose data differs, to tell a copy from wrong data.
import type { DirectoryTree } from '../disc/iso9660/read-directory-tree.js';
import { dataKey, folderPaths, nameOf, namesIn, parentOf, TreeIndex, type TreeFile } from './tree-index.js';
import { isoNamingOf, NameCandidates } from './tree-names.js';

export type { TreeFile } from './tree-index.js';

export interface DecodedTree {
  tree: DirectoryTree;
  files: readonly TreeFile[];
  /** Symlinks and special files: other trees may hold an empty record for each. */
  skipped: ReadonlyArray<{ path: string; kind: 'symlink' | 'special' }>;
}

/** Where a record's data starts (undefined: it has none) and how long it is. */
export interface DataAt {
  lba: number | undefined;
  size: number;
}

export type TreeMismatch =
  | { kind: 'different-data'; tree: DirectoryTree; path: string; primaryPath: string; at: DataAt; primaryAt: DataAt; dataOf?: string }
  | { kind: 'missing'; tree: DirectoryTree; primaryPath: string }
  | { kind: 'extra'; tree: DirectoryTree; path: string; at: DataAt; dataOf?: string };

type Pair = [primary: TreeFile, other: TreeFile];

/**
 * Pairs of one session's trees that lead to the same data, by the primary record's path and data
 * (`path\0lba:size`) → the other record's path. A later session carries its earlier files along
 * in its trees: a pair found there again, both records unchanged, is that same agreement.
 */
export type AgreedPairs = ReadonlyMap<string, string>;

export interface TreeComparison {
  mismatches: TreeMismatch[];
  agreed: AgreedPairs;
}

export function compareTrees(primary: DecodedTree, other: DecodedTree): TreeMismatch[] {
  return compareTreesAfter(primary, other, new Map()).mismatches;
}

/**
 * The comparison, the pairs an earlier session's trees agreed on taken as they are while both
 * records are unchanged and the name still fits: a pair the data rounds made (a mangled name)
 * is made again here, so that the verdict never depends on what an earlier session held.
 */
export function compareTreesAfter(primary: DecodedTree, other: DecodedTree, earlier: AgreedPairs): TreeComparison {
  const naming = other.tree === 'iso' ? isoNamingOf(namesIn(primary.files), () => namesIn(other.files)) : 'either';
  const candidates = new NameCandidates(other.tree, naming);
  const left = new Set(primary.files);
  const right = new Set(other.files);
  const pairs: Pair[] = [];
  if (earlier.size > 0) {
    const otherByPath = new Map(other.files.map((o) => [o.path, o]));
    const fits = pathFitting(candidates);
    for (const p of primary.files) {
      const o = otherByPath.get(earlier.get(agreedKey(p)) ?? '');
      if (o === undefined || !right.has(o) || dataKey(o) !== dataKey(p) || !fits(p.path, o.path)) continue;
      left.delete(p);
      right.delete(o);
      pairs.push([p, o]);
    }
  }
  // the rounds below only ever pair records still unpaired: their lookups hold no others
  const index = new TreeIndex(other.tree, [...right], candidates);
  const take = (partners: (p: TreeFile) => TreeFile[]) => {
    for (const pair of uniquePairs(left, (p) => partners(p).filter((o) => right.has(o)))) if (left.delete(pair[0]) && right.delete(pair[1])) pairs.push(pair);
  };
  take((p) => index.fittingFiles(p.path).filter((o) => dataKey(o) === dataKey(p)));
  take((p) => index.fittingFiles(p.path));
  take((p) => index.byData.get(dataKey(p)) ?? []);
  const folders = folderMap(pairs);
  const mappedTo = (primaryPath: string) => folders.get(parentOf(primaryPath)) ?? [];
  take((p) => index.inFolders(mappedTo(p.path), nameOf(p.path), false));
  // an empty record where the primary tree has a symlink or a (relocated) folder is no file
  const placeholders = [...primary.skipped.map((s) => [s.path, false] as const), ...folderPaths(primary.files).map((f) => [f, true] as const)];
  let unexplained = other.tree === 'iso' ? primary.skipped.length + relocatedFolders(other.files) : 0;
  for (const [path, directory] of placeholders) {
    const empty = [...index.fittingFiles(path, directory), ...index.inFolders(mappedTo(path), nameOf(path), directory)].filter((o) => o.size === 0 && right.has(o));
    if (empty.length > 0) unexplained--;
    for (const o of empty) right.delete(o);
  }
  // the last record of a folder on each side: counted first, so a folder of many is not searched
  const leftIn = countBy([...left], (p) => parentOf(p.path));
  take((p) => (leftIn.get(parentOf(p.path)) === 1 ? mappedTo(p.path).flatMap((folder) => (index.byFolder.get(folder) ?? []).filter((o) => right.has(o))) : []));
  // empty files have no data to be wrong: whatever names no rule predicts, equal counts agree
  const emptyLeft = [...left].filter((p) => p.size === 0);
  const emptyRight = [...right].filter((o) => o.size === 0);
  const pairedEmpty = Math.min(emptyLeft.length, emptyRight.length);
  emptyLeft.slice(0, pairedEmpty).forEach((p) => left.delete(p));
  emptyRight.slice(0, pairedEmpty).forEach((o) => right.delete(o));
  // in ISO 9660, symlinks and relocated folders whose mangled names fit nothing leave as many empty records
  if (emptyRight.length - pairedEmpty <= unexplained) emptyRight.slice(pairedEmpty).forEach((o) => right.delete(o));
  const byData = new Map(primary.files.map((f) => [dataKey(f), f.path]));
  const dataOf = (o: TreeFile) => {
    const owner = o.size > 0 ? byData.get(dataKey(o)) : undefined;
    return owner !== undefined ? { dataOf: owner } : {};
  };
  const found: TreeMismatch[] = [];
  for (const [p, o] of pairs) {
    if (dataKey(p) === dataKey(o)) continue;
    found.push({ kind: 'different-data', tree: other.tree, path: o.path, primaryPath: p.path, at: dataAt(o), primaryAt: dataAt(p), ...dataOf(o) });
  }
  for (const p of left) found.push({ kind: 'missing', tree: other.tree, primaryPath: p.path });
  for (const o of right) found.push({ kind: 'extra', tree: other.tree, path: o.path, at: dataAt(o), ...dataOf(o) });
  const agreed = new Map(pairs.filter(([p, o]) => dataKey(p) === dataKey(o)).map(([p, o]) => [agreedKey(p), o.path]));
  return { mismatches: found.sort((a, b) => compareText(sortKey(a), sortKey(b))), agreed };
}

/** Whether each name of the other path is one the tree may give the primary path's name there. */
function pathFitting(candidates: NameCandidates): (primaryPath: string, otherPath: string) => boolean {
  return (primaryPath, otherPath) => {
    const mine = primaryPath.split('/');
    const theirs = otherPath.split('/');
    return mine.length === theirs.length && mine.every((name, i) => name === theirs[i] || candidates.of(name, i < mine.length - 1).includes(theirs[i]!));
  };
}

function agreedKey(file: TreeFile): string {
  return `${file.path}\0${dataKey(file)}`;
}

/** The pairs in which each side has exactly one partner. */
function uniquePairs(left: ReadonlySet<TreeFile>, partnersOf: (p: TreeFile) => TreeFile[]): Pair[] {
  const partners = new Map<TreeFile, TreeFile[]>();
  const claims = new Map<TreeFile, number>();
  for (const p of left) {
    const matching = [...new Set(partnersOf(p))];
    partners.set(p, matching);
    for (const o of matching) claims.set(o, (claims.get(o) ?? 0) + 1);
  }
  return [...partners].filter(([, os]) => os.length === 1 && claims.get(os[0]!) === 1).map(([p, os]) => [p, os[0]!]);
}

/** Each primary folder → the folders of the other tree whose paired files mostly lie in it. */
function folderMap(pairs: readonly Pair[]): Map<string, string[]> {
  const votes = new Map<string, Map<string, number>>();
  for (const [p, o] of pairs) {
    const counts = votes.get(parentOf(o.path)) ?? new Map<string, number>();
    counts.set(parentOf(p.path), (counts.get(parentOf(p.path)) ?? 0) + 1);
    votes.set(parentOf(o.path), counts);
  }
  const map = new Map<string, string[]>();
  for (const [folder, counts] of votes) {
    const winner = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    map.set(winner, [...(map.get(winner) ?? []), folder]);
  }
  return map;
}

/** Each folder relocated to RR_MOVED (mkisofs, deeper than 8 levels) leaves one empty record where it stood. */
function relocatedFolders(files: readonly TreeFile[]): number {
  const moved = new Set(files.filter((f) => /^\/RR_MOVED\/[^/]+\//iu.test(f.path)).map((f) => f.path.split('/')[2]));
  return moved.size;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function dataAt(file: TreeFile): DataAt {
  return { lba: file.extents[0]?.lba, size: file.size };
}

function sortKey(m: TreeMismatch): string {
  return 'path' in m ? m.path : m.primaryPath;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
