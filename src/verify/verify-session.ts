// Verifies one session: lists its files from the disc's own directory tree, finds the checksums
// recorded when it was burned (burnplan's SHA-256 manifest on the cdrecord path, else xorriso's
// MD5s), reads every file of the session back in one pass, front to back, and compares.
import type { DiscSession } from '../disc/disc-model.js';
import { IsoReadError } from '../disc/iso9660/iso-read-error.js';
import { readSessionFiles, type SessionFile, type SessionFileList } from '../disc/iso9660/read-directory-tree.js';
import { UserError } from '../errors.js';
import { howItEnded } from '../core/command.js';
import { md5ListingsCommand, splitMd5Listings } from '../backends/split-md5-listings.js';
import { runProgram, type ProgramResult } from '../tools/run-program.js';
import { hashFile } from '../checksums/hash-file.js';
import { parseXorrisoMd5s } from './parse-xorriso-md5s.js';
import { isReservedPath } from '../sources/disc-placement.js';
import { AgreedTrees, checkOtherTrees } from './check-trees.js';
import { readChecksumFile, type ChecksumFile } from './checksum-file.js';
import { readBackFiles } from './read-back.js';
import { isRecoveryFile, recoveryFilesOf } from '../recovery/session-repairability.js';
import { readRecoveryIndex, checkRecovery } from './recovery-check.js';
import type { ChecksumSource, RecordedChecksums, SessionVerification } from './verify-model.js';

export interface VerifySessionInput {
  /** The device node or image file the sectors are read from. */
  image: string;
  /** The device as xorriso names it (stdio:PATH for a virtual disc). */
  device: string;
  session: DiscSession;
  /** xorriso, to read the MD5s it recorded; undefined when not installed. */
  xorriso?: string;
  env?: NodeJS.ProcessEnv;
  /** The planned files of this session (disc path → source), for --against-sources. */
  sources?: ReadonlyArray<{ discPath: string; sourcePath: string }>;
  onBytes?: (bytes: number) => void;
  /** Stops the reading tools (a Ctrl-C during apply's read-back). */
  signal?: AbortSignal;
  /** xorriso's MD5 listing of this session, already read with the TOC (apply's re-read after a burn). */
  md5Listing?: ProgramResult;
  /** What the trees of the session checked before this one agreed on (verify of a disc's sessions in turn). */
  agreedTrees?: AgreedTrees;
}

interface Recorded {
  source: ChecksumSource;
  algorithm: 'sha256' | 'md5';
  checksums: Map<string, string>;
  /** Of the session's PAR2 files: burnplan's own, checked but not counted among the plan's. */
  recovery: Map<string, string>;
  unrecorded: string[];
  /** The checksums exist but cannot be read (the tool's own words): the files are still read. */
  failure?: string;
  /** burnplan's checksum file: it lists every file of the session, so an empty one is complete. */
  listsFiles?: boolean;
  /** Why no checksums could be looked for at all (not damage: the session is not verifiable). */
  absent?: string;
}

