// The tasks of one session to burn, in the order that keeps "what was measured is what is
// burned": check the disc, record the checksums, measure the session by its own burn argv against
// the disc as it is now, check that the sources are still as measured, burn, verify. Built by a
// factory; run by listr2.
import { formatBytes, formatSize } from '../core/bytes.js';
import { existsSync, statSync, unlinkSync } from 'node:fs';
import type { ListrTask } from 'listr2';
import type { SessionContent } from '../backends/session-content.js';
import { copyOf, parseMark } from '../disc/burnplan-mark.js';
import { sectorPath } from '../disc/device-names.js';
import { SECTOR_BYTES } from '../disc/disc-model.js';
import { sessionCost } from '../diff/geometry.js';
import { runSizeProbe } from '../backends/measure-sessions.js';
import { commandKey } from '../core/command.js';
import { landingOf } from '../diff/landing-point.js';
import { writeRecordedManifest } from '../checksums/local-manifest.js';
import { makeSessionRecovery } from '../recovery/local-recovery.js';
import { scanSession } from '../sources/session-manifest.js';
import { describeChanges, sourceChanges } from '../sources/source-changes.js';
import type { ApplyContext, SessionReport } from './apply-context.js';
import { ApplyStepError } from './apply-step-error.js';
import { burnFailureMessage, streamMismatch } from './burn-outcome.js';
import { keptCopiesThatDiffer, type KeptCopy } from './kept-earlier-copies.js';
import { sealChecksumFile } from './seal-checksum-file.js';
import { formatProgress, parseProgressLine } from './parse-progress.js';
import { verifySessionData } from './read-back-session.js';
import { runPipeline } from './run-pipeline.js';
import { stopBetweenSteps } from './stop-between-steps.js';
import { confirmSession, sessionIdentityProblems } from './verify-burn.js';

/** The checks only need the session count and next writable address, the verify the new session. */
const LAST_ONLY = { identities: 'last' } as const;

/** What one session's steps hand each other. */
interface SessionRun {
  ctx: ApplyContext;
  index: number;
  closes: boolean;
  expectedStart: number;
  report: SessionReport;
  start: number;
  sectors?: number;
}

export function sessionTasks(ctx: ApplyContext, index: number, closes: boolean, expectedStart: number): ListrTask<ApplyContext>[] {
  const content = ctx.prepared.contents[index]!;
  const report = ctx.reports.find((r) => r.index === index);
  if (!report) throw new ApplyStepError(`no report prepared for session ${index + 1}`);
  ctx.started.add(index);
  const run: SessionRun = { ctx, index, closes, expectedStart, report, start: expectedStart };
  return stopBetweenSteps(ctx, [
    { title: 'check the disc', task: (_c, task) => checkDisc(run, task) },
    { title: 'make recovery data', enabled: () => content.recovery !== undefined && !ctx.dummy, task: (_c, task) => makeRecoveryData(run, task) },
    { title: 'record checksums', enabled: () => content.checksums !== undefined && !ctx.dummy, task: (_c, task) => recordChecksums(run, task) },
    { title: 'measure', enabled: () => !ctx.dummy, task: (_c, task) => measure(run, task) },
    { title: 'check the sources are as measured', task: () => checkSourcesUnchanged(run) },
    { title: ctx.dummy ? 'burn (simulation, laser off)' : 'burn', task: (_c, task) => burn(run, task) },
    // a stop asked for during the write lets the session be read back before apply ends
    { title: 'verify', finishesTheWrite: true, task: (_c, task) => verify(run, task) },
  ]);
}

type Task = { title: string; output: string };

async function checkDisc(run: SessionRun, task: Task): Promise<void> {
  const { ctx, index, expectedStart } = run;
  // a read made just before (apply's own without a question asked, or the previous session's
  // verify) is used once; otherwise the disc is read again
  const disc = ctx.freshDisc ?? (await ctx.backend.readDisc(ctx.device, LAST_ONLY));
  ctx.freshDisc = undefined;
  ctx.disc = disc;
  if (ctx.dummy) {
    ctx.commands.set(index, plannedCommands(ctx, index));
    task.title = 'check the disc: simulation, the disc is not expected to change';
    return;
  }
  if (disc.status === 'closed') throw new ApplyStepError('the disc is closed: nothing can be added');
  if (disc.sessions.length !== index) throw new ApplyStepError(`the disc changed since the preview: it holds ${disc.sessions.length} sessions, expected ${index}`);
  const nwa = disc.nextWritableAddress ?? 0;
  if (index === ctx.prepared.result.disc.sessions && nwa !== expectedStart) {
    throw new ApplyStepError(`the disc changed since the preview: the next writable address is ${nwa}, expected ${expectedStart}`);
  }
  run.start = nwa;
  task.title = `check the disc: session ${index + 1} lands at LBA ${nwa}`;
}

