// `burnplan apply PLAN|SAVED`: burn only the missing sessions, as a live task list, verifying
// each; close the disc by the plan's policy. Conflicts stop it before anything is written;
// "no changes" exits 0 without writing.
import { readFile } from 'node:fs/promises';
import { constants as osConstants } from 'node:os';
import path from 'node:path';
import { confirmerFor } from '../../apply/confirm.js';
import { acquireDeviceLock } from '../../apply/device-lock.js';
import { runApply } from '../../apply/run-apply.js';
import { checkWritableDevice } from '../../disc/device.js';
import type { SavedDiff } from '../../diff/saved-diff.js';
import { parseSavedDiff } from '../../gather/parse-saved-diff.js';
import { EXIT_ERROR, ExitError, UserError } from '../../errors.js';
import { loadSetAndScan } from '../../plan/check-plan.js';
import { chooseCopy, chooseDisc } from '../../plan/choose-disc.js';
import type { BackendChoice } from '../../plan/plan-model.js';
import { applyJson, applySummary } from '../../render/apply-result.js';
import { paletteFor } from '../../render/colors.js';
import { renderDiff } from '../../render/diff-text.js';
import { handleStops } from '../handle-stops.js';
import { recordCatalog } from '../record-catalog.js';
import { openDevice } from '../open-disc.js';
import { isSetRun, plannedDevice, setForRun } from '../set-run.js';
import { taskListRenderer } from '../task-list-renderer.js';

export interface ApplyOptions {
  /** `--copy`: the copy of that disc */
  copy?: number;
  /** `--disc`: the disc of a set plan */
  disc?: string;
  /** `--device`, once per drive. */
  device?: string[];
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
  const loaded = await loadSetAndScan(planFile);
  if (!saved && isSetRun(loaded.set, options)) {
    const { applySetCommand } = await import('./apply-set.js');
    return applySetCommand(planFile, setForRun(loaded.set, loaded.scans, options), options);
  }
  const devices = options.device ?? [];
  if (devices.length > 1) throw new UserError(`${file}: a saved diff is for the one drive it read: give one --device`);
  const chosen = chooseDisc(loaded.set, options.disc);
  const plan = chooseCopy(chosen, options.copy);
  const scan = loaded.scans[loaded.set.discs.indexOf(chosen)]!;
  const planned = { backend: plan.disc.backend, device: saved ? saved.discState.device : plannedDevice(loaded.set, plan) };
  const { device, backend } = await openDevice({ deviceOption: devices[0], backendOption: options.backend, plannedDisc: planned, check: checkWritableDevice });
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
    const catalogError = await recordCatalog(planFile, plan, loaded.set.discs.map((d) => d.disc.id), device, backend, report);
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
