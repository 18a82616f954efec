// `burnplan locate`: which files of the catalog a pattern names, and where each is kept. Pure.
// The patterns are the plan's glob dialect (plan/glob-match.ts); one without "/" matches the
// base name anywhere, as locate(1) does, one with "/" the whole disc path.
import { compileGlob, globMatches } from '../plan/glob-match.js';
import type { Catalog, CatalogFile } from './catalog-model.js';

export function matchPath(pattern: string): (discPath: string) => boolean {
  const glob = compileGlob(pattern);
  return (discPath) => globMatches(glob, discPath.replace(/^\/+/, ''));
}

export interface LocatedCopy {
  copy: number;
  verified: boolean;
}

export interface LocatedFile {
  path: string;
  size: number;
  md5?: string;
  sha256?: string;
  places: Array<{ discId: string; session: number; label: string; copies: LocatedCopy[]; lba?: number; missingCopies?: number[] }>;
}

/**
 * Every file the pattern matches, by path, with each session that holds it. `copiesKept` (disc
 * id → the copies the plan keeps) adds the copies that do not hold it yet.
 */
export function locate(catalog: Catalog, pattern: string, copiesKept?: ReadonlyMap<string, number>): LocatedFile[] {
  const matches = matchPath(pattern);
  const byPath = new Map<string, LocatedFile>();
  for (const disc of catalog.discs) {
    for (const session of disc.sessions) {
      for (const file of session.files) {
        if (!matches(file.path)) continue;
        const located = byPath.get(file.path) ?? { path: file.path, size: file.size, ...checksumsOf(file), places: [] };
        byPath.set(file.path, located);
        const copies = session.copies.map((c) => ({ copy: c.copy, verified: c.verified }));
        const kept = copiesKept?.get(disc.id);
        const missing = kept === undefined ? [] : range(kept).filter((n) => !copies.some((c) => c.copy === n));
        located.places.push({ discId: disc.id, session: session.number, label: session.label, copies, ...(file.lba === undefined ? {} : { lba: file.lba }), ...(missing.length > 0 ? { missingCopies: missing } : {}) });
      }
    }
  }
  return [...byPath.values()].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
}

function checksumsOf(file: CatalogFile): Pick<CatalogFile, 'md5' | 'sha256'> {
  return { ...(file.md5 ? { md5: file.md5 } : {}), ...(file.sha256 ? { sha256: file.sha256 } : {}) };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
