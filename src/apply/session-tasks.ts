// The tasks of one session to burn: check the disc is as expected, burn, verify. Built by a
// factory; run by listr2.
import { existsSync, statSync, unlinkSync } from 'node:fs';
import type { ListrTask } from 'listr2';
import { sectorPath } from '../disc/device.js';
import { xorrisoCheckMd5Command } from '../backends/xorriso/xorriso-commands.js';
import type { SizeEstimate } from '../diff/diff-model.js';
import { sessionCost } from '../diff/geometry.js';
import { ApplyStepError } from './apply-step-error.js';
import { stopBetweenSteps } from './stop-between-steps.js';
import { writeRecordedManifest } from '../checksums/local-manifest.js';
import { keptCopiesThatDiffer, type KeptCopy } from './kept-earlier-copies.js';
import { sealChecksumFile } from './seal-checksum-file.js';
import { howItEnded, runProgram } from '../tools/run-program.js';
import type { ApplyContext, SessionReport } from './apply-context.js';
import { formatProgress, parseProgressLine } from './parse-progress.js';
import { runPipeline } from './run-pipeline.js';
import { verifySession } from '../verify/verify-session.js';
import { md5Mismatches, sessionIdentityProblems } from './verify-burn.js';

/** The checks only need the session count and next writable address, the verify the new session. */
const LAST_ONLY = { identities: 'last' } as const;