async function recordChecksums(run: SessionRun, task: Task): Promise<void> {
  const { ctx, index } = run;
  const plan = ctx.prepared.contents[index]!.checksums!;
  const total = plan.files.length;
  const shown = everyFewTenths();
  const hashes = await writeRecordedManifest(plan, (done, bytes) => {
    ctx.stops.signal.throwIfAborted();
    if (shown()) task.output = `${done} of ${total} files, ${formatBytes(bytes, { unit: 'MiB' })}`;
  });
  const image = sectorPath(ctx.device);
  const kept = image === undefined ? [] : await keptCopiesThatDiffer(image, ctx.disc.sessions, plan.files, hashes);
  if (kept.length > 0) throw new ApplyStepError(keptCopiesMessage(kept));
  // the mark records the checksum file's hash; the session is measured and built after this, with it
  await sealChecksumFile(ctx.prepared.contents[index]!, []);
  task.title = `record checksums: ${total} file${total === 1 ? '' : 's'} (${plan.target})`;
}

/** par2 over the session's sources, before the checksum file (which lists its files) and the measure. */
async function makeRecoveryData(run: SessionRun, task: Task): Promise<void> {
  const { ctx, index } = run;
  const recovery = ctx.prepared.contents[index]!.recovery!;
  const { layout } = recovery;
  const shown = everyFewTenths();
  const bytes = await makeSessionRecovery(recovery, {
    signal: ctx.stops.signal,
    env: ctx.env,
    onProgress: (fraction) => {
      if (shown()) task.output = `par2: ${Math.floor(fraction * 100)}%`;
    },
  });
  run.report.recovery = { percent: layout.percent, bytes, recoverableSectors: layout.recoverableSectors };
  task.title = `make recovery data: ${formatSize(bytes)} (${layout.percent}%: recovers up to ${formatSize(layout.recoverableSectors * SECTOR_BYTES)} of bad sectors)`;
}

/**
 * The session's size, by the argv that will burn it, against the disc as just read (its -C and
 * -M), with the checksum file as it will be burned. Where the writer is told the size (cdrecord
 * tsize=) it is always this exact figure: an earlier measurement counts only for the very same
 * argv. xorriso is not told the size: there the diff's figure is enough when it fits with room.
 */
async function measure(run: SessionRun, task: Task): Promise<void> {
  const { ctx, index, closes } = run;
  const { builder, measured, contents } = ctx.prepared;
  const disc = ctx.disc;
  const probe = builder.measureSession(index, landingOf(disc));
  const key = commandKey(probe.command);
  const planned = plannedSize(ctx, index);
  const roomy = planned !== undefined && disc.freeSectors !== undefined && planned.sectors * 1.25 + 1024 < disc.freeSectors;
  // the recovery data just made is smaller than the placeholders the diff measured with
  let sectors = contents[index]!.recovery ? undefined : measured.get(key);
  if (sectors === undefined && !builder.sizeInBurn && roomy) sectors = planned.sectors;
  if (sectors === undefined) {
    sectors = await runSizeProbe(probe, contents[index]!, ctx.env, ctx.stops.signal);
    measured.set(key, sectors);
  }
  const cost = sessionCost(disc.media.kind, sectors, index + 1);
  if (disc.freeSectors !== undefined && cost.occupied > disc.freeSectors) {
    throw new ApplyStepError(`session ${index + 1} (${contents[index]!.label}) needs ${cost.occupied} sectors but only ${disc.freeSectors} are free`);
  }
  ctx.commands.set(index, builder.burnSession(index, landingOf(disc), sectors, closes));
  run.sectors = sectors;
  run.report.measuredSectors = sectors;
  task.title = `measure: ${sectors} sectors`;
}

/** Right before the write: the sources as they were measured, or nothing is burned. */
async function checkSourcesUnchanged(run: SessionRun): Promise<void> {
  const { ctx, index } = run;
  const now = await scanSession(ctx.plan.sessions[index]!);
  const changes = sourceChanges(ctx.prepared.manifests[index]!, now);
  if (changes.length > 0) {
    throw new ApplyStepError(`the sources of session ${index + 1} (${ctx.prepared.contents[index]!.label}) changed since they were measured: ${describeChanges(changes)}. Nothing was written for it; run burnplan apply again to measure it anew`);
  }
}

