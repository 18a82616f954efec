// Small trees for the split planner's tests: { 'a/b.txt': 1000, 'c': {} } style, sizes in bytes.
import type { DiscLimits, SplitFolder } from '../../../src/split/split-model.js';

export type TreeSpec = { [name: string]: number | TreeSpec };

export function tree(spec: TreeSpec, path = '', name = ''): SplitFolder {
  const folder: SplitFolder = { path, name, folders: [], files: [] };
  for (const key of Object.keys(spec).sort()) {
    const value = spec[key]!;
    const child = path === '' ? key : `${path}/${key}`;
    if (typeof value === 'number') folder.files.push({ path: child, name: key, kind: 'file', size: value });
    else folder.folders.push(tree(value, child, key));
  }
  return folder;
}

export function limits(capacity: number, overrides: Partial<DiscLimits> = {}): DiscLimits {
  return { capacity, reserve: 0, media: 'bd-r', largeFilesAllowed: true, ...overrides };
}

export const KiB = 1024;
export const MiB = 1024 * KiB;
export const GiB = 1024 * MiB;
