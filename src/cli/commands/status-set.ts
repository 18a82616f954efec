// `burnplan status SET [--device A --device B …]`: what every drive holds, and the set at a glance. Read-only.
import { checkDevice } from '../../disc/device.js';
import { readSetDrives } from '../../gather/prepare-set.js';
import type { PlanSet } from '../../plan/plan-model.js';
import { renderSetStatus, setStatusJson } from '../../render/set-status.js';
import { openSetDrives, type SetRunOptions } from '../set-run.js';

export async function statusSetCommand(set: PlanSet, options: SetRunOptions & { json?: boolean }): Promise<void> {
  const drives = await readSetDrives(set, await openSetDrives(set, options, checkDevice), []);
  process.stdout.write(options.json ? setStatusJson(set, drives) : renderSetStatus(set, drives));
}
