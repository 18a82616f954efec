// `burnplan status [PLAN] [--device D] [--backend B] [--json]`: what is on the disc. Read-only.
import { checkDevice } from '../../disc/device.js';
import { UserError } from '../../errors.js';
import type { BackendChoice, Plan } from '../../plan/plan-model.js';
import { statusJson } from '../../render/status-json.js';
import { renderStatus } from '../../render/status-text.js';
import { openDevice } from '../open-disc.js';

export interface StatusOptions {
  /** `--disc`: the disc of a set plan */
  disc?: string;
  /** `--device`, once per drive. */
  device?: string[];
  backend?: BackendChoice;
  json?: boolean;
}

export async function statusCommand(planFile: string | undefined, options: StatusOptions): Promise<void> {
  // the plan loader (yaml, the validator) is only loaded when a plan is given
  if (options.disc !== undefined && planFile === undefined) throw new UserError('--disc chooses a disc of a plan: give the plan file too');
  const devices = options.device ?? [];
  if (devices.length > 1 && planFile === undefined) throw new UserError('several --device show the discs of a set: give the plan file too');
  let planned: Plan['disc'] | undefined;
  if (planFile) {
    const [{ loadSet }, { chooseDisc }, { isSetRun, plannedDevice }] = await Promise.all([import('../../plan/check-plan.js'), import('../../plan/choose-disc.js'), import('../set-run.js')]);
    const set = await loadSet(planFile);
    if (isSetRun(set, options)) return (await import('./status-set.js')).statusSetCommand(options.disc === undefined ? set : { ...set, discs: [chooseDisc(set, options.disc)] }, options);
    const plan = chooseDisc(set, options.disc);
    planned = { ...plan.disc, device: plannedDevice(set, plan) };
  }
  const { device, backend } = await openDevice({ deviceOption: devices[0], backendOption: options.backend, plannedDisc: planned, check: checkDevice });
  const disc = await backend.readDisc(device);
  process.stdout.write(options.json ? statusJson(disc) : renderStatus(disc));
}

/** apply imports it from here until it opens its device as the other commands do. */
