// genisoimage sorts the Joliet names of each folder by converting both names to UCS-2 one
// character at a time, from the start, until they differ (joliet.c, joliet_compare_dirs). A
// character outside Unicode's 16-bit range (an emoji) cannot be converted, and genisoimage stops:
// "Incorrectly encoded string (…) encountered. Possibly creating an invalid Joliet extension.
// Aborting." (1.1.11). So it stops when a name holds such a character right after characters
// that another, longer name of its folder starts with. A ";" ends the comparison first: one
// before that place (both names hold it), or one in the other name at that place. Pure.
import { ancestors, split } from './disc-placement.js';

export interface UnsortablePair {
  /** The name that holds the character. */
  name: string;
  /** A name of the same folder that genisoimage compares with it there. */
  other: string;
}

const OUTSIDE_16_BITS = /[\ud800-\udfff]/;

export function holdsOutside16Bits(name: string): boolean {
  return OUTSIDE_16_BITS.test(name);
}

/** Of one folder's names, each that genisoimage cannot sort, with one name it stops at. */
export function unsortableJolietNames(names: readonly string[]): UnsortablePair[] {
  const sorted = [...names].sort();
  const pairs: UnsortablePair[] = [];
  const paired = new Set<string>();
  for (const name of names) {
    const at = name.search(OUTSIDE_16_BITS);
    if (at === -1 || paired.has(name)) continue;
    // the characters before it are 16-bit ones: one code unit each, as genisoimage counts them
    const prefix = name.slice(0, at);
    if (prefix.includes(';')) continue;
    for (let i = lowerBound(sorted, prefix); i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
      const other = sorted[i]!;
      if (other !== name && other.length > at && other[at] !== ';') {
        pairs.push({ name, other });
        paired.add(other);
        break;
      }
    }
  }
  return pairs;
}

export interface UnsortablePath extends UnsortablePair {
  folder: string;
  /** A path of the later tree that puts one of the two names in the folder. */
  laterPath: string;
}

/**
 * The folders of a tree that genisoimage cannot sort, where a later session's paths meet the
 * earlier sessions' ones (genisoimage merges the tree it continues into the new one). A pair of
 * earlier names alone is left out: the earlier session could not have been written with it.
 */
export function unsortableJolietPaths(earlier: readonly string[], later: readonly string[]): UnsortablePath[] {
  const folders = new Map<string, Map<string, string | undefined>>();
  const add = (discPath: string, laterPath: string | undefined) => {
    if (discPath === '/') return;
    for (const entry of [...ancestors(discPath), discPath]) {
      const { folder, name } = split(entry);
      const names = folders.get(folder) ?? new Map<string, string | undefined>();
      folders.set(folder, names);
      if (!names.has(name) || (names.get(name) === undefined && laterPath !== undefined)) names.set(name, laterPath);
    }
  };
  for (const p of earlier) add(p, undefined);
  for (const p of later) add(p, p);
  const found: UnsortablePath[] = [];
  for (const [folder, names] of folders) {
    if (![...names.keys()].some((n) => OUTSIDE_16_BITS.test(n))) continue;
    for (const pair of unsortableJolietNames([...names.keys()])) {
      const laterPath = names.get(pair.name) ?? names.get(pair.other);
      if (laterPath !== undefined) found.push({ folder, ...pair, laterPath });
    }
  }
  return found;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
