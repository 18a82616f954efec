// Decoders for the field types of ECMA-119 (ISO 9660). Every one returns undefined instead of
// throwing when the bytes are missing, so a truncated or garbage sector cannot crash a reader.

/**
 * A both-endian number (ECMA-119 7.2.3 / 7.3.3): the little-endian copy first, then the
 * big-endian one. Only the little-endian half is read; some mastering tools got the other wrong.
 */
export function bothEndian32(data: Buffer, offset: number): number | undefined {
  return offset >= 0 && offset + 8 <= data.length ? data.readUInt32LE(offset) : undefined;
}

export function bothEndian16(data: Buffer, offset: number): number | undefined {
  return offset >= 0 && offset + 4 <= data.length ? data.readUInt16LE(offset) : undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A d- or a-character field. mkisofs and xorriso store a label's UTF-8 bytes as they are, so
 * the bytes are read as UTF-8; bytes that are not valid UTF-8 (labels from old Windows tools)
 * are read as Latin-1 rather than turned into U+FFFD.
 */
export function isoText(data: Buffer, offset: number, length: number): string {
  const bytes = data.subarray(offset, offset + length);
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    text = bytes.toString('latin1');
  }
  return trimPadding(text);
}

/** A Joliet field: UCS-2 big-endian (a lone trailing byte is dropped). */
export function jolietText(data: Buffer, offset: number, length: number): string {
  const bytes = data.subarray(offset, offset + length);
  // Copy before swapping: swap16 works in place and `data` belongs to the caller.
  const even = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  return trimPadding(even.swap16().toString('utf16le'));
}

function trimPadding(text: string): string {
  return text.replace(/[ \0]+$/u, '');
}

/**
 * A 17-byte dec-datetime (ECMA-119 8.4.26.1): "YYYYMMDDhhmmsscc" digits and a signed offset
 * from GMT in 15-minute steps. ISO 8601 text such as "2026-11-24T04:38:46.00+01:00", or
 * undefined for "not specified" (all zeros or blanks) and for values that are not a date.
 */
export function decDateTime(data: Buffer, offset: number): string | undefined {
  if (offset < 0 || offset + 17 > data.length) return undefined;
  const digits = data.toString('latin1', offset, offset + 16);
  if (!/^\d{16}$/u.test(digits) || /^0+$/u.test(digits)) return undefined;
  const field = (at: number, length: number) => Number(digits.slice(at, at + length));
  const [year, month, day] = [field(0, 4), field(4, 2), field(6, 2)];
  const [hour, minute, second] = [field(8, 2), field(10, 2), field(12, 2)];
  const quarters = data.readInt8(offset + 16);
  const valid =
    year > 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 &&
    second <= 59 && quarters >= -48 && quarters <= 52;
  if (!valid) return undefined;
  const sign = quarters < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.floor(Math.abs(quarters) / 4))}:${pad((Math.abs(quarters) % 4) * 15)}`;
  const date = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  const time = `${digits.slice(8, 10)}:${digits.slice(10, 12)}:${digits.slice(12, 14)}.${digits.slice(14, 16)}`;
  return `${date}T${time}${zone}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
