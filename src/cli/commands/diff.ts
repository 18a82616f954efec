// `burnplan diff PLAN`: compare the plan with the disc and preview what apply would do.
// Read-only: only read commands run, and nothing is written to the device.
import { writeFile } from 'node:fs/promises';
import { chooseBackendName, loadBackend } from '../../backends/backend.js';
import { checkWritableDevice, chooseDevice } from '../../disc/device.js';
import { hasChanges } from '../../diff/diff-model.js';
import { prepareDiff } from '../../diff/prepare-diff.js';
import { discState, SAVED_DIFF_FORMAT, savedDiffJson } from '../../diff/saved-diff.js';
import { EXIT_CHANGES, EXIT_ERROR, EXIT_OK, ExitError } from '../../errors.js';
import { loadPlan } from '../../plan/check-plan.js';
import { paletteFor } from '../../render/colors.js';
import { diffJson } from '../../render/diff-json.js';
import { renderDiff } from '../../render/diff-text.js';
import { parseBackendOption } from './status.js';

export interface DiffOptions {
  device?: string;
  backend?: string;
  json?: boolean;
  showCommands?: boolean;
  detailedExitcode?: boolean;
  out?: string;
}

export async function diffCommand(planFile: string, options: DiffOptions): Promise<void> {
  const plan = await loadPlan(planFile);
  const { device } = chooseDevice(options.device, plan.disc.device);
  checkWritableDevice(device);
  const backend = await loadBackend(chooseBackendName(parseBackendOption(options.backend) ?? plan.disc.backend, device));
  const disc = await backend.readDisc(device);
  // the checksum files it wrote stay, with placeholders, so that the printed commands run as
  // shown; apply writes the real checksums into them before it burns
  const { result, fingerprints } = await prepareDiff(plan, disc, backend, { dummy: false });
  if (options.out) {
    await writeFile(options.out, savedDiffJson({ format: SAVED_DIFF_FORMAT, plan: planFile, plannedFingerprints: fingerprints, discState: discState(disc), result }));
  }
  process.stdout.write(
    options.json ? diffJson(result, planFile, fingerprints) : renderDiff(result, { showCommands: Boolean(options.showCommands), palette: paletteFor(process.stdout) }),
  );
  if (result.conflicts.length > 0) throw new ExitError(EXIT_ERROR);
  process.exitCode = options.detailedExitcode && hasChanges(result) ? EXIT_CHANGES : EXIT_OK;
}
