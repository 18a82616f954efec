// `burnplan verify PLAN [--device D] [--session N] [--against-sources] [--json]`: reads every
// file of the disc's sessions back and checks it against the checksums recorded when it was
// burned. Read-only on the disc (the catalog beside the plan records what was found). Exit 0 when
// nothing is damaged, 1 otherwise.
import { EXIT_ERROR, ExitError, UserError } from '../../errors.js';
import { loadSet } from '../../plan/check-plan.js';
import { chooseDisc } from '../../plan/choose-disc.js';
import { isSetRun, plannedDevice } from '../set-run.js';
import type { BackendChoice } from '../../plan/plan-model.js';
import { paletteFor } from '../../render/colors.js';
import { renderVerify, verifyJson, verifyOk } from '../../render/verify-report.js';
import { openDevice } from '../open-disc.js';
import { checkSectorsReadable, verifyDrive } from '../verify-drive.js';

export interface VerifyOptions {
  /** `--disc`: the disc of a set plan */
  disc?: string;
  /** `--device`, once per drive. */
  device?: string[];
  backend?: BackendChoice;
  /** checked by commander: a whole number from 1 */
  session?: number;
  againstSources?: boolean;
  json?: boolean;
}

export async function verifyCommand(planFile: string, options: VerifyOptions): Promise<void> {
  // an archive outlives its originals: the sources are not checked (--against-sources reports
  // the ones that are gone)
  const set = await loadSet(planFile);
  if (isSetRun(set, options)) {
    if (options.session !== undefined) throw new UserError('--session names a session of one disc: give one --device (and --disc for a plan of several discs)');
    const { verifySetCommand } = await import('./verify-set.js');
    return verifySetCommand(planFile, options.disc === undefined ? set : { ...set, discs: [chooseDisc(set, options.disc)] }, options);
  }
  const plan = chooseDisc(set, options.disc);
  const { device, backend } = await openDevice({ deviceOption: options.device?.[0], backendOption: options.backend, plannedDisc: { ...plan.disc, device: plannedDevice(set, plan) }, check: checkSectorsReadable });
  const report = await verifyDrive(planFile, plan, device, backend, options);
  process.stdout.write(options.json ? verifyJson(report) : renderVerify(report, paletteFor(process.stdout)));
  if (!verifyOk(report)) throw new ExitError(EXIT_ERROR);
}