export function sessionTasks(ctx: ApplyContext, index: number, closes: boolean, expectedStart: number): ListrTask<ApplyContext>[] {
  const content = ctx.prepared.contents[index]!;
  const fingerprint = ctx.prepared.fingerprints[index]!;
  const report: SessionReport = { index, label: content.label, fingerprint, burned: false, identityVerified: false, dataVerified: 'not-done', damaged: [] };
  ctx.reports.push(report);
  let start = expectedStart;
  return stopBetweenSteps(ctx, [
    {
      title: 'check the disc',
      task: async (_c, task) => {
        // a read made just before (apply's own without a question asked, or the previous
        // session's verify) is used once; otherwise the disc is read again
        const disc = ctx.freshDisc ?? (await ctx.backend.readDisc(ctx.device, LAST_ONLY));
        ctx.freshDisc = undefined;
        ctx.disc = disc;
        if (ctx.dummy) {
          ctx.commands.set(index, actionCommands(ctx, index));
          task.title = 'check the disc: simulation, the disc is not expected to change';
          return;
        }
        if (disc.status === 'closed') throw new ApplyStepError('the disc is closed: nothing can be added');
        if (disc.sessions.length !== index) throw new ApplyStepError(`the disc changed since the preview: it holds ${disc.sessions.length} sessions, expected ${index}`);
        const nwa = disc.nextWritableAddress ?? 0;
        if (index === ctx.prepared.result.disc.sessions && nwa !== expectedStart) {
          throw new ApplyStepError(`the disc changed since the preview: the next writable address is ${nwa}, expected ${expectedStart}`);
        }
        start = nwa;
        const size = await sessionSize(ctx, index, disc.freeSectors);
        const cost = sessionCost(disc.media.kind, size.sectors, index + 1);
        if (disc.freeSectors !== undefined && cost.occupied > disc.freeSectors) {
          throw new ApplyStepError(`session ${index + 1} (${content.label}) needs ${cost.occupied} sectors but only ${disc.freeSectors} are free`);
        }
        const last = disc.sessions[disc.sessions.length - 1];
        const landing = last ? { lastSessionStart: last.startLba, nextWritableAddress: nwa } : undefined;
        ctx.commands.set(index, ctx.prepared.builder.burnSession(index, landing, size.sectors, closes));
        report.sectors = size.sectors;
        task.title = `check the disc: session ${index + 1} lands at LBA ${nwa}, ${size.sectors} sectors`;
      },
    },
    {
      title: 'record checksums',
      enabled: () => recordsChecksums(ctx, index),
      task: async (_c, task) => {
        const plan = content.checksums!;
        const total = plan.files.length;
        const shown = everyFewTenths();
        const hashes = await writeRecordedManifest(plan, (done, bytes) => {
          ctx.signal.throwIfAborted();
          if (shown()) task.output = `${done} of ${total} files, ${(bytes / 1024 ** 2).toFixed(1)} MiB`;
        });
        const image = sectorPath(ctx.device);
        const kept = image === undefined ? [] : await keptCopiesThatDiffer(image, ctx.disc.sessions, plan.files, hashes);
        if (kept.length > 0) throw new ApplyStepError(keptCopiesMessage(kept));
        ctx.commands.set(index, await sealChecksumFile(content, fingerprint, ctx.commands.get(index)!));
        task.title = `record checksums: ${total} file${total === 1 ? '' : 's'} (${plan.target})`;
      },
    },
    {
      title: ctx.dummy ? 'burn (simulation, laser off)' : 'burn',
      task: async (_c, task) => {
        const startedAt = Date.now();
        const virtualFile = ctx.dummy ? sectorPath(ctx.device) : undefined;
        const existedBefore = virtualFile !== undefined && existsSync(virtualFile);
        ctx.writing.active = true;
        ctx.writing.warn = (message) => {
          task.output = message;
        };
        try {
          const result = await runPipeline(ctx.commands.get(index)!, {
            signal: ctx.signal,
            env: ctx.env,
            onLine: (line) => {
              const progress = parseProgressLine(line);
              if (progress) task.output = formatProgress(progress, (Date.now() - startedAt) / 1000);
            },
          });
          if (result.cancelled) throw new ApplyStepError('stopped by the user while writing: the session is probably spoiled');
          if (!result.ok) {
            throw new ApplyStepError(`${result.failed?.program ?? 'the tool'} ${howItEnded(result)}: ${result.lastLines.join(' / ')}`);
          }
        } finally {
          ctx.writing.active = false;
          // xorriso -dev creates a missing stdio file even when it then writes nothing
          if (virtualFile && !existedBefore && existsSync(virtualFile) && statSync(virtualFile).size === 0) unlinkSync(virtualFile);
        }
        report.burned = !ctx.dummy;
      },
    },
    {
      title: 'verify',
      task: async (_c, task) => {
        const disc = await ctx.backend.readDisc(ctx.device, LAST_ONLY);
        ctx.disc = disc;
        if (ctx.dummy) {
          if (disc.sessions.length !== ctx.prepared.result.disc.sessions) throw new ApplyStepError('the simulation changed the disc');
          report.dataVerified = 'skipped';
          task.title = 'verify: simulation, nothing was written (as expected)';
          return;
        }
        const problems = sessionIdentityProblems(disc, { index, startLba: start, label: content.label, discId: content.discId, fingerprint });
        if (problems.length > 0) throw new ApplyStepError(`session ${index + 1} (${content.label}) is not as burned: ${problems.join('; ')}`);
        report.identityVerified = true;
        ctx.freshDisc = disc;
        report.startLba = start;
        if (!ctx.verifyData) {
          report.dataVerified = 'skipped';
          task.title = 'verify: the disc holds the session (data read-back skipped: --no-verify)';
          return;
        }
        await verifyData(ctx, index, report);
        task.title = report.dataVerified === true ? 'verify: the disc holds the session, and its data reads back intact' : `verify: the disc holds the session (data read-back ${report.dataVerified})`;
      },
    },
  ]);
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

/** The cdrecord path records SHA-256 checksums in the session; a simulation writes none. */
function recordsChecksums(ctx: ApplyContext, index: number): boolean {
  return ctx.prepared.contents[index]?.checksums !== undefined && !ctx.dummy;
}

async function verifyData(ctx: ApplyContext, index: number, report: SessionReport): Promise<void> {
  const content = ctx.prepared.contents[index]!;
  const targets = [...new Set(content.grafts.map((g) => g.target))];
  if (ctx.backend.name === 'xorriso') {
    const result = await runProgram(xorrisoCheckMd5Command(ctx.backend.program, ctx.device, targets), { access: 'read', env: ctx.env, signal: ctx.signal });
    // a reader stopped by a signal (the terminal's Ctrl-C reaches it too) says nothing about the data
    if (result.signal) throw new ApplyStepError(`the data check stopped: ${result.command.program} ${howItEnded(result)}`);
    const damaged = md5Mismatches(result.stdout + result.stderr);
    if (damaged.length > 0 || result.exitCode !== 0) {
      report.dataVerified = false;
      report.damaged = damaged;
      throw new ApplyStepError(`session ${index + 1} (${content.label}) does not read back intact: ${damaged.length > 0 ? damaged.join(', ') : result.stderr.trim().split('\n').pop()}`);
    }
    report.dataVerified = true;
    return;
  }
  // the cdrecord family cannot read: burnplan reads the session back itself and checks it
  // against the SHA-256 checksums it recorded in it
  const image = sectorPath(ctx.device);
  const session = ctx.disc.sessions[index];
  if (image === undefined || !session) {
    report.dataVerified = 'not-available';
    return;
  }
  const checked = await verifySession({ image, device: ctx.device, session, env: ctx.env, onBytes: () => ctx.signal.throwIfAborted() });
  if (checked.outcome !== 'ok') {
    report.dataVerified = false;
    report.damaged = [...checked.damaged, ...checked.missing, ...checked.readErrors.map((e) => `${e.path} (read error at LBA ${e.lba})`)];
    const why = checked.note ?? report.damaged.join(', ');
    throw new ApplyStepError(`session ${index + 1} (${content.label}) does not read back as recorded: ${why}`);
  }
  report.dataVerified = true;
}

/**
 * The exact size of the session about to be burned. The first one was measured against this
 * very disc state by the diff (the check has just confirmed the state). Later ones are measured
 * again, except on xorriso, whose commands do not carry the size: there the estimate is enough
 * when it fits with a wide margin.
 */
async function sessionSize(ctx: ApplyContext, index: number, free: number | undefined): Promise<SizeEstimate> {
  const row = ctx.prepared.result.rows.find((r) => r.kind === 'to-burn' && r.index === index);
  const planned = row?.kind === 'to-burn' ? row.size : undefined;
  if (planned?.exact) return planned;
  const roomy = planned !== undefined && free !== undefined && planned.sectors * 1.25 + 1024 < free;
  if (ctx.backend.name === 'xorriso' && roomy) return planned;
  return ctx.prepared.measure(ctx.prepared.contents[index]!, true);
}

function actionCommands(ctx: ApplyContext, index: number) {
  const action = ctx.actions.find((a) => a.kind === 'burn-session' && a.index === index);
  if (!action) throw new ApplyStepError(`no planned action for session ${index + 1}`);
  return action.commands;
}
