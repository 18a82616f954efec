// `burnplan apply PLAN|SAVED`: burn only the missing sessions, as a live task list, verifying
// each; close the disc by the plan's policy. Conflicts stop it before anything is written;
// "no changes" exits 0 without writing.
import { readFile } from 'node:fs/promises';
import { constants as osConstants } from 'node:os';
import path from 'node:path';
import type { ApplyStops } from '../../apply/apply-context.js';
import { confirmerFor } from '../../apply/confirm.js';
import { acquireDeviceLock } from '../../apply/device-lock.js';
import { runApply } from '../../apply/run-apply.js';
import { checkWritableDevice } from '../../disc/device.js';
import type { SavedDiff } from '../../diff/saved-diff.js';
import { parseSavedDiff } from '../../gather/parse-saved-diff.js';
import { EXIT_ERROR, ExitError, UserError } from '../../errors.js';
import { loadPlanAndScan } from '../../plan/check-plan.js';
import type { BackendChoice, Plan } from '../../plan/plan-model.js';
import type { ApplyReport } from '../../apply/apply-report.js';
import type { Backend } from '../../backends/backend-interface.js';
import { applyJson, applySummary } from '../../render/apply-result.js';
import { paletteFor } from '../../render/colors.js';
import { renderDiff } from '../../render/diff-text.js';
import { keepRunningWithoutOutput } from '../closed-output.js';
import { openDevice } from '../open-disc.js';
import { taskListRenderer } from '../task-list-renderer.js';

export interface ApplyOptions {
  /** `--copy`: the copy of that disc */
  copy?: number;
  /** `--disc`: the disc of a set plan */
  disc?: string;
  device?: string;
  backend?: BackendChoice;
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
  const { plan, scan, set } = await loadPlanAndScan(planFile, { disc: options.disc, copy: options.copy });
  const planned = { backend: plan.disc.backend, device: saved ? saved.discState.device : plan.disc.device };
  const { device, backend } = await openDevice({ deviceOption: options.device, backendOption: options.backend, plannedDisc: planned, check: checkWritableDevice });
  const lock = acquireDeviceLock(device, new Date());
  const out = (text: string) => (options.json ? process.stderr : process.stdout).write(text);
  try {
    const report = await runApply(
      { plan, planFile, device, backend, manifests: scan.manifests, ...(saved ? { saved } : {}), dummy: Boolean(options.dummy), verifyData: options.verify !== false, eject: Boolean(options.eject ?? plan.eject), yes: Boolean(options.yes), lock, env: process.env },
      {
        confirm: confirmerFor(Boolean(options.yes)),
        watchStops: handleStops,
        display: taskListRenderer({ json: Boolean(options.json), isTTY: Boolean(process.stdout.isTTY), env: process.env }),
        showDiff: (result) => {
          if (!options.json) out(renderDiff(result, { showCommands: false, palette: paletteFor(process.stdout) }));
        },
        say: out,
      },
    );
    // the catalog beside the plan records what was burned, before the outcome is told
    const catalogError = await recordCatalog(planFile, plan, set.discs.map((d) => d.disc.id), device, backend, report);
    if (options.json) process.stdout.write(applyJson(report));
    else if (report.outcome === 'applied') out(`\n${applySummary(report)}`);
    if (report.outcome === 'conflicts') throw new ExitError(EXIT_ERROR);
    // a stop the user asked for ends with the shell's code for that signal (130 for Ctrl-C)
    if (report.stoppedBy) throw new ExitError(128 + (osConstants.signals[report.stoppedBy] ?? 0));
    if (report.failure) throw new ExitError(EXIT_ERROR);
    if (catalogError) throw catalogError;
  } finally {
    lock.release();
  }
}

/**
 * A stop (Ctrl-C, SIGTERM, or SIGHUP when the terminal closes) outside a write stops at once.
 * During a write, the first one lets that session finish and be read back, and then no other
 * burn or close starts; a second one stops the writing tool (SIGTERM, then SIGKILL), spoiling
 * the session. burnplan outlives its terminal to do so: output to a closed terminal is dropped.
 */
function handleStops(stops: ApplyStops, abort: (reason: Error) => void): () => void {
  keepRunningWithoutOutput();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stops.writing.active && !stops.requested) {
      stops.requested = { signal, duringWrite: true };
      stops.writing.warn?.('stopping after this session is written and read back; stop again to abort the write and spoil the session');
      process.stderr.write(`\n${signal}: apply stops after the session being written is finished and read back. Stop again to abort the write (the session is then spoiled).\n`);
      return;
    }
    stops.requested ??= { signal, duringWrite: false };
    abort(new UserError(`stopped by the user (${signal})`));
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}

/** What kept the catalog from being written (the disc is burned all the same), or undefined. */
async function recordCatalog(planFile: string, plan: Plan, discOrder: string[], device: string, backend: Backend, report: ApplyReport): Promise<Error | undefined> {
  if (report.outcome !== 'applied' || report.dummy) return undefined;
  const { recordAppliedSessions } = await import('../../catalog/record-apply.js');
  try {
    await recordAppliedSessions({ planFile, plan, discOrder, device, backend, report, env: process.env });
    return undefined;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return new UserError(`the sessions were burned, but the catalog was not updated: ${error.message}`);
  }
}

async function readSavedDiff(file: string): Promise<SavedDiff | undefined> {
  if (!file.endsWith('.json')) return undefined;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UserError(`${file}: not a saved diff (${(error as Error).message})`);
  }
  return parseSavedDiff(text, file);
}
