// `burnplan diff SET --device A --device B …`: what apply would do in every drive, read-only.
import { checkWritableDevice } from '../../disc/device.js';
import { notInAnyDrive } from '../../diff/drive-assignment.js';
import { hasChanges } from '../../diff/diff-model.js';
import { EXIT_CHANGES, EXIT_ERROR, EXIT_OK, ExitError, UserError } from '../../errors.js';
import { prepareSet } from '../../gather/prepare-set.js';
import type { PlanSet } from '../../plan/plan-model.js';
import { paletteFor } from '../../render/colors.js';
import { renderDiff } from '../../render/diff-text.js';
import { diffSetJson, driveHeading, isRefused, leftText } from '../../render/set-result.js';
import type { PlanScan } from '../../sources/scan-plan-sources.js';
import { copiesInCatalog, leftToInsert } from '../set-catalog.js';
import { openSetDrives } from '../set-run.js';
import { unexpectedChanges } from '../../diff/unexpected-changes.js';
import type { SetRunOptions } from '../set-run.js';

export interface DiffSetOptions extends SetRunOptions {
  json?: boolean;
  showCommands?: boolean;
  detailedExitcode?: boolean;
  expectNoChanges?: boolean;
}

export async function diffSetCommand(planFile: string, { set, scans }: { set: PlanSet; scans: PlanScan[] }, options: DiffSetOptions): Promise<void> {
  // the checksum files each prepared stay, with placeholders, as a one-drive diff leaves them
  const opened = await openSetDrives(set, options, checkWritableDevice);
  const known = await copiesInCatalog(planFile, set);
  const drives = await prepareSet(set, scans, opened, { dummy: false, existing: known });
  {
    const notInserted = leftToInsert(set, notInAnyDrive(set.discs, drives.flatMap((d) => (d.assignment ? [d.assignment] : []))), known);
    if (options.json) process.stdout.write(diffSetJson(set, planFile, drives, notInserted));
    else {
      const palette = paletteFor(process.stdout);
      const parts = drives.map((d) => `${driveHeading(set, d)}${d.error ? `${d.error}\n` : ''}${d.prepared ? renderDiff(d.prepared.result, { showCommands: Boolean(options.showCommands), palette }) : ''}`);
      process.stdout.write(`${parts.join('\n')}${leftText(set, notInserted)}`);
    }
    const results = drives.flatMap((d) => (d.prepared ? [d.prepared.result] : []));
    if (drives.some((d) => d.error || isRefused(d)) || results.some((r) => r.conflicts.length > 0)) throw new ExitError(EXIT_ERROR);
    if (options.expectNoChanges) {
      const unexpected = drives.map((d) => (d.prepared ? unexpectedChanges(d.prepared.result) : undefined)).find(Boolean);
      if (unexpected) throw new UserError(`${planFile}: ${unexpected} (--expect-no-changes)`);
    }
    process.exitCode = options.detailedExitcode && results.some(hasChanges) ? EXIT_CHANGES : EXIT_OK;
  }
}
