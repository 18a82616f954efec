// Apply's read-back of a session it has just burned: the same check as burnplan verify (every
// file read from the disc by burnplan's own ISO 9660 reader, front to back, against the
// checksums recorded at burn time: xorriso's MD5s, or burnplan's SHA-256 file on the cdrecord
// path; and every other tree, Joliet and plain ISO 9660, leading to the same data), with
// progress in MiB, rate and time left.
import { sectorPath } from '../disc/device-names.js';
import { readSessionFiles } from '../disc/iso9660/read-directory-tree.js';
import { treeFindingText } from '../verify/check-trees.js';
import { verifySession } from '../verify/verify-session.js';
import type { ProgramResult } from '../tools/run-program.js';
import type { ApplyContext, SessionReport } from './apply-context.js';
import { ApplyStepError } from './apply-step-error.js';
import { formatReadProgress } from './read-progress.js';

/** `md5Listing`: xorriso's MD5s of the session, when the re-read after the burn brought them. */
export async function verifySessionData(ctx: ApplyContext, index: number, report: SessionReport, onProgress: (line: string) => void, md5Listing?: ProgramResult): Promise<void> {
  const content = ctx.prepared.contents[index]!;
  const image = sectorPath(ctx.device);
  const session = ctx.disc.sessions[index];
  if (image === undefined || !session) {
    report.dataVerified = 'not-available';
    return;
  }
  const plannedFiles = ctx.prepared.manifests[index]!.entries.filter((e) => e.kind === 'file');
  const totalBytes = plannedFiles.reduce((sum, e) => sum + e.size, 0);
  const startedAt = Date.now();
  let bytes = 0;
  let shownAt = 0;
  const xorriso = ctx.backend.md5Lister;
  const checked = await verifySession({
    image,
    device: ctx.device,
    session,
    env: ctx.env,
    signal: ctx.stops.signal,
    agreedTrees: ctx.agreedTrees,
    ...(xorriso ? { xorriso } : {}),
    ...(md5Listing ? { md5Listing } : {}),
    onBytes: (n) => {
      ctx.stops.signal.throwIfAborted();
      bytes += n;
      const now = Date.now();
      if (now - shownAt < 250) return;
      shownAt = now;
      onProgress(formatReadProgress(bytes, totalBytes, (now - startedAt) / 1000));
    },
  });
  // a session of empty folders or files has no data to checksum (xorriso records no MD5 of an
  // empty file): its identity was checked, and each empty file must be in its tree, empty
  const clean = checked.outcome === 'not-verifiable' && checked.damaged.length + checked.missing.length + checked.treeMismatches.length === 0;
  const nothingToRead = clean && plannedFiles.every((e) => e.size === 0) && (await emptyFilesOnDisc(image, session.startLba, plannedFiles.map((e) => e.discPath)));
  if (checked.recorded) report.recorded = checked.recorded;
  if (checked.outcome === 'ok' || nothingToRead) {
    report.dataVerified = true;
    return;
  }
  report.dataVerified = false;
  const trees = checked.treeMismatches.map(treeFindingText);
  report.damaged = [...checked.damaged, ...checked.missing, ...checked.readErrors.map((e) => `${e.path} (${e.message} at LBA ${e.lba})`), ...trees];
  const why = checked.note === undefined ? report.damaged.join(', ') : [checked.note, ...trees].join('; ');
  throw new ApplyStepError(`session ${index + 1} (${content.label}) does not read back as recorded: ${why}`);
}

async function emptyFilesOnDisc(image: string, startLba: number, discPaths: readonly string[]): Promise<boolean> {
  if (discPaths.length === 0) return true;
  const { files } = await readSessionFiles(image, startLba);
  const empty = new Set(files.filter((f) => f.size === 0).map((f) => f.path));
  return discPaths.every((p) => empty.has(p));
}
