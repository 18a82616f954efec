// Finds the intact PAR2 packets in the bytes of .par2 files as read from a disc, where sectors
// may be zeroed or hold garbage. Pure; damage is counted, never thrown.
//
// A packet (PAR 2.0 specification, "Conventions"; par2cmdline's par2fileformat.h) is a 64-byte
// header then its body: magic "PAR2\0PKT", the length of the whole packet (u64 LE, a multiple
// of 4), the MD5 of bytes 32..length (recovery set id, type and body), set id (16), type (16).
import { createHash } from 'node:crypto';

export const HEADER_SIZE = 64;
const MAGIC = Buffer.from('PAR2\0PKT', 'latin1');

export interface Par2Packet {
  /** Hex of the recovery set id. */
  setId: string;
  /** The type's 16 bytes with trailing NULs dropped: "PAR 2.0\0Main", "PAR 2.0\0RecvSlic"... */
  type: string;
  /** The bytes after the header: a view into the scanned buffer, valid during the call only. */
  body: Buffer;
}

/**
 * Hands each intact packet of `buffer` to `onPacket` and returns how many stretches of the
 * buffer are damaged: each header whose length or MD5 is wrong, and each run between intact
 * packets where no header is left at all (zeroed over). A packet never spans two buffers.
 */
export function scanPackets(buffer: Buffer, onPacket: (packet: Par2Packet) => void): number {
  let damaged = 0;
  // where the bytes not yet accounted for by an intact packet begin, and the broken headers among them
  let gapStart = 0;
  let brokenInGap = 0;
  const closeGap = (end: number) => {
    if (end > gapStart) damaged += Math.max(brokenInGap, 1);
    brokenInGap = 0;
  };
  let at = buffer.indexOf(MAGIC, 0);
  while (at !== -1) {
    const length = intactLengthAt(buffer, at);
    if (length === undefined) {
      brokenInGap += 1;
      // one byte on, as par2cmdline does: a packet may start inside the broken one
      at = buffer.indexOf(MAGIC, at + 1);
      continue;
    }
    closeGap(at);
    onPacket({
      setId: buffer.toString('hex', at + 32, at + 48),
      type: buffer.toString('latin1', at + 48, at + 64).replace(/\0+$/u, ''),
      body: buffer.subarray(at + HEADER_SIZE, at + length),
    });
    gapStart = at + length;
    at = buffer.indexOf(MAGIC, gapStart);
  }
  closeGap(buffer.length);
  return damaged;
}

function intactLengthAt(buffer: Buffer, at: number): number | undefined {
  if (at + HEADER_SIZE > buffer.length) return undefined;
  const declared = buffer.readBigUInt64LE(at + 8);
  if (declared < HEADER_SIZE || declared % 4n !== 0n || declared > BigInt(buffer.length - at)) return undefined;
  const length = Number(declared);
  const digest = createHash('md5').update(buffer.subarray(at + 32, at + length)).digest();
  return digest.equals(buffer.subarray(at + 16, at + 32)) ? length : undefined;
}
