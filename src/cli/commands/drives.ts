// `burnplan drives [--backend B] [--no-media] [--json]`: the optical drives this user can burn
// with, and what is in them. Read-only. Exit 0 when at least one drive is listed, 1 when none is
// (like grep: `burnplan drives >/dev/null && …`); --json prints its document in both cases.
import { EXIT_ERROR, EXIT_OK, ExitError } from '../../errors.js';
import { findDrives } from '../../drives/find-drives.js';
import type { BackendChoice } from '../../plan/plan-model.js';
import { drivesJson } from '../../render/drives-json.js';
import { renderDrives, renderNoDrives } from '../../render/drives-text.js';

export interface DrivesOptions {
  backend?: BackendChoice;
  /** commander's --no-media sets media: false */
  media?: boolean;
  json?: boolean;
}

export async function drivesCommand(options: DrivesOptions): Promise<void> {
  const report = await findDrives({ backend: options.backend ?? 'auto', media: options.media !== false });
  if (options.json) process.stdout.write(drivesJson(report));
  else if (report.drives.length > 0) process.stdout.write(renderDrives(report));
  else process.stderr.write(renderNoDrives(report));
  if (report.drives.length === 0) throw new ExitError(EXIT_ERROR);
  process.exitCode = EXIT_OK;
}
