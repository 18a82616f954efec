// `burnplan catalog rebuild`: the catalog read back from the discs themselves. Each disc given
// is read session by session (files, blocks, recorded checksums, as after an apply), and the
// newest catalog it carries (/.burnplan/catalog.json of its last session) adds the copies that
// are not in a drive, as recorded there. Whether a copy verified is taken from that carried
// catalog: a rebuild reads trees, not the data.
import type { Backend } from '../backends/backend-interface.js';
import { sectorPath } from '../disc/device-names.js';
import type { Disc } from '../disc/disc-model.js';
import { readSessionFiles } from '../disc/iso9660/read-directory-tree.js';
import { UserError } from '../errors.js';
import { readWholeFile } from '../verify/read-back.js';
import { parseCatalog } from './catalog-file.js';
import { addMissing, EMBEDDED_CATALOG_PATH, emptyCatalog, mergeSession, type Catalog, type SessionRecord } from './catalog-model.js';
import { readSessionRecord } from './read-session-record.js';

export interface DiscRead {
  device: string;
  backend: Backend;
}

export interface RebuildResult {
  catalog: Catalog;
  /** Per device: what it gave (for the summary line). */
  read: Array<{ device: string; records: SessionRecord[]; carried: boolean; warning?: string }>;
}

export async function rebuildCatalog(discs: readonly DiscRead[], discOrder: readonly string[], env: NodeJS.ProcessEnv): Promise<RebuildResult> {
  let catalog = emptyCatalog();
  const carriedCatalogs: Catalog[] = [];
  const read: RebuildResult['read'] = [];
  for (const { device, backend } of discs) {
    const image = sectorPath(device);
    if (image === undefined) throw new UserError(`${device}: the catalog is read from the disc's sectors: give the drive's device node (such as /dev/sr0), not a cdrecord address`);
    const disc = await backend.readDisc(device);
    const carried = await carriedCatalog(image, disc);
    const records: SessionRecord[] = [];
    for (const session of disc.sessions) {
      if (session.audio || session.problem) continue;
      const record = await readSessionRecord({ image, device, sessions: disc.sessions, number: session.number, verified: false, env, ...(backend.md5Lister ? { xorriso: backend.md5Lister } : {}) });
      if (!record) continue;
      record.copy.verified = verifiedIn(carried.catalog, record);
      records.push(record);
    }
    for (const record of records) catalog = mergeSession(catalog, record, discOrder);
    if (carried.catalog) carriedCatalogs.push(carried.catalog);
    read.push({ device, records, carried: carried.catalog !== undefined, ...(carried.warning ? { warning: carried.warning } : {}) });
  }
  // the discs in the drives first: what a carried catalog says never overrides what was read
  for (const carried of carriedCatalogs) catalog = addMissing(catalog, carried, discOrder);
  return { catalog, read };
}

function verifiedIn(carried: Catalog | undefined, record: SessionRecord): boolean {
  const session = carried?.discs.find((d) => d.id === record.discId)?.sessions.find((s) => s.number === record.number && s.fingerprint === record.fingerprint);
  return session?.copies.find((c) => c.copy === record.copy.copy)?.verified ?? false;
}

/** The catalog the disc's last session carries; a damaged one is a warning, not the end of the rebuild. */
async function carriedCatalog(image: string, disc: Disc): Promise<{ catalog?: Catalog; warning?: string }> {
  const last = [...disc.sessions].reverse().find((s) => s.filesystem && !s.audio && !s.problem);
  if (!last) return {};
  const { files } = await readSessionFiles(image, last.startLba, { sessionNumber: last.number });
  const file = files.find((f) => f.path === EMBEDDED_CATALOG_PATH);
  if (!file) return {};
  const name = `${disc.device}: session ${last.number}: ${EMBEDDED_CATALOG_PATH}`;
  const bytes = await readWholeFile(image, file);
  if (!bytes) return { warning: `${name} cannot be read: the copies it lists are left out` };
  try {
    return { catalog: parseCatalog(bytes.toString('utf8'), name) };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { warning: `${error.message}: the copies it lists are left out` };
  }
}