export async function verifySession(input: VerifySessionInput): Promise<SessionVerification> {
  const { session } = input;
  const result: SessionVerification = {
    number: session.number,
    label: session.filesystem?.volumeId ?? '',
    startLba: session.startLba,
    outcome: 'not-verifiable',
    filesChecked: 0,
    bytesRead: 0,
    damaged: [],
    earlierCopies: [],
    missing: [],
    readErrors: [],
    treeMismatches: [],
    unrecorded: [],
  };
  if (session.audio || !session.filesystem) return { ...result, note: 'it holds no ISO 9660 file system' };
  let list: SessionFileList;
  try {
    list = await readSessionFiles(input.image, session.startLba, { sessionNumber: session.number });
  } catch (error) {
    if (!(error instanceof IsoReadError)) throw error;
    return { ...result, outcome: 'damaged', note: `its directory tree cannot be read: ${error.message}` };
  }
  const files = list.files;
  // every tree a reader may open must lead to the same data, checksums or not
  result.treeMismatches = await checkOtherTrees(input.image, session, list, input.agreedTrees ?? new AgreedTrees());
  const unchecked = (note: string) => (result.treeMismatches.length > 0 ? { outcome: 'damaged' as const, note: `${note}, and its directory trees disagree` } : { note });
  const byPath = new Map(files.map((f) => [f.path, f]));
  const recorded = await recordedChecksums(input, files);
  if (!recorded) return { ...result, ...unchecked('no checksums were recorded when it was burned') };
  if (recorded.absent) return { ...result, ...unchecked(recorded.absent) };
  result.checksums = recorded.source;
  if (!recorded.failure) result.recorded = { algorithm: recorded.algorithm, checksums: recorded.checksums };
  result.unrecorded = recorded.unrecorded;
  const toRead: SessionFile[] = [];
  for (const path of recorded.checksums.keys()) {
    const file = byPath.get(path);
    if (file) toRead.push(file);
    else result.missing.push(path);
  }
  // without readable checksums, the session's files are still read, to find where it breaks
  if (recorded.failure) toRead.push(...ownFiles(files, session));
  const par2Files = recorded.failure ? [] : recoveryFilesOf(ownFiles(files, session), session.number);
  const index = await readRecoveryIndex(input.image, par2Files, recorded.algorithm, recorded.recovery);
  if (index?.bytes) {
    result.bytesRead += index.bytes.length;
    input.onBytes?.(index.bytes.length);
  }
  toRead.push(...par2Files.filter((f) => f.path !== index?.path && recorded.recovery.has(f.path)));
  toRead.sort((a, b) => (a.extents[0]?.lba ?? 0) - (b.extents[0]?.lba ?? 0));
  const digests = await readBackFiles(input.image, toRead, recorded.algorithm, (n) => {
    result.bytesRead += n;
    input.onBytes?.(n);
  });
  const par2Intact = new Set<string>();
  const par2Damaged: string[] = [];
  for (const digest of digests) {
    const par2Expected = recorded.recovery.get(digest.path);
    if (par2Expected !== undefined) {
      if ('hex' in digest && digest.hex === par2Expected) par2Intact.add(digest.path);
      else par2Damaged.push(digest.path);
      continue;
    }
    if ('error' in digest) {
      result.readErrors.push(digest.error);
      continue;
    }
    const expected = recorded.checksums.get(digest.path);
    if (expected === undefined) continue;
    result.filesChecked++;
    if (digest.hex === expected) continue;
    result.damaged.push(digest.path);
    if ((byPath.get(digest.path)?.extents[0]?.lba ?? session.startLba) < session.startLba) result.earlierCopies.push(digest.path);
  }
  if (recorded.failure) return { ...result, outcome: 'damaged', note: recorded.failure };
  if (par2Files.length > 0 || recorded.recovery.size > 0) {
    const suspect = new Set([...result.damaged, ...result.missing, ...result.readErrors.map((e) => e.path)]);
    const found = { image: input.image, par2Files, index, recorded: recorded.recovery, intactInPass: par2Intact, damagedInPass: par2Damaged, tree: byPath, suspect };
    result.recovery = await checkRecovery(found);
  }
  const anyRecorded = recorded.checksums.size > 0 || (recorded.listsFiles === true && recorded.unrecorded.length === 0);
  const recoveryDamaged = result.recovery?.damaged.length ?? 0;
  result.outcome = result.damaged.length + result.missing.length + result.readErrors.length + result.treeMismatches.length + recoveryDamaged > 0 ? 'damaged' : anyRecorded ? 'ok' : 'not-verifiable';
  if (!anyRecorded && recorded.unrecorded.length > 0) result.note = `its checksum file lists no checksums (${recorded.unrecorded.length} file${recorded.unrecorded.length === 1 ? '' : 's'} without one: a session burned by hand from diff's printed commands?)`;
  if (input.sources) result.sources = await compareWithSources(input.sources, byPath, recorded.checksums, recorded.algorithm);
  return result;
}

