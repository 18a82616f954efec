// `burnplan status [PLAN] [--device D] [--backend B] [--json]`: what is on the disc. Read-only.
import { chooseBackendName, loadBackend } from '../../backends/backend.js';
import { chooseDevice } from '../../disc/device-names.js';
import { checkDevice } from '../../disc/device.js';
import { UserError } from '../../errors.js';
import type { BackendChoice } from '../../plan/plan-model.js';
import { statusJson } from '../../render/status-json.js';
import { renderStatus } from '../../render/status-text.js';

export interface StatusOptions {
  device?: string;
  backend?: string;
  json?: boolean;
}

const BACKENDS: readonly BackendChoice[] = ['auto', 'xorriso', 'cdrecord'];

export async function statusCommand(planFile: string | undefined, options: StatusOptions): Promise<void> {
  // the plan loader (yaml, the validator) is only loaded when a plan is given
  const plan = planFile ? await (await import('../../plan/check-plan.js')).loadPlan(planFile) : undefined;
  const backendChoice = parseBackendOption(options.backend) ?? plan?.disc.backend ?? 'auto';
  const { device } = chooseDevice(options.device, plan?.disc.device);
  checkDevice(device);
  const backend = await loadBackend(chooseBackendName(backendChoice, device));
  const disc = await backend.readDisc(device);
  process.stdout.write(options.json ? statusJson(disc) : renderStatus(disc));
}

export function parseBackendOption(value: string | undefined): BackendChoice | undefined {
  if (value === undefined) return undefined;
  if ((BACKENDS as readonly string[]).includes(value)) return value as BackendChoice;
  throw new UserError(`--backend must be one of ${BACKENDS.join(', ')} (got "${value}")`);
}
