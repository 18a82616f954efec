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

/**
 * The tree the sessions so far leave, session after session: each one is asked about and then
 * added, so that a plan of many sessions is read once, not once for each session after it.
 */
export class SessionTree {
  private readonly holders = new Map<string, { session: number; folder: boolean }>();

  add(entries: readonly SessionEntry[], session: number): void {
    for (const entry of entries) {
      for (const folder of ancestors(entry.discPath)) this.holders.set(folder, { session, folder: true });
      this.holders.set(entry.discPath, { session, folder: entry.kind === 'directory' });
    }
  }

  /** Every path of `later` the tree holds, unless both are folders, which merge. */
  replacedBy<T extends SessionEntry>(later: readonly T[]): Replacement<T>[] {
    const replacements: Replacement<T>[] = [];
    const said = new Set<string>();
    const meet = (discPath: string, folder: boolean, entry: T) => {
      const holder = this.holders.get(discPath);
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
}
