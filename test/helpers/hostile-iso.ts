// Hand-made hostile ISO 9660 images: valid descriptors over a directory tree that no writer
// makes, to check that the reader's work and memory stay bounded by the image's size.
import { open } from 'node:fs/promises';
import { directoryRecord, primaryDescriptor, terminator } from './iso-builder.js';

const SECTOR = 2048;
export const ROOT_LBA = 20;
const RECORDS_PER_SECTOR = 60; // 34-byte records

export interface OverlapOptions {
  /** Sectors after the root that hold directory records pointing into each other. */
  regionSectors: number;
  /** What every directory record claims as its length. */
  directoryBytes: number;
}

/**
 * Sectors 21 … 21+regionSectors-1 each hold 60 directory records, every one pointing at another
 * sector of the region and claiming `directoryBytes`: directories that overlap and contain each
 * other. The file is as long as the longest claim, sparse past the region.
 */
export async function writeOverlappingDirectories(file: string, options: OverlapOptions): Promise<{ sectors: number }> {
  const first = ROOT_LBA + 1;
  const claimSectors = Math.ceil(options.directoryBytes / SECTOR);
  const sectors = first + options.regionSectors + claimSectors;
  const handle = await open(file, 'w');
  try {
    const write = (lba: number, bytes: Buffer) => handle.write(bytes, 0, bytes.length, lba * SECTOR);
    await write(16, primaryDescriptor({ volumeSpaceSize: sectors, rootLba: ROOT_LBA, rootLength: SECTOR }));
    await write(17, terminator());
    await write(ROOT_LBA, sectorOfRecords((k) => first + k, options.directoryBytes));
    let state = 12345;
    const next = () => {
      state = (state * 1103515245 + 12345) >>> 0;
      return first + (state % options.regionSectors);
    };
    for (let at = 0; at < options.regionSectors; at++) await write(first + at, sectorOfRecords(next, options.directoryBytes));
    await handle.truncate(sectors * SECTOR);
  } finally {
    await handle.close();
  }
  return { sectors };
}

function sectorOfRecords(target: (k: number) => number, dataLength: number): Buffer {
  const sector = Buffer.alloc(SECTOR);
  for (let k = 0; k < RECORDS_PER_SECTOR; k++) {
    directoryRecord({ extentLba: target(k), dataLength, flags: 2, name: Buffer.from([0x41 + (k % 26)]) }).copy(sector, k * 34);
  }
  return sector;
}

/** An image of `sectors` sectors: a PVD claiming `volumeSectors`, and the given sectors written. */
export async function writeImage(file: string, options: { sectors: number; volumeSectors?: number; rootLba?: number; rootLength?: number; at?: Record<number, Buffer> }): Promise<void> {
  const handle = await open(file, 'w');
  try {
    const pvd = primaryDescriptor({ volumeSpaceSize: options.volumeSectors ?? options.sectors, rootLba: options.rootLba ?? ROOT_LBA, rootLength: options.rootLength ?? SECTOR });
    await handle.write(pvd, 0, SECTOR, 16 * SECTOR);
    await handle.write(terminator(), 0, SECTOR, 17 * SECTOR);
    for (const [lba, bytes] of Object.entries(options.at ?? {})) await handle.write(bytes, 0, bytes.length, Number(lba) * SECTOR);
    await handle.truncate(options.sectors * SECTOR);
  } finally {
    await handle.close();
  }
}

/** One directory sector: "." and ".." then a record per child directory. */
export function directorySector(self: number, parent: number, children: Array<{ name: string; lba: number; length: number }>): Buffer {
  const sector = Buffer.alloc(SECTOR);
  const records = [
    directoryRecord({ extentLba: self, name: Buffer.from([0]) }),
    directoryRecord({ extentLba: parent, name: Buffer.from([1]) }),
    ...children.map((c) => directoryRecord({ extentLba: c.lba, dataLength: c.length, flags: 2, name: Buffer.from(c.name, 'latin1') })),
  ];
  Buffer.concat(records).copy(sector);
  return sector;
}
