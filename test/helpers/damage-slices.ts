// Damages a session's files on a disc image as scratches would: one sector in each of `count`
// distinct PAR2 slices, spread over the files, overwritten with bytes that differ from the data.
import { open } from 'node:fs/promises';
import { readSessionFiles, type SessionFile } from '../../src/disc/iso9660/read-directory-tree.js';

const SECTOR = 2048;

export interface DamagedSector {
  path: string;
  lba: number;
}

/** The session's files that PAR2 covers: not empty, outside burnplan's own folder. */
export async function coveredFiles(image: string, startLba: number): Promise<SessionFile[]> {
  const list = await readSessionFiles(image, startLba);
  return list.files.filter((f) => f.size > 0 && !f.path.startsWith('/.burnplan/') && f.extents[0]!.lba >= startLba);
}

/** The first sector of `count` slices of `sliceBytes`, taken from the files in turn. */
export function sectorsInDistinctSlices(files: readonly SessionFile[], sliceBytes: number, count: number): DamagedSector[] {
  const slicesOf = files.map((f) => Math.ceil(f.size / sliceBytes));
  const picked: DamagedSector[] = [];
  for (let k = 0; picked.length < count; k++) {
    let any = false;
    files.forEach((file, i) => {
      if (picked.length >= count || k >= slicesOf[i]!) return;
      any = true;
      picked.push({ path: file.path, lba: file.extents[0]!.lba + (k * sliceBytes) / SECTOR });
    });
    if (!any) throw new Error(`the files have fewer than ${count} slices of ${sliceBytes} bytes`);
  }
  return picked;
}

/** Overwrites each sector with its own bytes inverted: never what was there. */
export async function damageSectors(image: string, sectors: readonly DamagedSector[]): Promise<void> {
  const handle = await open(image, 'r+');
  try {
    for (const { lba } of sectors) {
      const buffer = Buffer.alloc(SECTOR);
      await handle.read(buffer, 0, SECTOR, lba * SECTOR);
      for (let i = 0; i < SECTOR; i++) buffer[i] = buffer[i]! ^ 0xff;
      await handle.write(buffer, 0, SECTOR, lba * SECTOR);
    }
  } finally {
    await handle.close();
  }
}
