// `burnplan import [--device D] [--backend B] [--id ID] [--out plan.yaml] [--force]`: writes a
// plan from the disc as it is. Read-only on the disc; the plan is checked before it is written.
import { errnoWords, OUTPUT_FILE_WORDS } from '../../core/errno-words.js';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isVirtual } from '../../disc/device-names.js';
import { checkDevice } from '../../disc/device.js';
import { InternalError, UserError } from '../../errors.js';
import { importedPlan } from '../../import/imported-plan.js';
import { checkPlanText } from '../../plan/check-plan.js';
import { PLAN_SCHEMA_URL } from '../../plan/plan-schema.js';
import type { BackendChoice } from '../../plan/plan-model.js';
import { printable } from '../../render/printable.js';
import { openDevice } from '../open-disc.js';

export interface ImportOptions {
  device?: string;
  backend?: BackendChoice;
  id?: string;
  out?: string;
  force?: boolean;
}

const SCHEMA_FILE = fileURLToPath(PLAN_SCHEMA_URL);

export async function importCommand(options: ImportOptions): Promise<void> {
  const { device, backend } = await openDevice({ deviceOption: options.device, backendOption: options.backend, plannedDisc: undefined, check: checkImportable });
  const backendChoice = options.backend;
  if (options.out && existsSync(options.out) && !options.force) throw new UserError(`${options.out} exists already: choose another --out, or add --force to replace it`);
  const planDir = path.resolve(options.out ? path.dirname(options.out) : '.');
  const disc = await backend.readDisc(device);
  const { text, discId, discIdFrom } = importedPlan(disc, {
    // a plan on stdout has no folder yet: its virtual disc is named absolutely
    device: options.out ? relativeDevice(device, planDir) : device,
    ...(backendChoice && backendChoice !== 'auto' ? { backend: backendChoice } : {}),
    ...(options.id ? { discId: options.id } : {}),
    ...(options.out ? { schemaPath: path.relative(planDir, SCHEMA_FILE) } : {}),
  });
  // what import writes must validate: a plan it cannot read back would be a bug
  const planFile = options.out ?? 'imported-plan.yaml';
  const errors = (await checkPlanText(text, path.resolve(planFile))).findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw new InternalError(`the imported plan does not validate: ${errors.map((e) => e.message).join('; ')}`);
  if (!options.out) {
    process.stdout.write(text);
    return;
  }
  await writeFile(options.out, text).catch((error: unknown) => {
    throw new UserError(`cannot write ${options.out}: ${errnoWords(error, OUTPUT_FILE_WORDS)}`);
  });
  const idNote = discIdFrom === 'label' ? `; disc id "${printable(discId)}" made from the first label and the sessions' layout (none of its own was recorded)` : `; disc id "${printable(discId)}"`;
  process.stdout.write(`Wrote ${options.out}: ${disc.sessions.length} session${disc.sessions.length === 1 ? '' : 's'} imported from ${printable(device)}${idNote}.\nNext: add sessions to it, then run burnplan diff ${options.out}\n`);
}

/** A virtual disc to import must be there: reading a missing one would only say it is blank. */
function checkImportable(device: string): void {
  checkDevice(device);
  if (isVirtual(device) && !existsSync(device.slice('stdio:'.length))) throw new UserError(`${device}: no such file: there is no virtual disc to import`);
}

/** A virtual disc is named relative to the plan's folder, as plans resolve it. */
function relativeDevice(device: string, planDir: string): string {
  if (!isVirtual(device)) return device;
  const relative = path.relative(planDir, device.slice('stdio:'.length));
  return `stdio:${relative.startsWith('..') || path.isAbsolute(relative) ? relative : `./${relative}`}`;
}
