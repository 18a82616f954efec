// Finds one file's directory record in a session's Joliet or plain ISO 9660 tree by decoding the
// image's own bytes, and rewrites where it points: what a damaged or forged tree looks like.
import { open } from 'node:fs/promises';
import { parseDirectoryRecord } from '../../src/disc/iso9660/directory-record.js';
import { jolietRootOf } from '../../src/disc/iso9660/read-directory-tree.js';

const SECTOR = 2048;

async function readAt(image: string, offset: number, length: number): Promise<Buffer> {
  const handle = await open(image, 'r');
  try {
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, offset);
    return buffer;
  } finally {
    await handle.close();
  }
}

function identifier(raw: Buffer, tree: 'joliet' | 'iso'): string {
  if (raw.length === 1) return raw[0] === 0 ? '.' : '..';
  const name = tree === 'joliet' ? Buffer.from(raw).swap16().toString('utf16le') : raw.toString('latin1');
  return name.replace(/;\d+$/, '');
}

/** The byte offset in the image of the record named by `names` (one per folder level), with its extent. */
export async function findRecord(image: string, sessionStart: number, tree: 'joliet' | 'iso', names: readonly string[]) {
  const descriptors = await readAt(image, (sessionStart + 16) * SECTOR, 16 * SECTOR);
  const primaryRoot = parseDirectoryRecord(descriptors.subarray(156, 190), 0)!;
  let dir = tree === 'joliet' ? jolietRootOf(descriptors)! : { lba: primaryRoot.extentLba, length: primaryRoot.dataLength };
  for (const [level, name] of names.entries()) {
    const extent = await readAt(image, dir.lba * SECTOR, dir.length);
    let found: { offset: number; lba: number; size: number } | undefined;
    for (let sector = 0; sector < extent.length && !found; sector += SECTOR) {
      for (let at = sector; at < sector + SECTOR && extent[at] !== 0; at += extent[at]!) {
        const record = parseDirectoryRecord(extent, at);
        if (!record) break;
        if (identifier(record.fileIdentifier, tree) === name) found = { offset: dir.lba * SECTOR + at, lba: record.extentLba, size: record.dataLength };
      }
    }
    if (!found) throw new Error(`no record ${name} in the ${tree} tree`);
    if (level === names.length - 1) return found;
    dir = { lba: found.lba, length: found.size };
  }
  throw new Error('no names given');
}

/** Points the record at `lba` with `size` bytes (both byte orders, as ECMA-119 stores them). */
export async function pointRecord(image: string, recordOffset: number, lba: number, size: number): Promise<void> {
  const field = Buffer.alloc(16);
  field.writeUInt32LE(lba, 0);
  field.writeUInt32BE(lba, 4);
  field.writeUInt32LE(size, 8);
  field.writeUInt32BE(size, 12);
  const handle = await open(image, 'r+');
  try {
    await handle.write(field, 0, 16, recordOffset + 2);
  } finally {
    await handle.close();
  }
}
