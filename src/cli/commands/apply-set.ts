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
  const drives = lockDrives(await openSetDrives(set, options, checkWritableDevice));
  const out = (text: string) => (options.json ? process.stderr : process.stdout).write(text);
  try {
    const report = await runApplySet(
      { set, planFile, scans, drives, dummy: Boolean(options.dummy), verifyData: options.verify !== false, ...(options.eject ? { eject: true } : {}), yes: Boolean(options.yes), env: process.env },
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
    if (options.json) process.stdout.write(applySetJson(report));
    else out(applySetSummary(report));
    // a stop the user asked for ends with the shell's code for that signal (130 for Ctrl-C)
    const stoppedBy = report.drives.find(({ report: r }) => r?.stoppedBy)?.report?.stoppedBy;
    if (stoppedBy) throw new ExitError(128 + (osConstants.signals[stoppedBy] ?? 0));
    const failed = report.drives.some(({ drive, report: r }) => drive.error || isRefused(drive) || r?.outcome === 'conflicts' || r?.failure || r?.stoppedBy);
    if (failed) throw new ExitError(EXIT_ERROR);
  } finally {
    for (const drive of drives) drive.lock.release();
  }
}
