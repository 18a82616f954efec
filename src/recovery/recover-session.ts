// recover's work on one session: its files copied off the disc into a folder (every readable
// sector), repaired by the real par2 from the session's PAR2 files when anything is damaged,
// and each file checked against the checksums recorded when it was burned. Never writes the disc.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { DiscSession } from '../disc/disc-model.js';
import { readSessionFiles, type SessionFile } from '../disc/iso9660/read-directory-tree.js';
import { UserError } from '../errors.js';
import { isReservedPath } from '../sources/disc-placement.js';
import { findProgram } from '../tools/programs.js';
import type { RecordedChecksums } from '../verify/verify-model.js';
import { ownFiles, recordedChecksumsOf } from '../verify/verify-session.js';
import { copyOffDisc, type CopiedFile } from './copy-off-disc.js';
import { par2RepairCommand, runPar2Repair } from './par2-repair.js';
import { readPar2Set, type Par2Set } from './par2-set.js';
import { decideOutcome, type FileHashes, type RecoveredFile, type RecoverReport } from './recover-model.js';
import { discPathOfPar2Name, isSessionPar2Path, par2IndexName, relativeOutputPath } from './recover-paths.js';

export interface RecoverSessionInput {
  /** The device node or image file the sectors are read from. */
  image: string;
  /** The device as the user named it (stdio:PATH for a virtual disc). */
  device: string;
  session: DiscSession;
  /** The session before it, when there is one: an empty file its tree holds is not this session's. */
  previous?: DiscSession;
  /** xorriso, to read the MD5s it recorded; undefined when not installed. */
  xorriso?: string;
  outDir: string;
  retries?: number;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** What is being done now, for the progress line. */
  onStep?: (step: 'read' | 'repair' | 'check') => void;
  onBytes?: (bytes: number) => void;
}

export type RecoveredSession = Omit<RecoverReport, 'plan' | 'discId'>;

/** An index file larger than this is not read whole for the names it stores (par2 still reads it). */
const MAX_PARSED_PAR2_BYTES = 64 * 1024 * 1024;

