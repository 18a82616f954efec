// Sizes as people read them. 1 sector = 2048 bytes; MiB = 1024 × 1024 bytes.
import stringWidth from 'string-width';
import { SECTOR_BYTES } from '../disc/disc-model.js';

export function sectorsToMiB(sectors: number): number {
  return (sectors * SECTOR_BYTES) / (1024 * 1024);
}

export function formatMiB(sectors: number): string {
  const mib = sectorsToMiB(sectors);
  if (mib >= 10_240) return `${(mib / 1024).toFixed(1)} GiB`;
  return `${mib.toFixed(1)} MiB`;
}

/** Columns padded by the width a terminal shows (a CJK character takes two columns). */
export function formatTable(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number> = new Set()): string[] {
  if (rows.length === 0) return [];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => stringWidth(row[column] ?? ''))));
  return rows.map((row) =>
    row
      .map((cell, column) => {
        const pad = ' '.repeat(widths[column]! - stringWidth(cell));
        return rightAligned.has(column) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}
