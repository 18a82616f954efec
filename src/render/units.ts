// Sizes as people read them. 1 sector = 2048 bytes; MiB = 1024 × 1024 bytes.
import { bytesIn, formatBytes } from '../core/bytes.js';
import { SECTOR_BYTES } from '../disc/disc-model.js';
import { textWidth } from './text-width.js';

export function sectorsToMiB(sectors: number): number {
  return bytesIn(sectors * SECTOR_BYTES, 'MiB');
}

export function formatMiB(sectors: number): string {
  const bytes = sectors * SECTOR_BYTES;
  return formatBytes(bytes, { unit: sectorsToMiB(sectors) >= 10_240 ? 'GiB' : 'MiB' });
}

/** Columns padded by the width a terminal shows (a CJK character takes two columns). */
export function formatTable(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number> = new Set()): string[] {
  if (rows.length === 0) return [];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => textWidth(row[column] ?? ''))));
  return rows.map((row) =>
    row
      .map((cell, column) => {
        const pad = ' '.repeat(widths[column]! - textWidth(cell));
        return rightAligned.has(column) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}
