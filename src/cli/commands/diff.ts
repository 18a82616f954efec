// `burnplan diff PLAN`: compare the plan with the disc and preview what apply would do.
// Read-only: only read commands run, and nothing is written to the device.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkWritableDevice } from '../../disc/device.js';
import { hasChanges } from '../../diff/diff-model.js';
import { unexpectedChanges } from '../../diff/unexpected-changes.js';
import { prepareDiff } from '../../gather/prepare-diff.js';
import { discState, SAVED_DIFF_FORMAT, savedDiffJson } from '../../diff/saved-diff.js';
import { EXIT_CHANGES, EXIT_ERROR, EXIT_OK, ExitError, UserError } from '../../errors.js';
import { loadSetAndScan } from '../../plan/check-plan.js';
import { chooseCopy, chooseDisc } from '../../plan/choose-disc.js';
import type { BackendChoice } from '../../plan/plan-model.js';
import { paletteFor } from '../../render/colors.js';
import { diffJson } from '../../render/diff-json.js';
import { renderDiff } from '../../render/diff-text.js';
import { openDevice } from '../open-disc.js';
import { isSetRun, plannedDevice, setForRun } from '../set-run.js';

export interface DiffOptions {
  /** `--copy`: the copy of that disc */
  copy?: number;
  /** `--disc`: the disc of a set plan */
  disc?: string;
  /** `--device`, once per drive. */
  device?: string[];
  backend?: BackendChoice;
  json?: boolean;
  showCommands?: boolean;
  detailedExitcode?: boolean;
  expectNoChanges?: boolean;
  out?: string;
}

export async function diffCommand(planFile: string, options: DiffOptions): Promise<void> {
  const loaded = await loadSetAndScan(planFile);
  if (isSetRun(loaded.set, options)) {
    if (options.out) throw new UserError('--out saves the diff of one drive: give one --device (and --disc for a plan of several discs)');
    const { diffSetCommand } = await import('./diff-set.js');
    return diffSetCommand(planFile, setForRun(loaded.set, loaded.scans, options), options);
  }
  const chosen = chooseDisc(loaded.set, options.disc);
  const plan = chooseCopy(chosen, options.copy);
  const scan = loaded.scans[loaded.set.discs.indexOf(chosen)]!;
  const { device, backend } = await openDevice({ deviceOption: options.device?.[0], backendOption: options.backend, plannedDisc: { ...plan.disc, device: plannedDevice(loaded.set, plan) }, check: checkWritableDevice });
  const disc = await backend.readDisc(device);
  // the checksum files it wrote stay, with placeholders, so that the printed commands run as
  // shown; apply writes the real checksums into them before it burns
  const { result, fingerprints } = await prepareDiff(plan, disc, backend, { dummy: false, manifests: scan.manifests });
  if (options.out) {
    // the plan is named relative to the saved file, which may be applied from anywhere
    const plan = path.relative(path.dirname(path.resolve(options.out)), path.resolve(planFile));
    await writeFile(options.out, savedDiffJson({ format: SAVED_DIFF_FORMAT, plan, plannedFingerprints: fingerprints, discState: discState(disc), result }));
  }
  process.stdout.write(
    options.json ? diffJson(result, planFile, fingerprints) : renderDiff(result, { showCommands: Boolean(options.showCommands), palette: paletteFor(process.stdout) }),
  );
  if (result.conflicts.length > 0) throw new ExitError(EXIT_ERROR);
  if (options.expectNoChanges) {
    const unexpected = unexpectedChanges(result);
    if (unexpected) throw new UserError(`${planFile}: ${unexpected} (--expect-no-changes)`);
  }
  process.exitCode = options.detailedExitcode && hasChanges(result) ? EXIT_CHANGES : EXIT_OK;
}