export async function recoverSession(input: RecoverSessionInput): Promise<RecoveredSession> {
  const { session, device } = input;
  const where = `${device}: session ${session.number}`;
  input.onStep?.('read');
  const files = await readTree(input, where);
  const recorded = await recordedChecksumsOf({ image: input.image, device, session, ...(input.xorriso ? { xorriso: input.xorriso } : {}), ...(input.env ? { env: input.env } : {}) }, files);
  const byPath = new Map(files.map((file) => [file.path, file]));
  const par2OnDisc = files.filter((file) => isSessionPar2Path(file.path, session.number));
  const workDir = await mkdtemp(path.join(tmpdir(), 'burnplan-recover-'));
  try {
    const options = { device, sha256: recorded?.algorithm === 'sha256', ...(input.retries === undefined ? {} : { retries: input.retries }), ...(input.onBytes ? { onBytes: input.onBytes } : {}) };
    const par2Copies = await copyOffDisc(input.image, par2OnDisc.map((file) => ({ path: file.path, extents: file.extents, target: path.join(workDir, path.posix.basename(file.path)) })), options);
    const par2Set = await parsePar2(session.number, par2Copies);
    const par2Md5s = new Map(('files' in par2Set ? par2Set.files : []).flatMap((file) => (file.name !== undefined && file.md5 !== undefined ? [[discPathOfPar2Name(file.name), { md5: file.md5, size: file.size ?? 0 }] as const] : [])));
    const earlier = await earlierPaths(input);
    const chosen = chooseFiles(files, session, earlier, recorded, par2Md5s.keys());
    const targets = outputTargets(input.outDir, [...chosen.map((file) => file.path), ...par2Md5s.keys()], where);
    await mkdir(input.outDir, { recursive: true });
    const copies = await copyOffDisc(input.image, chosen.map((file) => ({ path: file.path, extents: file.extents, target: targets.get(file.path)! })), options);
    const copied = new Map(copies.map((copy) => [copy.path, copy]));
    // a file PAR2 protects that the tree no longer lists: par2 can rebuild it whole
    const paths = [...new Set([...chosen.map((file) => file.path), ...par2Md5s.keys()])];
    const evidenceOf = (discPath: string, after: FileHashes | undefined) => ({
      size: byPath.get(discPath)?.size ?? par2Md5s.get(discPath)?.size ?? 0,
      before: copied.get(discPath)?.hashes,
      after,
      badSectors: copied.get(discPath)?.badSectors ?? [],
      recorded: recordedOf(recorded, discPath),
      par2Md5: par2Md5s.get(discPath)?.md5,
    });
    const damaged = paths.some((discPath) => decideOutcome(evidenceOf(discPath, undefined)).outcome === 'lost');
    const par2Files = par2Copies.map((copy) => path.posix.basename(copy.path));
    let repair: RecoveredSession['repair'] = { state: par2Copies.length === 0 ? 'none' : 'not-needed', par2Files };
    if (par2Copies.length === 0) repair.note = 'the session carries no recovery data (no PAR2 files in /.burnplan/)';
    let after = new Map<string, FileHashes>();
    if (damaged && par2Copies.length > 0) {
      input.onStep?.('repair');
      // the index names the set; without it (not in the tree) par2 starts from a vol file, which holds the same packets
      const index = path.join(workDir, par2Files.includes(par2IndexName(session.number)) ? par2IndexName(session.number) : par2Files[0]!);
      const command = par2RepairCommand(findProgram('par2', input.env), index, input.outDir);
      repair = { ...(await runPar2Repair(command, { ...(input.env ? { env: input.env } : {}), ...(input.signal ? { signal: input.signal } : {}) })), par2Files };
      if (repair.state === 'failed' && 'problem' in par2Set) repair.note = `${repair.note} (its recovery data is damaged: ${par2Set.problem})`;
      input.onStep?.('check');
      await removeStrays(input.outDir, new Set(paths.map((discPath) => targets.get(discPath)!)));
      after = await hashAll(paths.map((discPath) => [discPath, targets.get(discPath)!]), options.sha256);
    }
    const results: RecoveredFile[] = paths.map((discPath) => {
      const evidence = evidenceOf(discPath, damaged ? after.get(discPath) : undefined);
      return { path: discPath, size: evidence.size, ...decideOutcome(evidence), badSectors: evidence.badSectors };
    });
    return {
      device,
      session: session.number,
      label: session.filesystem?.volumeId ?? '',
      outDir: input.outDir,
      checksums: recorded ? (recorded.algorithm === 'md5' ? 'xorriso-md5' : 'burnplan-sha256') : null,
      repair,
      files: results,
      bytesRead: [...par2Copies, ...copies].reduce((sum, copy) => sum + copy.bytes, 0),
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

async function readTree(input: RecoverSessionInput, where: string): Promise<SessionFile[]> {
  if (input.session.audio || !input.session.filesystem) throw new UserError(`${where}: it holds no ISO 9660 file system: there are no files to recover`);
  try {
    return (await readSessionFiles(input.image, input.session.startLba, { sessionNumber: input.session.number })).files;
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`${where}: its directory tree cannot be read: ${error.message}`, { cause: error });
    throw error;
  }
}

/**
 * The session's own files (data in its sectors; an empty one when the tree before did not have
 * it), those its checksums list, and those its PAR2 set protects; never burnplan's own.
 */
function chooseFiles(files: readonly SessionFile[], session: DiscSession, earlier: ReadonlySet<string>, recorded: RecordedChecksums | undefined, par2Paths: Iterable<string>): SessionFile[] {
  const empty = files.filter((file) => file.extents.length === 0 && !earlier.has(file.path));
  const wanted = new Set([...ownFiles(files, session).map((file) => file.path), ...empty.map((file) => file.path), ...(recorded?.checksums.keys() ?? []), ...par2Paths]);
  return files.filter((file) => wanted.has(file.path) && !isReservedPath(file.path)).sort((a, b) => (a.extents[0]?.lba ?? 0) - (b.extents[0]?.lba ?? 0));
}

/** Each disc path's file below the folder; one that would lead out of it refuses the whole run, before anything is written. */
function outputTargets(outDir: string, discPaths: readonly string[], where: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const discPath of discPaths) {
    const out = relativeOutputPath(discPath);
    if ('problem' in out) throw new UserError(`${where}: the disc names a file ${JSON.stringify(discPath)}: ${out.problem}; nothing was written`);
    targets.set(discPath, path.join(outDir, out.relative));
  }
  return targets;
}

async function earlierPaths(input: RecoverSessionInput): Promise<Set<string>> {
  const previous = input.previous;
  if (!previous?.filesystem || previous.audio || previous.problem) return new Set();
  try {
    return new Set((await readSessionFiles(input.image, previous.startLba, { sessionNumber: previous.number })).files.map((file) => file.path));
  } catch (error) {
    // an earlier tree that cannot be read only makes recover take its empty files too
    if (error instanceof UserError) return new Set();
    throw error;
  }
}

function recordedOf(recorded: RecordedChecksums | undefined, discPath: string) {
  const hex = recorded?.checksums.get(discPath);
  return recorded && hex !== undefined ? { algorithm: recorded.algorithm, hex } : undefined;
}

/** The set the index file (and, when small, the vol files) describes: the names and MD5s par2 stores. */
async function parsePar2(number: number, copies: readonly CopiedFile[]): Promise<Par2Set | { problem: string }> {
  if (copies.length === 0) return { problem: 'no PAR2 files' };
  const index = copies.find((copy) => path.posix.basename(copy.path) === par2IndexName(number));
  const small = copies.filter((copy) => copy.bytes <= MAX_PARSED_PAR2_BYTES);
  const parsed = readPar2Set(await Promise.all((index && index.bytes <= MAX_PARSED_PAR2_BYTES ? [index] : small).map((copy) => readFile(copy.target))));
  if ('problem' in parsed && small.length > 1) return readPar2Set(await Promise.all(small.map((copy) => readFile(copy.target))));
  return parsed;
}

/** par2 keeps each damaged copy it replaced as NAME.1: the folder is left holding the session's files only. */
async function removeStrays(dir: string, keep: ReadonlySet<string>): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    if (!entry.isDirectory() && !keep.has(full)) await rm(full, { force: true });
  }
}

async function hashAll(files: ReadonlyArray<readonly [string, string]>, sha256: boolean): Promise<Map<string, FileHashes>> {
  const hashes = new Map<string, FileHashes>();
  for (const [discPath, target] of files) {
    const exists = await stat(target).then(
      (stats) => stats.isFile(),
      () => false,
    );
    if (exists) hashes.set(discPath, await hashBoth(target, sha256));
  }
  return hashes;
}

async function hashBoth(file: string, sha256: boolean): Promise<FileHashes> {
  const md5 = createHash('md5');
  const sha = sha256 ? createHash('sha256') : undefined;
  await pipeline(createReadStream(file, { highWaterMark: 1024 * 1024 }), async function* (chunks: AsyncIterable<Buffer>) {
    for await (const chunk of chunks) {
      md5.update(chunk);
      sha?.update(chunk);
    }
    yield* [];
  });
  return { md5: md5.digest('hex'), ...(sha ? { sha256: sha.digest('hex') } : {}) };
}