/** The checksums recorded when the session was burned, of the files in its tree (`files`); undefined when none can be read. */
export async function recordedChecksumsOf(input: VerifySessionInput, files: readonly SessionFile[]): Promise<RecordedChecksums | undefined> {
  const recorded = await recordedChecksums(input, files);
  if (!recorded || recorded.absent !== undefined || recorded.failure !== undefined) return undefined;
  return { algorithm: recorded.algorithm, checksums: recorded.checksums };
}

/** Files whose data this session wrote: later sessions carry earlier files along, pointing back. */
export function ownFiles(files: readonly SessionFile[], session: DiscSession): SessionFile[] {
  const end = session.startLba + session.sizeSectors;
  return files.filter((f) => f.extents.length > 0 && f.extents[0]!.lba >= session.startLba && f.extents[0]!.lba < end);
}

/**
 * xorriso's MD5s when the session has them (xorriso wrote them into the image itself), else the
 * checksum file its mark vouches for (the cdrecord path); a file at that path that the mark does
 * not vouch for is not burnplan's and is checked like any other file.
 */
async function recordedChecksums(input: VerifySessionInput, files: readonly SessionFile[]): Promise<Recorded | undefined> {
  // a checksum file the session's mark vouches for is its record: xorriso is not asked (on a
  // real drive, each run of it is a drive call of a second or more)
  const checksumFile = await readChecksumFile(input.image, files, input.session);
  if (checksumFile) return fromChecksumFile(checksumFile, files, input.session);
  const listing = input.md5Listing ?? (input.xorriso ? await listXorrisoMd5s(input, input.xorriso) : undefined);
  const md5s = listing ? xorrisoMd5s(listing, input.session, files) : undefined;
  if (md5s && (md5s.failure || md5s.checksums.size > 0)) return md5s;
  if (!listing) return { source: 'xorriso-md5', algorithm: 'md5', checksums: new Map(), recovery: new Map(), unrecorded: [], absent: 'xorriso is not installed: the MD5s xorriso may have recorded cannot be read' };
  return undefined;
}

function fromChecksumFile(checksumFile: ChecksumFile, files: readonly SessionFile[], session: DiscSession): Recorded {
  const failed = (failure: string): Recorded => ({ source: 'burnplan-sha256', algorithm: 'sha256', checksums: new Map(), recovery: new Map(), unrecorded: [], failure });
  if ('missing' in checksumFile) return failed(`its mark records a checksum file, but ${checksumFile.path} is not on the disc`);
  const manifest = checksumFile.file;
  if ('unreadable' in checksumFile) return failed(`its checksum file ${manifest.path} cannot be read (at LBA ${manifest.extents[0]?.lba})`);
  if ('altered' in checksumFile) return failed(`its checksum file ${manifest.path} is not the one burned: its SHA-256 is not the one the session's mark records`);
  const { parsed } = checksumFile;
  // files the session wrote that its checksum file does not list (none, when all is well)
  const listed = new Set([...parsed.checksums.keys(), ...parsed.unrecorded]);
  // what the session carries in /.burnplan/ (its catalog, its PAR2 files) is burnplan's own, not a file of the plan the list misses
  const unlisted = ownFiles(files, session).filter((f) => f !== manifest && !isReservedPath(f.path) && !listed.has(f.path)).map((f) => f.path);
  const { plan: checksums, recovery } = splitOwn(parsed.checksums);
  const unrecorded = [...parsed.unrecorded.filter((path) => !isReservedPath(path)), ...unlisted];
  const recorded: Recorded = { source: 'burnplan-sha256', algorithm: 'sha256', checksums, recovery, unrecorded, listsFiles: true };
  // a damaged checksum file must not pass for a short one
  if (parsed.problems.length > 0) recorded.failure = `its checksum file ${manifest.path} is damaged: ${parsed.problems.slice(0, 3).join('; ')}`;
  return recorded;
}

