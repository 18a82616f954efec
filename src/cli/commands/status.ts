// `burnplan status [PLAN] [--device D] [--backend B] [--json]`: what is on the disc. Read-only.
import { checkDevice } from '../../disc/device.js';
import { UserError } from '../../errors.js';
import type { BackendChoice } from '../../plan/plan-model.js';
import { statusJson } from '../../render/status-json.js';
import { renderStatus } from '../../render/status-text.js';
import { openDevice } from '../open-disc.js';

export interface StatusOptions {
  /** `--disc`: the disc of a set plan */
  disc?: string;
  device?: string;
  backend?: BackendChoice;
  json?: boolean;
}

export async function statusCommand(planFile: string | undefined, options: StatusOptions): Promise<void> {
  // the plan loader (yaml, the validator) is only loaded when a plan is given
  if (options.disc !== undefined && planFile === undefined) throw new UserError('--disc chooses a disc of a plan: give the plan file too');
  const plan = planFile ? await (await import('../../plan/check-plan.js')).loadPlan(planFile, { disc: options.disc }) : undefined;
  const { device, backend } = await openDevice({ deviceOption: options.device, backendOption: options.backend, plannedDisc: plan?.disc, check: checkDevice });
  const disc = await backend.readDisc(device);
  process.stdout.write(options.json ? statusJson(disc) : renderStatus(disc));
}

/** apply imports it from here until it opens its device as the other commands do. */
