// `burnplan locate PATTERN [--plan PLAN | --catalog FILE] [--json]`: which discs, sessions and
// copies hold the files the pattern names, from the catalog alone (no disc is read). Exit 0 when
// something matched, 1 when nothing did (as grep).
import { readdir } from 'node:fs/promises';
import { catalogPathFor, readCatalog } from '../../catalog/catalog-file.js';
import { locate } from '../../catalog/catalog-match.js';
import { UserError } from '../../errors.js';
import { GlobSyntaxError } from '../../plan/glob-match.js';
import { locateJson, renderLocate } from '../../render/locate-result.js';

export interface LocateOptions {
  plan?: string;
  catalog?: string;
  json?: boolean;
}

export async function locateCommand(pattern: string, options: LocateOptions): Promise<void> {
  if (options.plan !== undefined && options.catalog !== undefined) throw new UserError('give --plan or --catalog, not both');
  const file = options.catalog ?? (options.plan !== undefined ? catalogPathFor(options.plan) : await onlyCatalogHere());
  const catalog = await readCatalog(file);
  const kept = options.plan === undefined ? undefined : await copiesKept(options.plan);
  let found;
  try {
    found = locate(catalog, pattern, kept);
  } catch (error) {
    if (error instanceof GlobSyntaxError) throw new UserError(`pattern "${pattern}": ${error.message}`);
    throw error;
  }
  if (found.length === 0) throw new UserError(`${file}: no file matches "${pattern}"`);
  process.stdout.write(options.json ? locateJson(file, pattern, found) : renderLocate(found));
}

async function onlyCatalogHere(): Promise<string> {
  const names = (await readdir('.')).filter((n) => n.endsWith('.catalog.json')).sort();
  if (names.length === 1) return names[0]!;
  if (names.length === 0) throw new UserError('no catalog (*.catalog.json) in this folder: give --plan PLAN or --catalog FILE');
  throw new UserError(`several catalogs in this folder (${names.join(', ')}): give --plan PLAN or --catalog FILE`);
}

/** Disc id → the copies the plan keeps of it. */
async function copiesKept(planFile: string): Promise<Map<string, number>> {
  const { checkPlanFile, PlanInvalidError } = await import('../../plan/check-plan.js');
  const check = await checkPlanFile(planFile, { sources: false });
  if (!check.set) throw new PlanInvalidError(check);
  return new Map(check.set.discs.map((d) => [d.disc.id, d.copies]));
}
