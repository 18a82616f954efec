// What a later session does to the paths of the sessions before it. A multisession disc shows
// the last session's tree, which imports the earlier ones: a file at a path an earlier session
// used replaces it there (the earlier copy stays on the disc, read only by that session's own
// tree), folders at one path merge, and a folder cannot be replaced by a file (xorriso 1.5
// stops with "file object exists and may not be overwritten"). Pure.
import { ancestors } from './disc-placement.js';

export interface SessionEntry {
  discPath: string;
  kind: 'file' | 'directory' | 'symlink' | 'other';
}

export interface Replacement<T extends SessionEntry> {
  discPath: string;
  /** The later session's entry (a folder made above a grafted file comes from that file). */
  entry: T;
  /** 0-based: the latest earlier session that holds the path. */
  session: number;
  was: 'file' | 'folder';
  now: 'file' | 'folder';
}

/** Every path of `later` that one of `earlier` holds, unless both are folders, which merge. */
export function replacedEntries<T extends SessionEntry>(earlier: readonly (readonly SessionEntry[])[], later: readonly T[]): Replacement<T>[] {
  const holders = new Map<string, { session: number; folder: boolean }>();
  earlier.forEach((entries, session) => {
    for (const entry of entries) {
      for (const folder of ancestors(entry.discPath)) holders.set(folder, { session, folder: true });
      holders.set(entry.discPath, { session, folder: entry.kind === 'directory' });
    }
  });
  const replacements: Replacement<T>[] = [];
  const said = new Set<string>();
  const meet = (discPath: string, folder: boolean, entry: T) => {
    const holder = holders.get(discPath);
    if (said.has(discPath) || !holder || (holder.folder && folder)) return;
    said.add(discPath);
    replacements.push({ discPath, entry, session: holder.session, was: holder.folder ? 'folder' : 'file', now: folder ? 'folder' : 'file' });
  };
  for (const entry of later) {
    for (const folder of ancestors(entry.discPath)) meet(folder, true, entry);
    meet(entry.discPath, entry.kind === 'directory', entry);
  }
  return replacements;
}
