// Whether a name in one of a session's trees can be the name of a file of its primary tree.
// Joliet names are predicted exactly (sources/joliet-names.ts, both tools); a plain ISO 9660
// name is only recognised when it is the name upper-cased with the characters outside the
// d-characters replaced: mangled names (SAME000.TXT, A_VERY_L.TEX) fit nothing, and the
// comparison pairs those by their data instead. Pure.
import type { DirectoryTree } from '../disc/iso9660/read-directory-tree.js';
import { jolietNames } from '../sources/joliet-names.js';

/** The names the other tree may give the primary tree's `name` (itself included). */
export function nameCandidates(tree: DirectoryTree, name: string, directory: boolean): string[] {
  if (tree === 'joliet') return [...new Set([name, ...jolietNames(name, directory)])];
  if (tree === 'iso') {
    const upper = name.toUpperCase();
    return [...new Set([name, upper, upper.replace(/[^A-Z0-9._]/gu, '_')])];
  }
  return [name];
}

export const TREE_NAMES: Readonly<Record<DirectoryTree, string>> = { 'rock-ridge': 'Rock Ridge', joliet: 'Joliet', iso: 'ISO 9660' };