async function burn(run: SessionRun, task: Task): Promise<void> {
  const { ctx, index } = run;
  const startedAt = Date.now();
  const virtualFile = ctx.dummy ? sectorPath(ctx.device) : undefined;
  const existedBefore = virtualFile !== undefined && existsSync(virtualFile);
  const expectedBytes = ctx.prepared.builder.sizeInBurn && run.sectors !== undefined ? run.sectors * SECTOR_BYTES : undefined;
  ctx.stops.writing.active = true;
  ctx.stops.writing.warn = (message) => {
    task.title = `burn (${message})`;
  };
  try {
    const result = await runPipeline(ctx.commands.get(index)!, {
      signal: ctx.stops.signal,
      env: ctx.env,
      onStart: (pids) => ctx.lock?.recordWriters(pids),
      onLine: (line) => {
        const progress = parseProgressLine(line);
        if (progress) task.output = formatProgress(progress, (Date.now() - startedAt) / 1000);
      },
    });
    ctx.lock?.recordWriters([]);
    if (result.cancelled) throw new ApplyStepError('stopped by the user while writing: the session is probably spoiled');
    if (!result.ok) throw new ApplyStepError(burnFailureMessage(result));
    const mismatch = expectedBytes === undefined ? undefined : streamMismatch(result, expectedBytes);
    // the writer stopped at the size it was told: what it wrote is not the session measured
    if (mismatch) throw new ApplyStepError(`session ${index + 1} is not as measured: ${mismatch}`);
  } finally {
    ctx.stops.writing.active = false;
    // xorriso -dev creates a missing stdio file even when it then writes nothing
    if (virtualFile && !existedBefore && existsSync(virtualFile) && statSync(virtualFile).size === 0) unlinkSync(virtualFile);
  }
  run.report.burned = !ctx.dummy;
}

async function verify(run: SessionRun, task: Task): Promise<void> {
  const { ctx, index, report } = run;
  const content = ctx.prepared.contents[index]!;
  // the disc read before the burn has not left the drive: the medium's facts are not asked again
  const options = { ...LAST_ONLY, sameMediumAs: ctx.disc };
  // where the family can, the MD5s of the new session come with the same drive call
  const expected = { index, startLba: run.start, label: content.label, discId: content.discId, fingerprint: report.fingerprint, copy: copyOfContent(content) };
  ctx.unconfirmed = expected;
  // with --no-verify too: the catalog records the MD5s, and a drive call for them later costs a second or more
  const reread = !ctx.dummy && ctx.backend.rereadWithMd5s ? await ctx.backend.rereadWithMd5s(ctx.device, options, run.start, ctx.stops.signal) : { disc: await ctx.backend.readDisc(ctx.device, options) };
  ctx.unconfirmed = undefined;
  const { disc } = reread;
  ctx.disc = disc;
  if (ctx.dummy) {
    if (disc.sessions.length !== ctx.prepared.result.disc.sessions) throw new ApplyStepError('the simulation changed the disc');
    report.dataVerified = 'skipped';
    task.title = 'verify: simulation, nothing was written (as expected)';
    return;
  }
  const problems = sessionIdentityProblems(disc, expected);
  if (problems.length > 0) throw new ApplyStepError(`session ${index + 1} (${content.label}) is not as burned: ${problems.join('; ')}`);
  confirmSession(report, disc, expected);
  ctx.freshDisc = disc;
  if (!ctx.verifyData) {
    report.dataVerified = 'skipped';
    if (reread.md5s) report.md5Listing = reread.md5s;
    task.title = 'verify: the disc holds the session (data read-back skipped: --no-verify)';
    return;
  }
  await verifySessionData(ctx, index, report, (line) => {
    task.output = line;
  }, reread.md5s);
  task.title = report.dataVerified === true ? 'verify: the disc holds the session, and its data reads back intact' : `verify: the disc holds the session (data read-back ${report.dataVerified})`;
  if (report.dataVerified === 'not-done') throw new ApplyStepError(`the data check of session ${index + 1} stopped`);
}

/** The size the diff found for a session to burn (exact for the first, an estimate after). */
function plannedSize(ctx: ApplyContext, index: number) {
  const row = ctx.prepared.result.rows.find((r) => r.kind === 'to-burn' && r.index === index);
  return row?.kind === 'to-burn' ? row.size : undefined;
}

/** True at most every 250 ms: a progress line for every MiB hashed would flood a plain log. */
function everyFewTenths(): () => boolean {
  let last = 0;
  return () => {
    const now = Date.now();
    if (now - last < 250) return false;
    last = now;
    return true;
  };
}

function keptCopiesMessage(kept: readonly KeptCopy[]): string {
  const first = kept[0]!;
  const when = new Date(first.recordedAt * 1000).toISOString().replace('.000Z', 'Z');
  const more = kept.length > 1 ? ` (and ${kept.length - 1} more file${kept.length === 2 ? '' : 's'})` : '';
  return `mkisofs would keep the copy of ${first.discPath}${more} that session ${first.session} holds, not the new file: both have the same size and modification time (${when}) but other content. Give the new file another modification time (touch it) and apply again; nothing was written`;
}

function plannedCommands(ctx: ApplyContext, index: number) {
  const action = ctx.actions.find((a) => a.kind === 'burn-session' && a.index === index);
  if (!action) throw new ApplyStepError(`no planned action for session ${index + 1}`);
  return action.commands;
}

/** The copy the session's own mark names, as it was built. */
function copyOfContent(content: SessionContent): number {
  const mark = parseMark(content.applicationId);
  return mark ? copyOf(mark) : 1;
}
