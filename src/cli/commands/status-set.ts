// `burnplan status SET [--device A --device B …]`: what every drive holds, and the set at a glance. Read-only.
import { checkDevice } from '../../disc/device.js';
import { readSetDrives } from '../../gather/prepare-set.js';
import type { PlanSet } from '../../plan/plan-model.js';
import { renderSetStatus, setStatusJson } from '../../render/set-status.js';
import { copiesInCatalog } from '../set-catalog.js';
import { openSetDrives, type SetRunOptions } from '../set-run.js';

export async function statusSetCommand(set: PlanSet, options: SetRunOptions & { json?: boolean }): Promise<void> {
  const opened = await openSetDrives(set, options, checkDevice);
  const known = await copiesInCatalog(set.file, set);
  const drives = await readSetDrives(set, opened, known);
  process.stdout.write(options.json ? setStatusJson(set, drives, known) : renderSetStatus(set, drives, known));
}
