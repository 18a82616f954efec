// `burnplan apply PLAN|SAVED`: burn only the missing sessions, as a live task list, verifying
// each; close the disc by the plan's policy. Conflicts stop it before anything is written;
// "no changes" exits 0 without writing.
import { readFile } from 'node:fs/promises';
import { acquireDeviceLock } from '../../apply/device-lock.js';
import type { ApplyContext } from '../../apply/apply-context.js';
import { applyTasks, type RendererChoice } from '../../apply/apply-tasks.js';
import { confirmerFor } from '../../apply/confirm.js';
import { chooseBackendName, loadBackend } from '../../backends/backend.js';
import { checkDevice, chooseDevice } from '../../disc/device.js';
import { hasChanges } from '../../diff/diff-model.js';
import { cleanUpPrepared, prepareDiff, type PreparedDiff } from '../../diff/prepare-diff.js';
import { discState, discStateChanges, SAVED_DIFF_FORMAT, type SavedDiff } from '../../diff/saved-diff.js';
import { EXIT_ERROR, ExitError, UserError } from '../../errors.js';
import { loadPlan } from '../../plan/check-plan.js';
import { applyJson, applySummary } from '../../render/apply-result.js';
import { paletteFor } from '../../render/colors.js';
import { renderDiff } from '../../render/diff-text.js';
import { parseBackendOption } from './status.js';

export interface ApplyOptions {
  device?: string;
  backend?: string;
  yes?: boolean;
  json?: boolean;
  dummy?: boolean;
  verify?: boolean;
  eject?: boolean;
}

export async function applyCommand(file: string, options: ApplyOptions): Promise<void> {
  const saved = await readSavedDiff(file);
  const planFile = saved ? saved.plan : file;
  const plan = await loadPlan(planFile);
  const { device } = chooseDevice(options.device, saved ? saved.discState.device : plan.disc.device);
  checkDevice(device);
  const backend = await loadBackend(chooseBackendName(parseBackendOption(options.backend) ?? plan.disc.backend, device));
  const lock = acquireDeviceLock(device, new Date());
  const out = (text: string) => (options.json ? process.stderr : process.stdout).write(text);
  let prepared: PreparedDiff | undefined;
  try {
    const disc = await backend.readDisc(device);
    prepared = await prepareDiff(plan, disc, backend, { dummy: Boolean(options.dummy) });
    const { result } = prepared;
    if (saved) checkSavedDiff(saved, discState(disc), prepared.fingerprints, result);
    if (!options.json) out(renderDiff(result, { showCommands: false, palette: paletteFor(process.stdout) }));
    if (result.conflicts.length > 0) {
      if (options.json) process.stdout.write(`${JSON.stringify({ format_version: 1, plan: planFile, ok: false, error: 'conflicts', conflicts: result.conflicts })}\n`);
      throw new ExitError(EXIT_ERROR);
    }
    if (!hasChanges(result)) {
      if (options.json) process.stdout.write(`${JSON.stringify({ format_version: 1, plan: planFile, ok: true, changes: false, sessions: [] })}\n`);
      return;
    }
    const confirm = confirmerFor(Boolean(options.yes));
    const burns = result.actions.filter((a) => a.kind === 'burn-session').length;
    if (burns > 0 && !(await confirm.ask(`${options.dummy ? 'Simulate burning' : 'Burn'} ${burns} session${burns === 1 ? '' : 's'} to ${device}?`))) throw new UserError('nothing was burned (not confirmed)');
    if (result.finalize === 'close' && !(await confirm.ask(`Close the disc "${plan.disc.id}" in ${device}? Nothing can ever be added to it afterwards.`))) {
      throw new UserError('nothing was burned (closing the disc was not confirmed)');
    }
    const controller = new AbortController();
    const ctx: ApplyContext = {
      plan,
      device,
      backend,
      prepared,
      actions: result.actions,
      dummy: Boolean(options.dummy),
      verifyData: options.verify !== false,
      eject: Boolean(options.eject ?? plan.eject),
      signal: controller.signal,
      writing: { active: false },
      env: process.env,
      commands: new Map(),
      reports: [],
      closed: false,
      ejected: false,
      disc,
      // with --yes nothing was asked: the disc just read is the disc about to be written; after
      // a question, the first check reads it again (it may have been swapped meanwhile)
      ...(options.yes ? { freshDisc: disc } : {}),
    };
    const stopSignals = handleInterrupts(ctx, controller);
    let failure: string | undefined;
    try {
      await applyTasks(ctx, rendererFor(options)).run();
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
      try {
        ctx.disc = await backend.readDisc(device);
      } catch (reread) {
        failure += ` (and the disc could not be re-read: ${(reread as Error).message})`;
      }
    } finally {
      stopSignals();
    }
    if (options.json) process.stdout.write(applyJson(ctx, planFile, failure));
    else out(`\n${applySummary(ctx, failure)}`);
    if (failure) throw new ExitError(EXIT_ERROR);
  } finally {
    if (prepared) await cleanUpPrepared(prepared);
    lock.release();
  }
}

function rendererFor(options: ApplyOptions): RendererChoice {
  if (options.json) return 'silent';
  return process.stdout.isTTY && !process.env['CI'] ? 'default' : 'simple';
}

/**
 * Ctrl-C outside a write stops at once. During a write, the first one warns that stopping will
 * likely spoil the session and goes on; the second one stops the tool (SIGTERM, then SIGKILL).
 */
function handleInterrupts(ctx: ApplyContext, controller: AbortController): () => void {
  let warned = false;
  const onSignal = () => {
    if (ctx.writing.active && !warned) {
      warned = true;
      const message = 'Interrupting now will likely spoil the session being written. Press Ctrl-C again to stop anyway.';
      ctx.writing.warn?.(message);
      process.stderr.write(`\n${message}\n`);
      return;
    }
    controller.abort(new UserError('stopped by the user'));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

async function readSavedDiff(file: string): Promise<SavedDiff | undefined> {
  if (!file.endsWith('.json')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UserError(`${file}: not a saved diff (${(error as Error).message})`);
  }
  if ((parsed as SavedDiff | undefined)?.format !== SAVED_DIFF_FORMAT) throw new UserError(`${file}: not a saved diff of this burnplan (format "${SAVED_DIFF_FORMAT}")`);
  return parsed as SavedDiff;
}

function checkSavedDiff(saved: SavedDiff, now: ReturnType<typeof discState>, fingerprints: string[], result: SavedDiff['result']): void {
  const changes = discStateChanges(saved.discState, now);
  if (changes.length > 0) throw new UserError(`the disc changed since the diff was saved: ${changes.join('; ')}`);
  if (JSON.stringify(saved.plannedFingerprints) !== JSON.stringify(fingerprints)) {
    throw new UserError('the planned files changed since the diff was saved (their fingerprints differ): run burnplan diff --out again');
  }
  if (JSON.stringify(saved.result.actions) !== JSON.stringify(result.actions)) {
    throw new UserError('the plan changed since the diff was saved (its actions differ): run burnplan diff --out again');
  }
}
