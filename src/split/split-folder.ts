// `burnplan split`'s decision: the folder's units packed on as few discs as fit, then, on each
// disc, the files and folders it took named by the largest whole folders they make up. Pure.
import { packUnits, fitsEmptyDisc } from './pack-units.js';
import type { DiscLimits, SplitDisc, SplitFolder, SplitItem, SplitResult } from './split-model.js';
import { chooseUnits, folderUnits } from './split-units.js';

export function splitFolder(root: SplitFolder, limits: DiscLimits): SplitResult {
  const { units, refused } = chooseUnits(root, fitsEmptyDisc(limits), limits.largeFilesAllowed);
  const loads = packUnits(units, limits);
  const discOf = new Map<string, number>();
  loads.forEach((load, i) => {
    for (const unit of load.units) discOf.set(unit.item.path, i);
  });
  const items = wholeItems(root, discOf, folderUnits(root));
  const discs: SplitDisc[] = loads.map((load, i) => ({
    number: i + 1,
    items: (items.get(i) ?? []).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    sectors: load.sectorsWith(),
    largeFiles: load.large,
  }));
  return { discs, refused, usable: limits.capacity - limits.reserve };
}

/**
 * Per disc, the largest folders all of whose contents it holds (the top folder too), and the
 * units left over. A folder with something refused or on another disc is not whole anywhere.
 */
function wholeItems(root: SplitFolder, discOf: ReadonlyMap<string, number>, folders: ReadonlyMap<string, { item: SplitItem }>): Map<number, SplitItem[]> {
  const out = new Map<number, SplitItem[]>();
  const take = (disc: number, item: SplitItem) => out.set(disc, [...(out.get(disc) ?? []), item]);
  // the disc holding all of the folder, or undefined; parts not whole are taken on their discs
  const visit = (folder: SplitFolder): number | undefined => {
    const placed = discOf.get(folder.path);
    if (placed !== undefined) return placed;
    const parts: Array<{ disc: number | undefined; item: SplitItem | undefined; folder?: SplitFolder }> = [
      ...folder.folders.map((sub) => ({ disc: visit(sub), item: folders.get(sub.path)!.item, folder: sub })),
      ...folder.files.map((file) => ({ disc: discOf.get(file.path), item: discOf.has(file.path) ? { path: file.path, kind: 'file' as const, files: 1, bytes: file.size } : undefined })),
    ];
    const first = parts[0]?.disc;
    if (parts.length > 0 && first !== undefined && parts.every((p) => p.disc === first)) return first;
    for (const part of parts) if (part.disc !== undefined && part.item) take(part.disc, part.item);
    return undefined;
  };
  const all = visit(root);
  if (all !== undefined) take(all, folders.get('')!.item);
  return out;
}
