// Gathers what the pure diff needs (I/O): the sources of every session scanned once, their
// fingerprints, the sizes of the sessions to burn, and the backend's command builder.
import type { Backend } from '../backends/backend.js';
import { cdrecordCommandBuilder, xorrisoCommandBuilder } from '../backends/command-builders.js';
import type { SessionContent } from '../backends/session-content.js';
import type { Disc } from '../disc/disc-model.js';
import { UserError } from '../errors.js';
import { localManifestPaths, removeManifest, writePlaceholderManifest } from '../checksums/local-manifest.js';
import type { Plan } from '../plan/plan-model.js';
import { findProgram, hasProgram } from '../tools/programs.js';
import { scanSession } from '../sources/session-manifest.js';
import { computeDiff, type CommandBuilder } from './compute-diff.js';
import type { DiffResult, PlannedSessionFacts } from './diff-model.js';
import { mkisofsMeasurer, oneByOne, xorrisoMeasurer, xorrisoStandaloneMeasurer, type Measurer } from './measure-sessions.js';
import { sessionContents } from './session-contents.js';

export interface PreparedDiff {
  result: DiffResult;
  contents: SessionContent[];
  fingerprints: string[];
  builder: CommandBuilder;
  measure: Measurer;
}

export interface PrepareOptions {
  dummy: boolean;
  env?: NodeJS.ProcessEnv;
}

export async function prepareDiff(plan: Plan, disc: Disc, backend: Backend, options: PrepareOptions): Promise<PreparedDiff> {
  const env = options.env ?? process.env;
  const manifests = await Promise.all(plan.sessions.map(scanSession));
  manifests.forEach((manifest, i) => {
    if (manifest.problems.length > 0) throw new UserError(`session ${i + 1} (${plan.sessions[i]!.label}): cannot read ${manifest.problems[0]}`);
  });
  const recordChecksums = backend.name === 'cdrecord';
  const { contents, fingerprints } = sessionContents(plan, manifests, recordChecksums ? { checksumFile: localManifestPaths(disc.device) } : {});
  const { builder, measure, measureStandalone } = backendTools(plan, disc, backend, contents, options.dummy, env);
  const facts: PlannedSessionFacts[] = fingerprints.map((fingerprint) => ({ fingerprint }));
  const missing = contents.slice(disc.sessions.length);
  // an imported session missing from the disc is a conflict: nothing after it is measured;
  // nor on a damaged disc (a conflict too), which the tools may not even read
  const damaged = (disc.damage ?? []).length > 0 || disc.sessions.some((s) => s.problem);
  if (disc.status !== 'closed' && !damaged && missing.length > 0 && !plan.sessions.slice(disc.sessions.length).some((s) => s.imported)) {
    // the images are measured with the checksum files at their final size
    try {
      for (const content of missing) if (content.checksums) await writePlaceholderManifest(content.checksums);
      const [first, ...later] = missing;
      const sizes = [await measure(first!, true), ...(later.length > 0 ? await measureStandalone(later) : [])];
      sizes.forEach((size, offset) => (facts[disc.sessions.length + offset]!.size = size));
    } catch (error) {
      await cleanUpPrepared({ contents });
      throw error;
    }
  }
  return { result: computeDiff(plan, disc, facts, builder), contents, fingerprints, builder, measure };
}

/** Removes the checksum files written on this computer for measuring and burning. */
export async function cleanUpPrepared(prepared: Pick<PreparedDiff, 'contents'>): Promise<void> {
  await Promise.all(prepared.contents.map((c) => (c.checksums ? removeManifest(c.checksums) : undefined)));
}

function backendTools(plan: Plan, disc: Disc, backend: Backend, contents: SessionContent[], dummy: boolean, env: NodeJS.ProcessEnv) {
  const setup = { device: disc.device, contents, dummy, burner: backend.program, ...(plan.disc.speed === undefined ? {} : { speed: plan.disc.speed }) };
  if (backend.name === 'xorriso') {
    const fixer = hasProgram('cdrecord', env) ? findProgram('cdrecord', env) : undefined;
    return {
      builder: xorrisoCommandBuilder({ ...setup, ...(fixer ? { fixer } : {}) }),
      measure: xorrisoMeasurer(backend.program, disc, env),
      measureStandalone: xorrisoStandaloneMeasurer(backend.program, env),
    };
  }
  const mkisofs = findProgram('mkisofs', env);
  const measure = mkisofsMeasurer(mkisofs, disc, env);
  return { builder: cdrecordCommandBuilder({ ...setup, mkisofs }), measure, measureStandalone: oneByOne(measure) };
}
