// Byte counts as people read them, in binary units (1 MiB = 1024 × 1024 bytes). Pure: each
// caller picks the unit and the digits, so the text it printed before stays the same.

export type ByteUnit = 'KiB' | 'MiB' | 'GiB';

const UNIT_BYTES: Record<ByteUnit, number> = { KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 };

export interface ByteFormat {
  unit: ByteUnit;
  /** Digits after the decimal point; 1 unless told. */
  digits?: number;
  /** Round up rather than to nearest, so that a few bytes never show as "0 KiB". */
  roundUp?: boolean;
}

/** `bytes` as a number of `unit`, e.g. 1.5 for 1572864 bytes in MiB. */
export function bytesIn(bytes: number, unit: ByteUnit): number {
  return bytes / UNIT_BYTES[unit];
}

/** "1.5 MiB", "12 KiB", "4.00 GiB". */
export function formatBytes(bytes: number, { unit, digits = 1, roundUp = false }: ByteFormat): string {
  const value = bytesIn(bytes, unit);
  const scale = 10 ** digits;
  const shown = roundUp ? Math.ceil(value * scale) / scale : value;
  return `${shown.toFixed(digits)} ${unit}`;
}

/** In the largest unit that keeps at least 1 of it: "512.0 KiB", "4.2 MiB", "1.10 GiB". */
export function formatSize(bytes: number): string {
  if (bytes >= UNIT_BYTES.GiB) return formatBytes(bytes, { unit: 'GiB', digits: 2 });
  if (bytes >= UNIT_BYTES.MiB) return formatBytes(bytes, { unit: 'MiB' });
  return formatBytes(bytes, { unit: 'KiB', roundUp: true });
}
