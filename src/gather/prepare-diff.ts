// Gathers what the pure diff needs (I/O): the sources of every session scanned once, their
// fingerprints, the sizes of the sessions to burn, and the backend's command builder.
import type { Backend, SessionWriter } from '../backends/backend-interface.js';
import { runSizeProbe } from '../backends/measure-sessions.js';
import type { SessionContent } from '../backends/session-content.js';
import { commandKey } from '../core/command.js';
import { examineCutShortSessions } from '../disc/cut-short-sessions.js';
import { sectorPath, virtualDiscInside } from '../disc/device-names.js';
import { examineLastSessionTree } from '../disc/last-session-tree.js';
import type { Disc } from '../disc/disc-model.js';
import { UserError } from '../errors.js';
import { localManifestPaths, removeManifest, writePlaceholderManifest } from '../checksums/local-manifest.js';
import type { Plan } from '../plan/plan-model.js';
import { SessionTree } from '../sources/replaced-entries.js';
import { scanSession, type SessionManifest } from '../sources/session-manifest.js';
import { computeDiff } from '../diff/compute-diff.js';
import type { DiffResult, PlannedSessionFacts, RecoveryForecast, ReplacedPath } from '../diff/diff-model.js';
import { chosenCopy, markedCopy } from '../diff/chosen-copy.js';
import { landingOf } from '../diff/landing-point.js';
import { sessionContents } from './session-contents.js';
import { catalogPathFor, readCatalog } from '../catalog/catalog-file.js';
import { embeddedCatalogTexts, removeEmbeddedCatalog, writeEmbeddedCatalogs } from '../catalog/embedded-catalog.js';
import { localRecoveryDirs, removeRecovery, writeRecoveryPlaceholders } from '../recovery/local-recovery.js';
import { sessionRecovery, type SessionRecovery } from '../recovery/session-recovery.js';
import { findProgram, ProgramMissingError } from '../tools/programs.js';

export interface PreparedDiff {
  result: DiffResult;
  contents: SessionContent[];
  fingerprints: string[];
  /** Each session's sources as scanned: what was measured, checked again right before a burn. */
  manifests: SessionManifest[];
  builder: SessionWriter;
  /** Exact measurements already made: the probe's argv → sectors (reused only for that very argv). */
  measured: Map<string, number>;
}

export interface PrepareOptions {
  dummy: boolean;
  /** The sources as the plan's check just scanned them: not walked again. */
  manifests?: readonly SessionManifest[];
  env?: NodeJS.ProcessEnv;
}

