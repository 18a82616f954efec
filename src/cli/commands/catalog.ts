// `burnplan catalog rebuild PLAN --device D [--device D2 …] [--force]`: writes the catalog beside
// the plan again, from the discs (see catalog/rebuild-catalog.ts). Read-only on the discs.
import { access, rm } from 'node:fs/promises';
import { catalogPathFor, updateCatalog } from '../../catalog/catalog-file.js';
import { knownCopies } from '../../catalog/catalog-model.js';
import { rebuildCatalog, type DiscRead } from '../../catalog/rebuild-catalog.js';
import { checkDevice } from '../../disc/device.js';
import { UserError } from '../../errors.js';
import { checkPlanFile, PlanInvalidError } from '../../plan/check-plan.js';
import type { BackendChoice } from '../../plan/plan-model.js';
import { printable } from '../../render/printable.js';
import { openDevice } from '../open-disc.js';

export interface CatalogRebuildOptions {
  device?: string[];
  backend?: BackendChoice;
  force?: boolean;
}

export async function catalogRebuildCommand(planFile: string, options: CatalogRebuildOptions): Promise<void> {
  const devices = options.device ?? [];
  if (devices.length === 0) throw new UserError('catalog rebuild reads the discs: give at least one --device');
  const file = catalogPathFor(planFile);
  const exists = await access(file).then(() => true, () => false);
  if (exists && !options.force) throw new UserError(`${file} exists already: rebuilding would replace it (give --force to do so)`);
  const check = await checkPlanFile(planFile, { sources: false });
  if (!check.set) throw new PlanInvalidError(check);
  const order = check.set.discs.map((d) => d.disc.id);
  const discs: DiscRead[] = [];
  for (const device of devices) discs.push(await openDevice({ deviceOption: device, backendOption: options.backend, plannedDisc: check.set.discs[0]!.disc, check: checkDevice }));
  const { catalog, read } = await rebuildCatalog(discs, order, process.env);
  for (const r of read) if (r.warning) process.stderr.write(`warning: ${printable(r.warning)}\n`);
  // --force replaces the old file even when it cannot be read any more
  if (exists) await rm(file, { force: true });
  await updateCatalog(file, () => catalog);
  const lines = knownCopies(catalog).map((k) => `  disc ${printable(k.discId)}, copy ${k.copy}: session${k.sessions.length === 1 ? '' : 's'} ${k.sessions.map((s) => s.number).join(', ')}`);
  const sessions = read.reduce((n, r) => n + r.records.length, 0);
  process.stdout.write(`${file}: ${plural(sessions, 'session')} read from ${plural(devices.length, 'disc')}\n${lines.join('\n')}\n`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
