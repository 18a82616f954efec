// The pieces a folder is packed in: a whole folder when it fits one disc, else its files and
// its subfolders, each again whole when it fits (recursively). A file that fits no disc, or one
// of 4 GiB or more where xorriso may not be used, is refused instead. Pure.
import { DOT_RECORDS, dataSectors, folderSectors, pathTableBytes, recordBytes, type RecordBytes } from './iso-metadata.js';
import type { SplitFile, SplitFolder, SplitItem, SplitRefusal } from './split-model.js';

/** A file or a whole folder, with what it adds to a disc. */
export interface Unit {
  item: SplitItem;
  /** The folder it lies in ("" for the top). */
  parent: string;
  /** Its own record in its parent, in each tree. */
  record: RecordBytes;
  data: number;
  /** A folder: the sectors of its own folders' records (itself included), in both trees. */
  folderSectors: number;
  pathTable: { iso: number; joliet: number };
  /** Continuation bytes of the records inside it. */
  continued: number;
  files: number;
  /** Bytes of the files' paths, for the checksum file. */
  pathBytes: number;
  large: boolean;
}

/** ISO 9660 levels 1 and 2 hold a file's size in one 32-bit extent. */
const MAX_SINGLE_EXTENT_BYTES = 2 ** 32 - 1;

export function fileUnit(file: SplitFile, parent: string): Unit {
  return {
    item: { path: file.path, kind: 'file', files: 1, bytes: file.size },
    parent,
    record: recordBytes(file.name, file.kind, file.size),
    data: file.kind === 'file' ? dataSectors(file.size) : 0,
    folderSectors: 0,
    pathTable: { iso: 0, joliet: 0 },
    continued: 0,
    files: 1,
    pathBytes: Buffer.byteLength(file.path, 'utf8') + 1,
    large: file.kind === 'file' && file.size > MAX_SINGLE_EXTENT_BYTES,
  };
}

/** Every folder's whole unit, computed once from the bottom up. */
export function folderUnits(root: SplitFolder): Map<string, Unit> {
  const units = new Map<string, Unit>();
  const visit = (folder: SplitFolder, parent: string): Unit => {
    const children = [...folder.folders.map((f) => visit(f, folder.path)), ...folder.files.map((f) => fileUnit(f, folder.path))];
    const own: RecordBytes = { ...DOT_RECORDS };
    const unit: Unit = {
      item: { path: folder.path, kind: 'folder', files: 0, bytes: 0 },
      parent,
      record: recordBytes(folder.name, 'folder', 0),
      data: 0,
      folderSectors: 0,
      pathTable: pathTableBytes(folder.name),
      continued: 0,
      files: 0,
      pathBytes: 0,
      large: false,
    };
    for (const child of children) {
      own.iso += child.record.iso;
      own.joliet += child.record.joliet;
      unit.continued += child.record.continued + child.continued;
      unit.data += child.data;
      unit.folderSectors += child.folderSectors;
      unit.pathTable.iso += child.pathTable.iso;
      unit.pathTable.joliet += child.pathTable.joliet;
      unit.files += child.item.kind === 'file' ? 1 : child.files;
      unit.item.files += child.item.files;
      unit.item.bytes += child.item.bytes;
      unit.pathBytes += child.pathBytes;
      unit.large ||= child.large;
    }
    unit.folderSectors += folderSectors(own);
    units.set(folder.path, unit);
    return unit;
  };
  visit(root, '');
  return units;
}

export interface UnitChoice {
  units: Unit[];
  refused: SplitRefusal[];
}

/**
 * `whole`: every folder's unit (folderUnits). `fitsAlone`: the unit fits an empty disc. `largeFilesAllowed`: a disc may hold a file of 4 GiB
 * or more (xorriso, ISO level 3). The top folder itself is never one unit: its children are (the
 * caller takes it whole when it fits one disc). A link in a folder opened here is refused.
 */
export function chooseUnits(root: SplitFolder, whole: ReadonlyMap<string, Unit>, fitsAlone: (unit: Unit) => boolean, largeFilesAllowed: boolean): UnitChoice {
  const units: Unit[] = [];
  const refused: SplitRefusal[] = [];
  const place = (folder: SplitFolder): void => {
    for (const sub of folder.folders) {
      const unit = whole.get(sub.path)!;
      if ((largeFilesAllowed || !unit.large) && fitsAlone(unit)) units.push(unit);
      else place(sub);
    }
    for (const file of folder.files) {
      const unit = fileUnit(file, folder.path);
      if (file.kind !== 'file') refused.push({ path: file.path, size: file.size, reason: 'link-alone' });
      else if (unit.large && !largeFilesAllowed) refused.push({ path: file.path, size: file.size, reason: 'large-file-needs-xorriso' });
      else if (!fitsAlone(unit)) refused.push({ path: file.path, size: file.size, reason: 'bigger-than-disc' });
      else units.push(unit);
    }
  };
  place(root);
  return { units, refused };
}
