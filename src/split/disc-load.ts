// What one disc's session holds so far, and the sectors it would take with one more unit. Pure.
// The folders above a unit (its parent, that folder's parent, up to the top) are made on the disc
// for it, once per disc however many units share them: their records are kept here, per folder.
import { sessionOverhead } from './disc-capacity.js';
import { checksumSectors, DOT_RECORDS, folderSectors, imageSectors, pathTableBytes, pathTableSectors, recordBytes, SESSION_FIXED_SECTORS, type RecordBytes } from './iso-metadata.js';
import { SECTOR_BYTES, type DiscLimits } from './split-model.js';
import type { Unit } from './split-units.js';

export interface DiscSectors {
  data: number;
  metadata: number;
  overhead: number;
  total: number;
}

export class DiscLoad {
  readonly units: Unit[] = [];
  private data = 0;
  private innerFolders = 0;
  private files = 0;
  private pathBytes = 0;
  private continued = 0;
  private readonly pathTable = { iso: 0, joliet: 0 };
  /** The folders made for the units, by path, with the bytes of their records so far. */
  private readonly folders = new Map<string, RecordBytes>();
  private folderTotal = 0;

  constructor(private readonly limits: DiscLimits) {
    this.folders.set('', { ...DOT_RECORDS });
    this.folderTotal = folderSectors(DOT_RECORDS);
    const root = pathTableBytes('');
    this.pathTable.iso = root.iso;
    this.pathTable.joliet = root.joliet;
  }

  get large(): boolean {
    return this.units.some((unit) => unit.large);
  }

  /** The sectors with `unit` added (or as it is, without one). */
  sectorsWith(unit?: Unit): DiscSectors {
    if (!unit) return this.sectors(this.folderTotal, this.pathTable, 0, 0);
    const change = this.folderChange(unit);
    const table = { iso: this.pathTable.iso + unit.pathTable.iso + change.pathTable.iso, joliet: this.pathTable.joliet + unit.pathTable.joliet + change.pathTable.joliet };
    return this.sectors(this.folderTotal + change.sectors, table, unit, change.continued);
  }

  fits(unit: Unit): boolean {
    return this.sectorsWith(unit).total <= this.limits.capacity - this.limits.reserve;
  }

  add(unit: Unit): void {
    const change = this.folderChange(unit);
    for (const [folder, bytes] of change.folders) this.folders.set(folder, bytes);
    this.folderTotal += change.sectors;
    this.pathTable.iso += unit.pathTable.iso + change.pathTable.iso;
    this.pathTable.joliet += unit.pathTable.joliet + change.pathTable.joliet;
    this.data += unit.data;
    this.innerFolders += unit.folderSectors;
    this.files += unit.files;
    this.pathBytes += unit.pathBytes;
    this.continued += unit.continued + unit.record.continued + change.continued;
    this.units.push(unit);
  }

  private sectors(folderTotal: number, table: { iso: number; joliet: number }, unit: Unit | 0, madeContinued: number): DiscSectors {
    const data = this.data + (unit ? unit.data : 0);
    const continued = this.continued + madeContinued + (unit ? unit.continued + unit.record.continued : 0);
    const contents =
      data +
      SESSION_FIXED_SECTORS +
      folderTotal +
      this.innerFolders +
      (unit ? unit.folderSectors : 0) +
      pathTableSectors(table) +
      Math.ceil(continued / SECTOR_BYTES) +
      checksumSectors(this.files + (unit ? unit.files : 0), this.pathBytes + (unit ? unit.pathBytes : 0));
    const image = imageSectors(contents);
    const overhead = sessionOverhead(this.limits.media, image);
    return { data, metadata: image - data, overhead, total: image + overhead };
  }

  /** The folders above `unit` as they would be with it: made where missing, its record added. */
  private folderChange(unit: Unit) {
    const folders = new Map<string, RecordBytes>();
    const pathTable = { iso: 0, joliet: 0 };
    let continued = 0;
    const get = (folder: string): RecordBytes => folders.get(folder) ?? { ...this.folders.get(folder)! };
    const addRecord = (folder: string, record: RecordBytes): void => {
      if (!folders.has(folder) && !this.folders.has(folder)) {
        // a folder made for this unit: its dots, its own record in its parent, its path table entry
        const slash = folder.lastIndexOf('/');
        const name = folder.slice(slash + 1);
        folders.set(folder, { ...DOT_RECORDS });
        const own = recordBytes(name, 'folder', 0);
        continued += own.continued;
        const table = pathTableBytes(name);
        pathTable.iso += table.iso;
        pathTable.joliet += table.joliet;
        addRecord(slash < 0 ? '' : folder.slice(0, slash), own);
      }
      const bytes = get(folder);
      folders.set(folder, { iso: bytes.iso + record.iso, joliet: bytes.joliet + record.joliet, continued: 0 });
    };
    addRecord(unit.parent, unit.record);
    let sectors = 0;
    for (const [folder, bytes] of folders) {
      const before = this.folders.get(folder);
      sectors += folderSectors(bytes) - (before ? folderSectors(before) : 0);
    }
    return { folders, sectors, pathTable, continued };
  }
}
