// `burnplan locate`: each matching file with its size, and per disc and session the copies that
// hold it and whether each was read back intact. Text for people, JSON (schemas/locate.schema.json) for scripts.
import { formatBytes } from '../core/bytes.js';
import type { LocatedFile } from '../catalog/catalog-match.js';
import { printable } from './printable.js';

export function renderLocate(files: readonly LocatedFile[]): string {
  const lines: string[] = [];
  for (const file of files) {
    lines.push(`${printable(file.path)}  ${sizeText(file.size)}`);
    for (const place of file.places) {
      const copies = place.copies.map((c) => `copy ${c.copy} ${c.verified ? 'verified' : 'not verified'}`);
      const missing = place.missingCopies?.length ? `; not yet on copy ${place.missingCopies.join(', ')}` : '';
      lines.push(`  disc ${printable(place.discId)}, session ${place.session} (${printable(place.label)}): ${copies.join(', ') || 'no copy recorded'}${missing}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function sizeText(size: number): string {
  return size < 1024 ? `${size} B` : formatBytes(size, { unit: size < 1024 ** 2 ? 'KiB' : size < 1024 ** 3 ? 'MiB' : 'GiB' });
}

export function locateJson(catalog: string, pattern: string, files: readonly LocatedFile[]): string {
  const document = {
    catalog,
    pattern,
    files: files.map((f) => ({
      path: f.path,
      size: f.size,
      ...(f.md5 ? { md5: f.md5 } : {}),
      ...(f.sha256 ? { sha256: f.sha256 } : {}),
      places: f.places.map((p) => ({
        disc: p.discId,
        session: p.session,
        label: p.label,
        ...(p.lba === undefined ? {} : { lba: p.lba }),
        copies: p.copies.map((c) => ({ copy: c.copy, verified: c.verified })),
        ...(p.missingCopies ? { missing_copies: p.missingCopies } : {}),
      })),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
