// Builds ISO 9660 sectors, directory records and SUSP entries byte by byte, for the parsers' tests.

const SECTOR = 2048;

export function both32(value: number): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeUInt32LE(value, 0);
  bytes.writeUInt32BE(value, 4);
  return bytes;
}

export function both16(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt16LE(value, 0);
  bytes.writeUInt16BE(value, 2);
  return bytes;
}

/** `text` as UTF-8 bytes, blank-padded to `length`. */
export function aField(text: string, length: number): Buffer {
  const bytes = Buffer.alloc(length, ' ');
  Buffer.from(text, 'utf8').copy(bytes, 0, 0, length);
  return bytes;
}

/** `text` as UCS-2 big-endian, padded with UCS-2 blanks to `length` bytes. */
export function ucs2Field(text: string, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let at = 0; at + 1 < length; at += 2) bytes.writeUInt16BE(0x20, at);
  Buffer.from(text, 'utf16le').swap16().copy(bytes, 0, 0, length);
  return bytes;
}

export function directoryRecord(options: { extentLba?: number; dataLength?: number; flags?: number; name?: Buffer; systemUse?: Buffer } = {}): Buffer {
  const name = options.name ?? Buffer.from([0]);
  const pad = name.length % 2 === 0 ? 1 : 0;
  const systemUse = options.systemUse ?? Buffer.alloc(0);
  const length = 33 + name.length + pad + systemUse.length;
  const record = Buffer.alloc(length + (length % 2));
  record[0] = record.length;
  both32(options.extentLba ?? 20).copy(record, 2);
  both32(options.dataLength ?? SECTOR).copy(record, 10);
  record[25] = options.flags ?? 2;
  both16(1).copy(record, 28);
  record[32] = name.length;
  name.copy(record, 33);
  systemUse.copy(record, 33 + name.length + pad);
  return record;
}

export interface PrimaryOptions {
  systemId?: string;
  volumeId?: string;
  volumeSetId?: string;
  publisherId?: string;
  preparerId?: string;
  applicationId?: string;
  volumeSpaceSize?: number;
  logicalBlockSize?: number;
  rootLba?: number;
  rootLength?: number;
  /** The 17 raw bytes at 813; all '0' digits and a zero offset when not given. */
  creationDate?: Buffer;
}

export function primaryDescriptor(options: PrimaryOptions = {}): Buffer {
  const sector = header(1);
  aField(options.systemId ?? 'LINUX', 32).copy(sector, 8);
  aField(options.volumeId ?? 'LABEL', 32).copy(sector, 40);
  both32(options.volumeSpaceSize ?? 200).copy(sector, 80);
  both16(1).copy(sector, 120);
  both16(1).copy(sector, 124);
  both16(options.logicalBlockSize ?? SECTOR).copy(sector, 128);
  directoryRecord({ extentLba: options.rootLba ?? 20, dataLength: options.rootLength ?? SECTOR }).copy(sector, 156);
  aField(options.volumeSetId ?? '', 128).copy(sector, 190);
  aField(options.publisherId ?? '', 128).copy(sector, 318);
  aField(options.preparerId ?? '', 128).copy(sector, 446);
  aField(options.applicationId ?? '', 128).copy(sector, 574);
  (options.creationDate ?? dateBytes('0000000000000000', 0)).copy(sector, 813);
  sector[881] = 1;
  return sector;
}

/** A supplementary descriptor; Joliet when `escape` is "%/@", "%/C" or "%/E". */
export function supplementaryDescriptor(options: { volumeId?: string; volumeSetId?: string; escape?: string } = {}): Buffer {
  const sector = header(2);
  ucs2Field(options.volumeId ?? 'LABEL', 32).copy(sector, 40);
  Buffer.from(options.escape ?? '%/E', 'latin1').copy(sector, 88);
  ucs2Field(options.volumeSetId ?? '', 128).copy(sector, 190);
  return sector;
}

export function terminator(): Buffer {
  return header(255);
}

function header(type: number): Buffer {
  const sector = Buffer.alloc(SECTOR);
  sector[0] = type;
  sector.write('CD001', 1, 'latin1');
  sector[6] = 1;
  return sector;
}

/** A dec-datetime: 16 digits and the offset from GMT in 15-minute steps. */
export function dateBytes(digits: string, quarters: number): Buffer {
  const bytes = Buffer.alloc(17);
  bytes.write(digits, 0, 'latin1');
  bytes.writeInt8(quarters, 16);
  return bytes;
}

export function suspEntry(signature: string, body: Buffer = Buffer.alloc(0), version = 1): Buffer {
  return Buffer.concat([Buffer.from(signature, 'latin1'), Buffer.from([4 + body.length, version]), body]);
}

export const sp = (check: [number, number] = [0xbe, 0xef]): Buffer => suspEntry('SP', Buffer.from([...check, 0]));

export function er(id: string): Buffer {
  const [ident, desc, src] = [id, 'THE RRIP SPECIFICATION', 'SEE THE SPEC'].map((s) => Buffer.from(s, 'latin1')) as [Buffer, Buffer, Buffer];
  return suspEntry('ER', Buffer.concat([Buffer.from([ident.length, desc.length, src.length, 1]), ident, desc, src]));
}

export const ce = (lba: number, offset: number, length: number): Buffer =>
  suspEntry('CE', Buffer.concat([both32(lba), both32(offset), both32(length)]));

export const px = (): Buffer => suspEntry('PX', Buffer.concat([both32(0o40755), both32(2), both32(0), both32(0), both32(0)]));

export const st = (): Buffer => suspEntry('ST');

/** A root extent whose first record is "." with this System Use area. */
export function rootExtent(systemUse: Buffer): Buffer {
  const extent = Buffer.alloc(SECTOR);
  directoryRecord({ systemUse }).copy(extent, 0);
  return extent;
}
