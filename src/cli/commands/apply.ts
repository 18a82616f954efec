// `burnplan apply PLAN|SAVED`: burn only the missing sessions, as a live task list, verifying
// each; close the disc by the plan's policy. Conflicts stop it before anything is written;
// "no changes" exits 0 without writing.
import { readFile } from 'node:fs/promises';
import { constants as osConstants } from 'node:os';
import path from 'node:path';
import { acquireDeviceLock } from '../../apply/device-lock.js';
import type { ApplyContext } from '../../apply/apply-context.js';
import { applyTasks, type RendererChoice } from '../../apply/apply-tasks.js';
import { confirmerFor, type Confirmer } from '../../apply/confirm.js';
import { keepRunningWithoutOutput } from '../closed-output.js';
import { chooseBackendName, loadBackend } from '../../backends/backend.js';
import { chooseDevice } from '../../disc/device-names.js';
import { checkWritableDevice } from '../../disc/device.js';
import { hasChanges, type DiffResult } from '../../diff/diff-model.js';
import { cleanUpPrepared, prepareDiff, type PreparedDiff } from '../../diff/prepare-diff.js';
import { discState, discStateChanges, SAVED_DIFF_FORMAT, type SavedDiff } from '../../diff/saved-diff.js';
import { EXIT_ERROR, ExitError, UserError } from '../../errors.js';
import { loadPlan } from '../../plan/check-plan.js';
import type { Plan } from '../../plan/plan-model.js';
import { scanSession } from '../../sources/session-manifest.js';
import { describeChanges, sourceChanges } from '../../sources/source-changes.js';
import { applyConflictsJson, applyJson, applyNothingJson, applySummary } from '../../render/apply-result.js';
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
  // a saved diff names its plan relative to itself
  const planFile = saved ? path.resolve(path.dirname(file), saved.plan) : file;
  const plan = await loadPlan(planFile);
  const { device } = chooseDevice(options.device, saved ? saved.discState.device : plan.disc.device);
  checkWritableDevice(device);
  const backend = await loadBackend(chooseBackendName(parseBackendOption(options.backend) ?? plan.disc.backend, device));
  const lock = acquireDeviceLock(device, new Date());
  const out = (text: string) => (options.json ? process.stderr : process.stdout).write(text);
  let prepared: PreparedDiff | undefined;
  try {
    let disc = await backend.readDisc(device);
    prepared = await prepareDiff(plan, disc, backend, { dummy: Boolean(options.dummy) });
    if (saved) checkSavedDiff(saved, discState(disc), prepared.fingerprints, prepared.result);
    const confirm = confirmerFor(Boolean(options.yes));
    // what was measured is what is burned: sources that changed while the question waited are
    // measured anew and the question asked again (a saved diff is bound to what it measured)
    for (let asked = 0; ; asked++) {
      const { result } = prepared;
      if (!options.json) out(renderDiff(result, { showCommands: false, palette: paletteFor(process.stdout) }));
      if (result.conflicts.length > 0) {
        if (options.json) process.stdout.write(applyConflictsJson(planFile, result));
        throw new ExitError(EXIT_ERROR);
      }
      if (!hasChanges(result)) {
        if (options.json) process.stdout.write(applyNothingJson(planFile, device));
        return;
      }
      await askToBurn(confirm, result, plan, device, Boolean(options.dummy));
      // with --yes nothing waited: each session's own check right before its burn is enough
      const changed = options.yes ? undefined : await changedSources(plan, prepared);
      if (!changed) break;
      if (saved || asked >= MAX_QUESTIONS - 1) throw new UserError(`${changed}; nothing was burned: run burnplan ${saved ? 'diff --out' : 'apply'} again`);
      out(`\n${changed}: measuring again.\n\n`);
      await cleanUpPrepared(prepared);
      disc = await backend.readDisc(device);
      prepared = await prepareDiff(plan, disc, backend, { dummy: Boolean(options.dummy) });
    }
    const controller = new AbortController();
    const ctx: ApplyContext = {
      plan,
      device,
      backend,
      prepared,
      actions: prepared.result.actions,
      dummy: Boolean(options.dummy),
      verifyData: options.verify !== false,
      eject: Boolean(options.eject ?? plan.eject),
      signal: controller.signal,
      writing: { active: false },
      lock,
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
    const stopSignals = handleStops(ctx, controller);
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
    // a stop the user asked for ends with the shell's code for that signal (130 for Ctrl-C)
    if (ctx.stop) throw new ExitError(128 + (osConstants.signals[ctx.stop.signal] ?? 0));
    if (failure) throw new ExitError(EXIT_ERROR);
  } finally {
    if (prepared) await cleanUpPrepared(prepared);
    lock.release();
  }
}

/** Sources changed since the last question are measured and asked about again, a few times at most. */
const MAX_QUESTIONS = 3;

async function askToBurn(confirm: Confirmer, result: DiffResult, plan: Plan, device: string, dummy: boolean): Promise<void> {
  const burns = result.actions.filter((a) => a.kind === 'burn-session').length;
  if (burns > 0 && !(await confirm.ask(`${dummy ? 'Simulate burning' : 'Burn'} ${burns} session${burns === 1 ? '' : 's'} to ${device}?`))) throw new UserError('nothing was burned (not confirmed)');
  if (result.finalize === 'close' && !(await confirm.ask(`Close the disc "${plan.disc.id}" in ${device}? Nothing can ever be added to it afterwards.`))) {
    throw new UserError('nothing was burned (closing the disc was not confirmed)');
  }
}

/** Why the sources of the sessions to burn no longer are what was measured, or undefined. */
async function changedSources(plan: Plan, prepared: PreparedDiff): Promise<string | undefined> {
  for (const action of prepared.result.actions) {
    if (action.kind !== 'burn-session') continue;
    const changes = sourceChanges(prepared.manifests[action.index]!, await scanSession(plan.sessions[action.index]!));
    if (changes.length > 0) return `the sources of session ${action.index + 1} (${action.label}) changed since they were measured: ${describeChanges(changes)}`;
  }
  return undefined;
}

function rendererFor(options: ApplyOptions): RendererChoice {
  if (options.json) return 'silent';
  return process.stdout.isTTY && !process.env['CI'] ? 'default' : 'simple';
}

/**
 * A stop (Ctrl-C, SIGTERM, or SIGHUP when the terminal closes) outside a write stops at once.
 * During a write, the first one lets that session finish and be read back, and then no other
 * burn or close starts; a second one stops the writing tool (SIGTERM, then SIGKILL), spoiling
 * the session. burnplan outlives its terminal to do so: output to a closed terminal is dropped.
 */
function handleStops(ctx: ApplyContext, controller: AbortController): () => void {
  keepRunningWithoutOutput();
  const onSignal = (signal: NodeJS.Signals) => {
    if (ctx.writing.active && !ctx.stop) {
      ctx.stop = { signal, duringWrite: true };
      ctx.writing.warn?.('stopping after this session is written and read back; stop again to abort the write and spoil the session');
      process.stderr.write(`\n${signal}: apply stops after the session being written is finished and read back. Stop again to abort the write (the session is then spoiled).\n`);
      return;
    }
    ctx.stop ??= { signal, duringWrite: false };
    controller.abort(new UserError(`stopped by the user (${signal})`));
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
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