export async function prepareDiff(plan: Plan, disc: Disc, backend: Backend, options: PrepareOptions): Promise<PreparedDiff> {
  const env = options.env ?? process.env;
  const image = sectorPath(disc.device);
  if (image !== undefined) await examineCutShortSessions(image, disc.sessions);
  if (image !== undefined && disc.status === 'appendable' && plan.sessions.length > disc.sessions.length) await examineLastSessionTree(image, disc);
  const manifests = options.manifests ? [...options.manifests] : await Promise.all(plan.sessions.map(scanSession));
  manifests.forEach((manifest, i) => {
    if (manifest.problems.length > 0) throw new UserError(`session ${i + 1} (${plan.sessions[i]!.label}): cannot read ${manifest.problems[0]}`);
    // a burned session's sources are needed no more; one still to burn needs every one
    const burned = i < disc.sessions.length;
    if (!burned && manifest.missingSources.length > 0) throw new UserError(`session ${i + 1} (${plan.sessions[i]!.label}) is still to burn, but its source ${manifest.missingSources[0]} does not exist`);
    const inside = burned ? undefined : plan.sessions[i]!.files.map((f) => virtualDiscInside(disc.device, f.source)).find(Boolean);
    if (inside) throw new UserError(`the virtual disc ${inside} lies inside a source of session ${i + 1} (${plan.sessions[i]!.label}): it would be burned into itself; put it outside the sources`);
  });
  const copy = markedCopy(plan, chosenCopy(plan, disc));
  const { contents, fingerprints } = sessionContents(plan, manifests, {
    ...(backend.recordsChecksums ? {} : { checksumFile: localManifestPaths(disc.device) }),
    ...(copy === undefined ? {} : { copy }),
  });
  if (disc.status !== 'closed' && contents.length > disc.sessions.length) {
    // every session burned carries the catalog of the set as of that burn, written before it is measured
    const base = await readCatalog(catalogPathFor(plan.file));
    const texts = embeddedCatalogTexts({ base, plan, fingerprints, manifests, from: disc.sessions.length, copy: copy ?? 1 });
    for (const [index, catalog] of await writeEmbeddedCatalogs(texts, fingerprints, disc.device)) contents[index]!.catalog = catalog;
  }
  const recoveryDirs = localRecoveryDirs(disc.device);
  if (disc.status !== 'closed') {
    contents.forEach((content, index) => {
      const percent = content.options.recovery;
      if (index < disc.sessions.length || percent === undefined) return;
      const recovery = sessionRecovery(manifests[index]!.entries, percent, index + 1, recoveryDirs(fingerprints[index]!, index + 1, percent));
      // only empty files (or none): par2 has nothing to protect
      if (recovery.files.length > 0) addRecovery(content, recovery);
    });
    // apply makes it before the first burn: a missing par2 is told now, not after a session
    const asking = contents.find((content) => content.recovery);
    if (asking) checkPar2(env, asking.recovery!.layout.sessionNumber);
  }
  const builder = backend.writer({ device: disc.device, contents, dummy: options.dummy, ...(plan.disc.speed === undefined ? {} : { speed: plan.disc.speed }) });
  const measured = new Map<string, number>();
  const replaces = replacedPaths(manifests, disc.sessions.length);
  const facts: PlannedSessionFacts[] = fingerprints.map((fingerprint, i) => ({
    fingerprint,
    ...(manifests[i]!.missingSources.length > 0 ? { sourcesGone: true } : {}),
    ...(i >= disc.sessions.length ? { replaces: replaces[i - disc.sessions.length]! } : {}),
    ...(contents[i]!.recovery ? { recovery: forecastOf(contents[i]!.recovery!) } : {}),
  }));
  const missing = contents.slice(disc.sessions.length);
  // an imported session missing from the disc is a conflict: nothing after it is measured;
  // nor on a damaged disc (a conflict too), which the tools may not even read
  const damaged = (disc.damage ?? []).length > 0 || disc.sessions.some((s) => s.problem);
  if (disc.status !== 'closed' && !damaged && missing.length > 0 && !plan.sessions.slice(disc.sessions.length).some((s) => s.imported)) {
    // the images are measured with the checksum files at their final size
    try {
      for (const content of missing) {
        if (content.checksums) await writePlaceholderManifest(content.checksums);
        if (content.recovery) await writeRecoveryPlaceholders(content.recovery);
      }
      const [first, ...later] = missing;
      const probe = builder.measureSession(disc.sessions.length, landingOf(disc));
      const sectors = await runSizeProbe(probe, first!, env);
      measured.set(commandKey(probe.command), sectors);
      const sizes = [{ sectors, exact: true }, ...(later.length > 0 ? await backend.measureStandalone(later) : [])];
      sizes.forEach((size, offset) => (facts[disc.sessions.length + offset]!.size = size));
    } catch (error) {
      await cleanUpPrepared({ contents });
      throw error;
    }
  }
  return { result: computeDiff(plan, disc, facts, builder), contents, fingerprints, manifests, builder, measured };
}

function checkPar2(env: NodeJS.ProcessEnv, sessionNumber: number): void {
  try {
    findProgram('par2', env);
  } catch (error) {
    if (!(error instanceof ProgramMissingError)) throw error;
    throw new UserError(`session ${sessionNumber} asks for recovery data, which par2 makes: ${error.message}`);
  }
}

/** What each session from `first` on puts where an earlier session has something, as far as their sources tell. */
function replacedPaths(manifests: readonly SessionManifest[], first: number): ReplacedPath[][] {
  const tree = new SessionTree();
  return manifests.flatMap((manifest, i) => {
    const replaced = i >= first ? [tree.replacedBy(manifest.entries).map((r) => ({ path: r.discPath, session: r.session + 1, was: r.was, now: r.now }))] : [];
    if (i < manifests.length - 1) tree.add(manifest.entries, i);
    return replaced;
  });
}

/** Removes the files written on this computer for measuring and burning. */
export async function cleanUpPrepared(prepared: Pick<PreparedDiff, 'contents'>): Promise<void> {
  await Promise.all(
    prepared.contents.flatMap((c) => [
      c.checksums ? removeManifest(c.checksums) : undefined,
      c.catalog ? removeEmbeddedCatalog(c.catalog) : undefined,
      c.recovery ? removeRecovery(c.recovery) : undefined,
    ]),
  );
}

/** The session carries the recovery data; on the cdrecord path its checksum file lists the PAR2 files too. */
function addRecovery(content: SessionContent, recovery: SessionRecovery): void {
  content.recovery = recovery;
  if (!content.checksums) return;
  const par2Files = recovery.files.map((file) => ({ discPath: file.target, sourcePath: file.localPath, size: file.maxBytes, mtimeMs: 0 }));
  content.checksums = { ...content.checksums, files: [...content.checksums.files, ...par2Files] };
}

function forecastOf(recovery: SessionRecovery): RecoveryForecast {
  const { layout } = recovery;
  return { percent: layout.percent, maxBytes: layout.maxBytes, recoverableSectors: layout.recoverableSectors, sliceBytes: layout.blockSize, recoverySlices: layout.recoveryBlockCount };
}
