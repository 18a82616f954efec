// A PAR2 recovery set as read back from a disc: what its intact packets say of the files it
// protects (names, sizes, MD5s, each slice's MD5 and CRC32) and how many recovery slices are
// left. Pure: the bytes of the set's .par2 files in, a description or a problem out, whatever
// the damage. Recovery slice data is checked (the packet MD5) and counted, never kept.
// Packet bodies: PAR 2.0 specification; par2cmdline's par2fileformat.h.
import { scanPackets, type Par2Packet } from './par2-packet-scan.js';

export interface Par2Slice {
  md5: string;
  crc32: number;
}

export interface Par2File {
  /** Hex of the file id the Main packet lists. */
  id: string;
  /** False for a file the Main packet lists beyond its recoverable ones (par2 cannot repair it). */
  recoverable: boolean;
  /** Absent when every copy of the file's description packet is damaged. */
  name?: string;
  size?: number;
  md5?: string;
  /** Absent when every copy of the file's slice checksum packet (IFSC) is damaged. */
  slices?: Par2Slice[];
}

export interface Par2Set {
  setId: string;
  sliceSize: number;
  /** In the Main packet's order: the order par2 numbers the source slices in. */
  files: Par2File[];
  /** Intact recovery slices, counted by distinct exponent. */
  recoverySlices: number;
  /** Stretches of the bytes where packets are damaged (see scanPackets). */
  damagedStretches: number;
}

const MAIN = 'PAR 2.0\0Main';
const FILE_DESCRIPTION = 'PAR 2.0\0FileDesc';
const SLICE_CHECKSUMS = 'PAR 2.0\0IFSC';
const RECOVERY_SLICE = 'PAR 2.0\0RecvSlic';

interface Gathered {
  main?: { sliceSize: number; recoverable: number; ids: string[] };
  descriptions: Map<string, { name: string; size: number; md5: string }>;
  slices: Map<string, Par2Slice[]>;
  exponents: Set<number>;
}

export function readPar2Set(buffers: readonly Buffer[]): Par2Set | { problem: string } {
  const bySet = new Map<string, Gathered>();
  let damagedStretches = 0;
  for (const buffer of buffers) {
    damagedStretches += scanPackets(buffer, (packet) => {
      let gathered = bySet.get(packet.setId);
      if (!gathered) {
        gathered = { descriptions: new Map(), slices: new Map(), exponents: new Set() };
        bySet.set(packet.setId, gathered);
      }
      gather(gathered, packet);
    });
  }
  // the set is the one whose Main packet survived; packets of any other set are not its own
  const withMain = [...bySet].filter(([, gathered]) => gathered.main !== undefined);
  if (withMain.length === 0) return { problem: bySet.size === 0 ? 'no intact PAR2 packet' : 'no intact PAR2 main packet' };
  if (withMain.length > 1) return { problem: `${withMain.length} PAR2 recovery sets in the same files` };
  const [setId, gathered] = withMain[0]!;
  const main = gathered.main!;
  const files = main.ids.map((id, index): Par2File => {
    const description = gathered.descriptions.get(id);
    const slices = gathered.slices.get(id);
    return { id, recoverable: index < main.recoverable, ...(description ?? {}), ...(slices ? { slices } : {}) };
  });
  return { setId, sliceSize: main.sliceSize, files, recoverySlices: gathered.exponents.size, damagedStretches };
}

function gather(gathered: Gathered, { type, body }: Par2Packet): void {
  if (type === MAIN) {
    if (gathered.main || body.length < 12 || (body.length - 12) % 16 !== 0) return;
    const sliceSize = Number(body.readBigUInt64LE(0));
    const recoverable = body.readUInt32LE(8);
    const ids = Array.from({ length: (body.length - 12) / 16 }, (_, i) => body.toString('hex', 12 + i * 16, 28 + i * 16));
    if (sliceSize === 0 || sliceSize % 4 !== 0 || recoverable > ids.length) return;
    gathered.main = { sliceSize, recoverable, ids };
  } else if (type === FILE_DESCRIPTION) {
    if (body.length < 56) return;
    const id = body.toString('hex', 0, 16);
    if (gathered.descriptions.has(id)) return;
    const name = body.subarray(56).toString('utf8').replace(/\0+$/u, '');
    gathered.descriptions.set(id, { name, size: Number(body.readBigUInt64LE(48)), md5: body.toString('hex', 16, 32) });
  } else if (type === SLICE_CHECKSUMS) {
    if (body.length < 16 || (body.length - 16) % 20 !== 0) return;
    const id = body.toString('hex', 0, 16);
    if (gathered.slices.has(id)) return;
    const slices = Array.from({ length: (body.length - 16) / 20 }, (_, i) => ({ md5: body.toString('hex', 16 + i * 20, 32 + i * 20), crc32: body.readUInt32LE(32 + i * 20) }));
    gathered.slices.set(id, slices);
  } else if (type === RECOVERY_SLICE) {
    if (body.length >= 4) gathered.exponents.add(body.readUInt32LE(0));
  }
}
