// Lookups into the files of one decoded tree, so that pairing a session's trees stays linear in
// its files: by path, by folder, by data, and the paths whose names fit a primary tree's path
// (each folder's fitting folders worked out once, from the root down). Pure.
import type { DirectoryTree, Extent } from '../disc/iso9660/read-directory-tree.js';
import { NameCandidates } from './tree-names.js';

export interface TreeFile {
  path: string;
  size: number;
  extents: readonly Extent[];
}

export class TreeIndex {
  readonly byFolder = new Map<string, TreeFile[]>();
  readonly byData = new Map<string, TreeFile[]>();
  private readonly byPath = new Map<string, TreeFile[]>();
  private readonly folders = new Set<string>(['/']);
  private readonly fitting = new Map<string, string[]>([['/', ['/']]]);
  private readonly fittingByPath = new Map<string, TreeFile[]>();

  constructor(
    readonly tree: DirectoryTree,
    files: readonly TreeFile[],
    private readonly candidates: NameCandidates = new NameCandidates(tree),
  ) {
    for (const file of files) {
      push(this.byPath, file.path, file);
      push(this.byFolder, parentOf(file.path), file);
      push(this.byData, dataKey(file), file);
      for (let dir = parentOf(file.path); !this.folders.has(dir); dir = parentOf(dir)) this.folders.add(dir);
    }
  }

  /** The files whose whole path fits `primaryPath`, name by name. */
  fittingFiles(primaryPath: string, directory = false): TreeFile[] {
    const key = `${directory ? 'd' : 'f'}${primaryPath}`;
    const known = this.fittingByPath.get(key);
    if (known) return known;
    const found = this.inFolders(this.fittingFolders(parentOf(primaryPath)), nameOf(primaryPath), directory);
    this.fittingByPath.set(key, found);
    return found;
  }

  /** The files named as `primaryName` may be named, in the given folders of this tree. */
  inFolders(folders: readonly string[], primaryName: string, directory: boolean): TreeFile[] {
    const names = this.namesFor(primaryName, directory);
    return folders.flatMap((folder) => names.flatMap((name) => this.byPath.get(join(folder, name)) ?? []));
  }

  private namesFor(name: string, directory: boolean): string[] {
    return this.candidates.of(name, directory);
  }

  private fittingFolders(primaryFolder: string): string[] {
    const known = this.fitting.get(primaryFolder);
    if (known) return known;
    const names = this.namesFor(nameOf(primaryFolder), true);
    const found = this.fittingFolders(parentOf(primaryFolder)).flatMap((up) => names.map((name) => join(up, name)).filter((dir) => this.folders.has(dir)));
    this.fitting.set(primaryFolder, found);
    return found;
  }
}

/**
 * Where the data lies and how long it is: one key, so that equal data is one lookup. A file of
 * 4 GiB or more has several extents, and each must agree, not only the first.
 */
export function dataKey(file: TreeFile): string {
  const key = `${file.extents[0]?.lba ?? '-'}:${file.size}`;
  return file.extents.length <= 1 ? key : `${key}|${file.extents.slice(1).map((e) => `${e.lba}+${e.length}`).join('|')}`;
}

export function parentOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? '/' : path.slice(0, cut);
}

export function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Every name a path of the files holds, their folders' included. */
export function namesIn(files: readonly TreeFile[]): Set<string> {
  return new Set(files.flatMap((f) => f.path.split('/').filter((part) => part !== '')));
}

/** Every folder the files lie in, the root left out. */
export function folderPaths(files: readonly TreeFile[]): string[] {
  const folders = new Set<string>();
  for (const f of files) for (let dir = parentOf(f.path); dir !== '/' && !folders.has(dir); dir = parentOf(dir)) folders.add(dir);
  return [...folders];
}

function join(folder: string, name: string): string {
  return folder === '/' ? `/${name}` : `${folder}/${name}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
