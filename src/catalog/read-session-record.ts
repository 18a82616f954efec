// One session of the disc in the drive as the catalog records it, read from the disc itself:
// its files from its own directory tree (path, size, first block), their checksums as recorded
// at burn time (xorriso's MD5s, or burnplan's SHA-256 file on the cdrecord path), its identity
// from its mark. The same read serves the record after apply and the rebuild from discs.
import { copyOf, sessionMark } from '../disc/burnplan-mark.js';
import type { DiscSession } from '../disc/disc-model.js';
import { readSessionFiles, type SessionFile } from '../disc/iso9660/read-directory-tree.js';
import { isReservedPath } from '../sources/disc-placement.js';
import type { ProgramResult } from '../tools/run-program.js';
import type { RecordedChecksums } from '../verify/verify-model.js';
import { recordedChecksumsOf } from '../verify/verify-session.js';
import type { CatalogFile, SessionRecord } from './catalog-model.js';

export interface SessionRead {
  /** The device node or image file the sectors are read from. */
  image: string;
  /** The device as xorriso names it. */
  device: string;
  sessions: readonly DiscSession[];
  number: number;
  verified: boolean;
  /** The checksums a read-back just compared with: not read again. */
  recorded?: RecordedChecksums;
  /** xorriso's MD5 listing of the session, read with the TOC after its burn: not read again. */
  md5Listing?: ProgramResult;
  xorriso?: string;
  env: NodeJS.ProcessEnv;
}

/** The record of session `number`, or undefined when burnplan did not burn it (no mark). */
export async function readSessionRecord(read: SessionRead): Promise<SessionRecord | undefined> {
  const session = read.sessions.find((s) => s.number === read.number);
  const mark = sessionMark(session?.filesystem);
  if (!session?.filesystem || !mark) return undefined;
  const { files } = await readSessionFiles(read.image, session.startLba, { sessionNumber: session.number });
  const earlier = await earlierPaths(read, session.number);
  const own = files.filter((f) => !isReservedPath(f.path) && wroteIt(f, session, earlier));
  const recorded = read.recorded ?? await recordedChecksumsOf({ image: read.image, device: read.device, session, env: read.env, ...(read.xorriso ? { xorriso: read.xorriso } : {}), ...(read.md5Listing ? { md5Listing: read.md5Listing } : {}) }, files);
  const catalogFiles = own.map((f): CatalogFile => {
    const hex = recorded?.checksums.get(f.path);
    return { path: f.path, size: f.size, ...(hex === undefined ? {} : { [recorded!.algorithm]: hex }), ...(f.extents[0] ? { lba: f.extents[0].lba } : {}) };
  });
  return {
    discId: session.filesystem.volumeSetId,
    number: session.number,
    label: session.filesystem.volumeId,
    fingerprint: mark.fingerprint,
    copy: { copy: copyOf(mark), startLba: session.startLba, verified: read.verified },
    files: catalogFiles,
  };
}

/** Data inside the session's own sectors; an empty file (no data) when no earlier tree had it. */
function wroteIt(file: SessionFile, session: DiscSession, earlier: ReadonlySet<string>): boolean {
  const first = file.extents[0];
  if (!first) return !earlier.has(file.path);
  return first.lba >= session.startLba && first.lba < session.startLba + session.sizeSectors;
}

async function earlierPaths(read: SessionRead, number: number): Promise<Set<string>> {
  const previous = read.sessions.find((s) => s.number === number - 1);
  if (!previous?.filesystem || previous.audio || previous.problem) return new Set();
  const { files } = await readSessionFiles(read.image, previous.startLba, { sessionNumber: previous.number });
  return new Set(files.map((f) => f.path));
}
