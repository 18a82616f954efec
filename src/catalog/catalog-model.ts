// The catalog of an archive: every file of every session burned, on which disc, in which copies,
// and whether each copy was read back intact. Pure: merged and ordered here, read and written
// by catalog-file.ts. The order is fixed (discs in plan order then others by id, sessions by
// number, copies by number, files by path in byte order) so that the same facts always give the
// same bytes, and a catalog kept in git diffs only by what changed.

export const CATALOG_FORMAT = 'burnplan-catalog/1';

export interface CatalogFile {
  /** Absolute disc path: "/photos/a.jpg". */
  path: string;
  size: number;
  /** The first block of its data, as the first copy recorded has it; absent for an empty file
   * and for a file known only from a plan (an embedded catalog's session still to be read back). */
  lba?: number;
  md5?: string;
  sha256?: string;
}

export interface CatalogCopy {
  copy: number;
  /** Where the session starts on this copy (a copy on other media may start elsewhere: its
   * files then lie as far from that start as the first copy's do from its). */
  startLba?: number;
  /** Read back and compared with the checksums recorded when it was burned. */
  verified: boolean;
}

export interface CatalogSession {
  /** 1-based, as on the disc. */
  number: number;
  label: string;
  fingerprint: string;
  copies: CatalogCopy[];
  /** The files this session wrote (not those it carries along from earlier sessions). */
  files: CatalogFile[];
}

export interface CatalogDisc {
  id: string;
  sessions: CatalogSession[];
}

export interface Catalog {
  format: typeof CATALOG_FORMAT;
  discs: CatalogDisc[];
}

/** What one read of one session of one copy tells. */
export interface SessionRecord {
  discId: string;
  number: number;
  label: string;
  fingerprint: string;
  copy: CatalogCopy;
  files: CatalogFile[];
}

export function emptyCatalog(): Catalog {
  return { format: CATALOG_FORMAT, discs: [] };
}

/**
 * The catalog with `record` in it. A session of another fingerprint at that number (the disc
 * was burned anew from another plan) replaces the one recorded; the same session gains or
 * updates the copy. Files read from a disc (with their blocks) win over files known from a plan.
 */
export function mergeSession(catalog: Catalog, record: SessionRecord, discOrder: readonly string[] = []): Catalog {
  const discs = catalog.discs.map((d) => ({ ...d, sessions: [...d.sessions] }));
  let disc = discs.find((d) => d.id === record.discId);
  if (!disc) {
    disc = { id: record.discId, sessions: [] };
    discs.push(disc);
  }
  const at = disc.sessions.findIndex((s) => s.number === record.number);
  const old = at < 0 ? undefined : disc.sessions[at]!;
  const same = old !== undefined && old.fingerprint === record.fingerprint;
  const copies = same ? [...old.copies.filter((c) => c.copy !== record.copy.copy), record.copy] : [record.copy];
  const keepOld = same && !readFromDisc(record.files) && old.files.length > 0;
  const files = keepOld ? old.files : record.files;
  const session: CatalogSession = { number: record.number, label: record.label, fingerprint: record.fingerprint, copies, files };
  if (at < 0) disc.sessions.push(session);
  else disc.sessions[at] = session;
  return orderCatalog({ format: CATALOG_FORMAT, discs }, discOrder);
}

/** Every disc, session and copy of `other` that `catalog` does not hold (an embedded catalog's news). */
export function addMissing(catalog: Catalog, other: Catalog, discOrder: readonly string[] = []): Catalog {
  let merged = catalog;
  for (const disc of other.discs) {
    for (const session of disc.sessions) {
      const known = merged.discs.find((d) => d.id === disc.id)?.sessions.find((s) => s.number === session.number);
      if (known && known.fingerprint !== session.fingerprint) continue;
      for (const copy of session.copies) {
        if (known?.copies.some((c) => c.copy === copy.copy)) continue;
        merged = mergeSession(merged, { discId: disc.id, number: session.number, label: session.label, fingerprint: session.fingerprint, copy, files: session.files }, discOrder);
      }
    }
  }
  return orderCatalog(merged, discOrder);
}

function readFromDisc(files: readonly CatalogFile[]): boolean {
  return files.some((f) => f.lba !== undefined || f.md5 !== undefined || f.sha256 !== undefined);
}

/**
 * Byte order of the UTF-8 paths, the same on every computer (not the locale's). UTF-8 orders as
 * code points do; UTF-16 units only differ from that where one side is half of a surrogate pair
 * (a character beyond U+FFFF, above every other), so no string is encoded to compare.
 */
export function compareBytes(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xHalf = x >= 0xd800 && x <= 0xdfff;
    const yHalf = y >= 0xd800 && y <= 0xdfff;
    if (xHalf === yHalf) return x < y ? -1 : 1;
    return xHalf ? 1 : -1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export function orderCatalog(catalog: Catalog, discOrder: readonly string[]): Catalog {
  const rank = (id: string) => {
    const i = discOrder.indexOf(id);
    return i < 0 ? discOrder.length : i;
  };
  const discs = [...catalog.discs]
    .sort((a, b) => rank(a.id) - rank(b.id) || compareBytes(a.id, b.id))
    .map((disc) => ({
      id: disc.id,
      sessions: [...disc.sessions].sort((a, b) => a.number - b.number).map(orderSession),
    }));
  return { format: CATALOG_FORMAT, discs };
}

/** The session itself when it is in order already: merging one session leaves the others as they were. */
function orderSession(session: CatalogSession): CatalogSession {
  const copies = inOrder(session.copies, (a, b) => a.copy - b.copy);
  const files = inOrder(session.files, (a, b) => compareBytes(a.path, b.path));
  return copies === session.copies && files === session.files ? session : { ...session, copies, files };
}

function inOrder<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1]!, items[i]!) > 0) return [...items].sort(compare);
  return items;
}

export interface KnownCopy {
  discId: string;
  copy: number;
  sessions: Array<{ number: number; verified: boolean }>;
}

/** Each copy of each disc the catalog knows, with the sessions recorded of it, in catalog order. */
export function knownCopies(catalog: Catalog): KnownCopy[] {
  const known: KnownCopy[] = [];
  for (const disc of catalog.discs) {
    const copies = [...new Set(disc.sessions.flatMap((s) => s.copies.map((c) => c.copy)))].sort((a, b) => a - b);
    for (const copy of copies) {
      const sessions = disc.sessions.flatMap((s) => s.copies.filter((c) => c.copy === copy).map((c) => ({ number: s.number, verified: c.verified })));
      known.push({ discId: disc.id, copy, sessions });
    }
  }
  return known;
}

/** Where each session burned carries the catalog of the set as of that burn. */
export const EMBEDDED_CATALOG_PATH = '/.burnplan/catalog.json';

/** The catalog with the verified flag of one recorded copy of one session set; unchanged when it records no such copy. */
export function setVerified(catalog: Catalog, at: { discId: string; number: number; fingerprint: string; copy: number }, verified: boolean): Catalog {
  return {
    format: CATALOG_FORMAT,
    discs: catalog.discs.map((disc) =>
      disc.id !== at.discId
        ? disc
        : { id: disc.id, sessions: disc.sessions.map((s) => (s.number !== at.number || s.fingerprint !== at.fingerprint ? s : { ...s, copies: s.copies.map((c) => (c.copy === at.copy ? { ...c, verified } : c)) })) },
    ),
  };
}
