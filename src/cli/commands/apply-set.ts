// `burnplan apply SET --device A --device B …`: every drive at once (see apply/run-apply-set.ts).
import { constants as osConstants } from 'node:os';
import { confirmerFor } from '../../apply/confirm.js';
import { runApplySet } from '../../apply/run-apply-set.js';
import { checkWritableDevice } from '../../disc/device.js';
import { EXIT_ERROR, ExitError } from '../../errors.js';
import type { PlanSet } from '../../plan/plan-model.js';
import { paletteFor } from '../../render/colors.js';
import { renderDiff } from '../../render/diff-text.js';
import { applySetJson, applySetSummary, driveHeading, isRefused } from '../../render/set-result.js';
import type { PlanScan } from '../../sources/scan-plan-sources.js';
import { taskListRenderer } from '../task-list-renderer.js';
import { recordCatalog } from '../record-catalog.js';
import { copiesInCatalog, leftToInsert } from '../set-catalog.js';
import { lockDrives, openSetDrives } from '../set-run.js';
import { handleStops } from '../handle-stops.js';
import type { SetRunOptions } from '../set-run.js';

export interface ApplySetOptions extends SetRunOptions {
  yes?: boolean;
  json?: boolean;
  dummy?: boolean;
  verify?: boolean;
  eject?: boolean;
}

export async function applySetCommand(planFile: string, { set, scans }: { set: PlanSet; scans: PlanScan[] }, options: ApplySetOptions): Promise<void> {
  const opened = await openSetDrives(set, options, checkWritableDevice);
  // a broken catalog stops the run here, before any drive is locked or read
  const known = await copiesInCatalog(planFile, set);
  const drives = lockDrives(opened);
  const out = (text: string) => (options.json ? process.stderr : process.stdout).write(text);
  try {
    const report = await runApplySet(
      { set, planFile, scans, drives, existing: known, dummy: Boolean(options.dummy), verifyData: options.verify !== false, ...(options.eject ? { eject: true } : {}), yes: Boolean(options.yes), env: process.env },
      {
        confirm: confirmerFor(Boolean(options.yes)),
        watchStops: handleStops,
        display: taskListRenderer({ json: Boolean(options.json), isTTY: Boolean(process.stdout.isTTY), env: process.env }),
        showDrive: (drive) => {
          if (options.json) return;
          const diff = drive.prepared ? renderDiff(drive.prepared.result, { showCommands: false, palette: paletteFor(process.stdout) }) : '';
          out(`${driveHeading(set, drive)}${drive.error ? `${drive.error}\n` : ''}${diff}\n`);
        },
        say: out,
      },
    );
    // each drive's sessions go into the catalog beside the plan, one drive after another
    const catalogErrors: Error[] = [];
    for (const { drive, report: r } of report.drives) {
      if (!r || !drive.plan) continue;
      const error = await recordCatalog(planFile, drive.plan, set.discs.map((d) => d.disc.id), drive.device, drive.backend, r);
      if (error) catalogErrors.push(error);
    }
    const left = leftToInsert(set, report.notInDrive, await copiesInCatalog(planFile, set).catch(() => known));
    if (options.json) process.stdout.write(applySetJson(report, left));
    else out(applySetSummary(report, left));
    // a stop the user asked for ends with the shell's code for that signal (130 for Ctrl-C)
    const stoppedBy = report.drives.find(({ report: r }) => r?.stoppedBy)?.report?.stoppedBy;
    if (stoppedBy) throw new ExitError(128 + (osConstants.signals[stoppedBy] ?? 0));
    const failed = report.drives.some(({ drive, report: r }) => drive.error || isRefused(drive) || r?.outcome === 'conflicts' || r?.failure || r?.stoppedBy);
    if (failed) throw new ExitError(EXIT_ERROR);
    if (catalogErrors.length > 0) throw catalogErrors[0]!;
  } finally {
    for (const drive of drives) drive.lock.release();
  }
}
