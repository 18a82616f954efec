// verify's side of a session's PAR2 recovery data: its files are checked against the checksums
// recorded at burn time like any other (the index file read whole, once, apart from the pass:
// the estimate of an intact session needs its bytes; the vol files in the pass), then what the
// data can repair is told. An intact session's vol files are read once; only when something is
// damaged are the PAR2 files and the damaged files read again.
import { createHash } from 'node:crypto';
import type { SessionFile } from '../disc/iso9660/read-directory-tree.js';
import { intactRepairability, recoverySlicesInName, sessionRepairability } from '../recovery/session-repairability.js';
import { readWholeFile } from './read-back.js';
import type { RecoveryCheck } from './verify-model.js';

export interface IndexRead {
  path: string;
  /** Undefined when some of it cannot be read. */
  bytes?: Buffer;
  intact: boolean;
}

/** The index file (the first of `par2Files`) read whole and checked; undefined without one. */
export async function readRecoveryIndex(image: string, par2Files: readonly SessionFile[], algorithm: string, recorded: ReadonlyMap<string, string>): Promise<IndexRead | undefined> {
  const file = par2Files[0];
  if (!file || recoverySlicesInName(file.path) !== undefined) return undefined;
  const bytes = await readWholeFile(image, file);
  if (!bytes) return { path: file.path, intact: false };
  const expected = recorded.get(file.path);
  return { path: file.path, bytes, intact: expected !== undefined && createHash(algorithm).update(bytes).digest('hex') === expected };
}

export interface RecoveryFindings {
  image: string;
  par2Files: readonly SessionFile[];
  index: IndexRead | undefined;
  /** Recorded checksums of the session's PAR2 files, by disc path. */
  recorded: ReadonlyMap<string, string>;
  /** PAR2 files the pass read back as recorded. */
  intactInPass: ReadonlySet<string>;
  /** PAR2 files the pass read back not as recorded, or could not read. */
  damagedInPass: readonly string[];
  tree: ReadonlyMap<string, SessionFile>;
  /** The plan's files found damaged, unreadable or missing. */
  suspect: ReadonlySet<string>;
}

export async function checkRecovery(found: RecoveryFindings): Promise<RecoveryCheck> {
  const files = found.par2Files.map((f) => f.path);
  const damaged = [...found.damagedInPass];
  if (found.index && (found.index.bytes === undefined || (!found.index.intact && found.recorded.has(found.index.path)))) damaged.push(found.index.path);
  for (const path of found.recorded.keys()) if (!found.tree.has(path)) damaged.push(path);
  const allIntact = damaged.length === 0 && found.index?.intact === true && found.par2Files.every((f) => f.path === found.index!.path || found.intactInPass.has(f.path));
  if (allIntact && found.suspect.size === 0) return { files, damaged, estimate: intactRepairability(found.index!.bytes!, found.par2Files) };
  const alreadyRead = new Map(found.index?.bytes ? [[found.index.path, found.index.bytes]] : []);
  const estimate = await sessionRepairability({ image: found.image, par2Files: found.par2Files, alreadyRead, tree: found.tree, suspect: found.suspect });
  return { files, damaged: [...new Set(damaged)].sort(), estimate };
}
