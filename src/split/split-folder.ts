// `burnplan split`'s decision: the folder's units packed on as few discs as fit, then, on each
// disc, the files and folders it took named by the largest whole folders they make up. Pure.
// As few discs comes first, whole folders second: when whole folders take more discs than the
// files alone would, the largest folder is opened into its files and subfolders, and the units
// packed again, until the discs are as few (or no folder is left to open).
import { DiscLoad } from './disc-load.js';
import { packUnits, fitsEmptyDisc } from './pack-units.js';
import type { DiscLimits, SplitDisc, SplitFolder, SplitItem, SplitResult } from './split-model.js';
import { chooseUnits, fileUnit, folderUnits, type Unit } from './split-units.js';

export function splitFolder(root: SplitFolder, limits: DiscLimits): SplitResult {
  const whole = folderUnits(root);
  const all = whole.get('')!;
  if ((limits.largeFilesAllowed || !all.large) && fitsEmptyDisc(limits)(all)) {
    const load = new DiscLoad(limits);
    load.add(all);
    return { discs: [{ number: 1, items: [all.item], sectors: load.sectorsWith(), largeFiles: load.large }], refused: [], usable: limits.capacity - limits.reserve };
  }
  const { units, refused } = chooseUnits(root, whole, fitsEmptyDisc(limits), limits.largeFilesAllowed);
  const loads = fewestDiscs(root, whole, units, limits);
  const discOf = new Map<string, number>();
  loads.forEach((load, i) => {
    for (const unit of load.units) discOf.set(unit.item.path, i);
  });
  const items = wholeItems(root, discOf, whole);
  const discs: SplitDisc[] = loads.map((load, i) => ({
    number: i + 1,
    items: (items.get(i) ?? []).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    sectors: load.sectorsWith(),
    largeFiles: load.large,
  }));
  return { discs, refused, usable: limits.capacity - limits.reserve };
}

function fewestDiscs(root: SplitFolder, whole: ReadonlyMap<string, Unit>, start: Unit[], limits: DiscLimits): DiscLoad[] {
  const folders = new Map<string, SplitFolder>();
  const index = (folder: SplitFolder): void => {
    folders.set(folder.path, folder);
    folder.folders.forEach(index);
  };
  index(root);
  const open = (unit: Unit): Unit[] => {
    const folder = folders.get(unit.item.path)!;
    return [...folder.folders.map((sub) => whole.get(sub.path)!), ...folder.files.map((file) => fileUnit(file, folder.path))];
  };
  const filesOnly = (units: Unit[]): Unit[] => units.flatMap((unit) => (unit.item.kind === 'folder' && unit.item.files > 0 ? filesOnly(open(unit)) : [unit]));
  let units = start;
  let best = packUnits(units, limits);
  // no disc holds more data than an empty disc leaves room for: when whole folders already take
  // that few discs, packing the files alone (slow on a large tree) cannot take fewer
  const room = limits.capacity - limits.reserve - new DiscLoad(limits).sectorsWith().total;
  const lowerBound = Math.ceil(units.reduce((sum, unit) => sum + unit.data, 0) / room);
  if (best.length <= lowerBound) return best;
  const target = packUnits(filesOnly(start), limits).length;
  while (best.length > target) {
    const widest = units.filter((unit) => unit.item.kind === 'folder' && unit.item.files > 0).sort((a, b) => b.data - a.data || (a.item.path < b.item.path ? -1 : 1))[0];
    if (!widest) break;
    units = [...units.filter((unit) => unit !== widest), ...open(widest)];
    const loads = packUnits(units, limits);
    if (loads.length < best.length) best = loads;
  }
  return best;
}

/**
 * Per disc, the largest folders all of whose contents it holds (the top folder too), and the
 * units left over. A folder with something refused or on another disc is not whole anywhere.
 */
function wholeItems(root: SplitFolder, discOf: ReadonlyMap<string, number>, folders: ReadonlyMap<string, { item: SplitItem }>): Map<number, SplitItem[]> {
  const out = new Map<number, SplitItem[]>();
  const take = (disc: number, item: SplitItem) => {
    const list = out.get(disc);
    if (list) list.push(item);
    else out.set(disc, [item]);
  };
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