/** The session's listing as verify's one run for every session gives it; a run that never loaded the tree is read whole (its failure words). */
async function listXorrisoMd5s(input: VerifySessionInput, xorriso: string): Promise<ProgramResult> {
  const lba = input.session.startLba;
  const run = await runProgram(md5ListingsCommand(xorriso, input.device, [lba]), { access: 'read', ...(input.env ? { env: input.env } : {}), ...(input.signal ? { signal: input.signal } : {}) });
  return splitMd5Listings(run, [lba]).get(lba) ?? run;
}

function xorrisoMd5s(run: ProgramResult, session: DiscSession, files: readonly SessionFile[]): Recorded {
  // a reader stopped by a signal (the terminal's Ctrl-C reaches it too) says nothing about the data
  if (run.signal) throw new UserError(`the data check stopped: ${run.command.program} ${howItEnded(run)}`);
  if (run.exitCode !== 0) {
    const words = `${run.stderr}\n${run.stdout}`.split('\n').filter((l) => /FAILURE|SORRY/.test(l) && !/aborting/.test(l)).map((l) => l.replace(/^[a-z]+ ?: (FAILURE|SORRY) : /, ''));
    return { source: 'xorriso-md5', algorithm: 'md5', checksums: new Map(), recovery: new Map(), unrecorded: [], failure: `xorriso cannot read the MD5s recorded in it: ${words.join('; ') || `exit ${run.exitCode}`}` };
  }
  const md5s = parseXorrisoMd5s(run.stdout);
  const checksums = new Map<string, string>();
  const recovery = new Map<string, string>();
  const unrecorded: string[] = [];
  for (const file of ownFiles(files, session)) {
    const md5 = md5s.get(file.path);
    // the PAR2 files are checked too, apart: damage to them lowers what can be repaired
    if (isRecoveryFile(file.path)) {
      if (md5) recovery.set(file.path, md5);
      continue;
    }
    // the rest of /.burnplan/ (the catalog of the set, checked by its schema wherever it is read)
    // is burnplan's bookkeeping; verify reports on the plan's files, as the SHA-256 file lists them
    if (isReservedPath(file.path)) continue;
    if (md5) checksums.set(file.path, md5);
    else unrecorded.push(file.path);
  }
  return { source: 'xorriso-md5', algorithm: 'md5', checksums, recovery, unrecorded };
}

/** The checksums of the plan's files, and apart those of the PAR2 files; the rest of /.burnplan/ is burnplan's own. */
function splitOwn(checksums: ReadonlyMap<string, string>): { plan: Map<string, string>; recovery: Map<string, string> } {
  const plan = new Map<string, string>();
  const recovery = new Map<string, string>();
  for (const [path, hex] of checksums) {
    if (isRecoveryFile(path)) recovery.set(path, hex);
    else if (!isReservedPath(path)) plan.set(path, hex);
  }
  return { plan, recovery };
}

async function compareWithSources(
  sources: ReadonlyArray<{ discPath: string; sourcePath: string }>,
  onDisc: Map<string, SessionFile>,
  recorded: Map<string, string>,
  algorithm: string,
) {
  const comparison = { changed: [] as string[], goneFromComputer: [] as string[], notOnDisc: [] as string[] };
  for (const { discPath, sourcePath } of sources) {
    if (!onDisc.has(discPath)) {
      comparison.notOnDisc.push(discPath);
      continue;
    }
    // against what was recorded at burn time: damage on the disc is reported as such, not as a change
    const recordedHex = recorded.get(discPath);
    if (recordedHex === undefined) continue;
    const sourceHex = await hashFile(sourcePath, algorithm).catch(() => undefined);
    if (sourceHex === undefined) comparison.goneFromComputer.push(discPath);
    else if (sourceHex !== recordedHex) comparison.changed.push(discPath);
  }
  // burned then, but no longer among the sources
  const planned = new Set(sources.map((s) => s.discPath));
  for (const discPath of recorded.keys()) if (!planned.has(discPath) && !isReservedPath(discPath)) comparison.goneFromComputer.push(discPath);
  return comparison;
}
