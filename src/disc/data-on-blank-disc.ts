// A disc the tool reads as blank must hold no data anywhere it can be read: an ISO 9660 volume
// (or any written byte) behind a lost or zeroed header is damage, and writing "at the start of
// a blank disc" would land on it. A truly blank drive disc cannot be read at all; a blank
// virtual disc is a missing, empty or all-zero file.
import { open } from 'node:fs/promises';
import { SECTOR_BYTES } from './disc-model.js';
import { readIsoSession } from './iso9660/read-iso-session.js';

/** The first bytes read in full: every session start xorriso or cdrecord picks on a blank disc lies here. */
const HEAD_BYTES = 4 * 1024 * 1024;
/** Beyond the head, one sector every so often, so that a large sparse file stays cheap. */
const MAX_PROBES = 1024;

/** Where data lies on a disc read as blank (one line), or undefined when none is seen. */
export async function dataOnBlankDisc(path: string): Promise<string | undefined> {
  for (const start of [0, 32]) {
    const iso = await readIsoSession(path, start).catch(() => undefined);
    if (iso) return `an ISO 9660 volume at LBA ${start + 16} (label "${iso.volumeId}", ${iso.volumeSpaceSize} sectors)`;
  }
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    const { bytesRead } = await handle.read(head, 0, head.length, 0).catch(() => ({ bytesRead: 0 }));
    const at = firstNonZero(head.subarray(0, bytesRead));
    if (at !== undefined) return `written data at LBA ${Math.floor(at / SECTOR_BYTES)}`;
    const rest = size - HEAD_BYTES;
    if (rest <= 0) return undefined;
    const step = Math.max(SECTOR_BYTES, Math.ceil(rest / MAX_PROBES / SECTOR_BYTES) * SECTOR_BYTES);
    const sector = Buffer.alloc(SECTOR_BYTES);
    for (let position = HEAD_BYTES; position < size; position += step) {
      const read = await handle.read(sector, 0, SECTOR_BYTES, position).catch(() => ({ bytesRead: 0 }));
      if (firstNonZero(sector.subarray(0, read.bytesRead)) !== undefined) return `written data at LBA ${Math.floor(position / SECTOR_BYTES)}`;
    }
    return undefined;
  } finally {
    await handle.close();
  }
}

function firstNonZero(bytes: Buffer): number | undefined {
  const index = bytes.findIndex((byte) => byte !== 0);
  return index === -1 ? undefined : index;
}
