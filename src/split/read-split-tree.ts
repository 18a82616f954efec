// The folder to split, walked as a session sees it (hidden files included, symbolic links kept
// as links, names sorted), into the tree the planner takes. Every file must be readable now:
// a plan that could not burn would only fail later, at the drive.
import { access, constants, stat } from 'node:fs/promises';
import { errnoWords } from '../core/errno-words.js';
import { UserError } from '../errors.js';
import { walkSource } from '../sources/walk-source.js';
import type { SplitFolder } from './split-model.js';

export interface SplitTree {
  root: SplitFolder;
  /** "PATH: reason", one per entry that cannot be read. */
  unreadable: string[];
}

export async function readSplitTree(folder: string, shown: string): Promise<SplitTree> {
  const info = await stat(folder).catch((error: unknown) => {
    throw new UserError(`${shown}: ${errnoWords(error)}: there is no folder to split`);
  });
  if (!info.isDirectory()) throw new UserError(`${shown} is not a folder: split takes a folder and spreads its files over discs`);
  const root: SplitFolder = { path: '', name: '', folders: [], files: [] };
  const folders = new Map<string, SplitFolder>([['', root]]);
  const unreadable: string[] = [];
  const parentOf = (relative: string) => folders.get(relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '')!;
  for await (const entry of walkSource(folder, { followSymlinks: false, hiddenFiles: 'include', exclude: [] })) {
    if (entry.relativePath === '') continue;
    const where = `${shown}/${entry.relativePath}`;
    if (entry.kind === 'error') {
      unreadable.push(`${where}: ${entry.reason}`);
      continue;
    }
    if (entry.kind === 'excluded') continue;
    if (entry.kind === 'directory') {
      const sub: SplitFolder = { path: entry.relativePath, name: entry.name, folders: [], files: [] };
      folders.set(entry.relativePath, sub);
      parentOf(entry.relativePath).folders.push(sub);
      continue;
    }
    if (entry.kind === 'file') {
      const problem = await access(entry.absolutePath, constants.R_OK).then(() => undefined, (error: unknown) => errnoWords(error));
      if (problem) {
        unreadable.push(`${where}: ${problem}`);
        continue;
      }
    }
    parentOf(entry.relativePath).files.push({ path: entry.relativePath, name: entry.name, kind: entry.kind, size: entry.size });
  }
  return { root, unreadable };
}
