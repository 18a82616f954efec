// Whether a name in one of a session's trees can be the name of a file of its primary tree.
// Joliet names are predicted exactly (sources/joliet-names.ts, both tools); a plain ISO 9660
// name is only recognised when it is the name with its ASCII letters upper-cased and the rest
// outside the d-characters replaced: mangled names (SAME000.TXT, A_VERY_L.TEX) fit nothing, and
// the comparison pairs those by their data instead. The tools replace differently (isoinfo -l):
// genisoimage and mkisofs each byte of the UTF-8 name (ü → "__"), libisofs each character
// (ü → "_"), so " ü" of one is "ü" of the other; a session is read by the rule its names show.
// Pure.
import type { DirectoryTree } from '../disc/iso9660/read-directory-tree.js';
import { jolietNames } from '../sources/joliet-names.js';

/** How the session's writer replaced what ISO 9660 names cannot hold; `either` when its names do not tell. */
export type IsoNaming = 'per-byte' | 'per-character' | 'either';

/** The names the other tree may give the primary tree's `name` (itself included). */
export function nameCandidates(tree: DirectoryTree, name: string, directory: boolean, naming: IsoNaming = 'either'): string[] {
  if (tree === 'joliet') return [...new Set([name, ...jolietNames(name, directory)])];
  if (tree === 'iso') {
    const upper = asciiUpper(name);
    const replaced = naming === 'either' ? [perByte(upper), perCharacter(upper)] : [naming === 'per-byte' ? perByte(upper) : perCharacter(upper)];
    return [...new Set([name, upper, ...replaced])];
  }
  return [name];
}

/** nameCandidates of one tree and rule, each name worked out once. */
export class NameCandidates {
  private readonly known = new Map<string, string[]>();

  constructor(
    private readonly tree: DirectoryTree,
    private readonly naming: IsoNaming = 'either',
  ) {}

  of(name: string, directory: boolean): string[] {
    const key = `${directory ? 'd' : 'f'}${name}`;
    let names = this.known.get(key);
    if (!names) this.known.set(key, (names = nameCandidates(this.tree, name, directory, this.naming)));
    return names;
  }
}

/** The rule under which more of the primary tree's names are found among the other tree's names (only names beyond ASCII tell them apart). */
export function isoNamingOf(primaryNames: Iterable<string>, isoNames: () => ReadonlySet<string>): IsoNaming {
  let byByte = 0;
  let byCharacter = 0;
  let names: ReadonlySet<string> | undefined;
  for (const name of primaryNames) {
    if (/^[\x00-\x7f]*$/u.test(name)) continue;
    const upper = asciiUpper(name);
    names ??= isoNames();
    if (names.has(perByte(upper))) byByte++;
    if (names.has(perCharacter(upper))) byCharacter++;
  }
  return byByte > byCharacter ? 'per-byte' : byCharacter > byByte ? 'per-character' : 'either';
}

function asciiUpper(name: string): string {
  return name.replace(/[a-z]+/gu, (letters) => letters.toUpperCase());
}

function perCharacter(upper: string): string {
  return upper.replace(/[^A-Z0-9._]/gu, '_');
}

function perByte(upper: string): string {
  return upper.replace(/[^A-Z0-9._]/gu, (character) => '_'.repeat(Buffer.byteLength(character)));
}

export const TREE_NAMES: Readonly<Record<DirectoryTree, string>> = { 'rock-ridge': 'Rock Ridge', joliet: 'Joliet', iso: 'ISO 9660' };
