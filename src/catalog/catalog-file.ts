// The catalog file beside the plan (archive.yaml → archive.catalog.json): read and checked
// against schemas/catalog.schema.json, and changed only through updateCatalog, which writes a
// temporary file and renames it over the old one (a reader never sees half a catalog) and runs
// the changes of one process one after the other (several drives may finish at once).
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { errnoWords } from '../core/errno-words.js';
import { UserError } from '../errors.js';
import { formatCatalog } from './catalog-json.js';
import { CATALOG_FORMAT, emptyCatalog, type Catalog } from './catalog-model.js';
import { validate as generatedValidate } from './catalog-validator.generated.js';


export function catalogPathFor(planFile: string): string {
  const parsed = path.parse(planFile);
  return path.join(parsed.dir, `${parsed.name}.catalog.json`);
}

/** The catalog in `file`; an empty one when there is no such file. */
export async function readCatalog(file: string): Promise<Catalog> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyCatalog();
    throw new UserError(`${file}: cannot read the catalog: ${errnoWords(error)}`);
  }
  return parseCatalog(text, file);
}

/** Throws one line naming the file and the first field that is wrong. */
export function parseCatalog(text: string, file: string): Catalog {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file}: not a burnplan catalog (${(error as Error).message})`);
  }
  if ((parsed as { format?: unknown } | null)?.format !== CATALOG_FORMAT) throw new UserError(`${file}: not a burnplan catalog of this burnplan (its format must be "${CATALOG_FORMAT}")`);
  if (!validateCatalog(parsed)) {
    const [first] = validateCatalog.errors ?? [];
    const where = first?.instancePath ? `at ${first.instancePath}` : 'the document';
    const extra = first?.keyword === 'additionalProperties' ? ` (${String((first.params as { additionalProperty?: string }).additionalProperty)})` : '';
    throw new UserError(`${file}: not a valid burnplan catalog: ${where} ${first?.message ?? 'is not valid'}${extra}`);
  }
  return parsed;
}

const queues = new Map<string, Promise<unknown>>();

/** Reads, changes and writes the catalog, one change at a time per file within this process. */
export function updateCatalog(file: string, change: (catalog: Catalog) => Catalog): Promise<Catalog> {
  const key = path.resolve(file);
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(async () => {
    const changed = change(await readCatalog(file));
    await writeCatalog(file, changed);
    return changed;
  });
  queues.set(key, next);
  return next;
}

async function writeCatalog(file: string, catalog: Catalog): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, formatCatalog(catalog));
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new UserError(`${file}: cannot write the catalog: ${errnoWords(error)}`);
  }
}

/** schemas/catalog.schema.json, precompiled by `npm run gen:schema` (no ajv compile at run time). */
const validateCatalog = generatedValidate as {
  (data: unknown): data is Catalog;
  errors?: ErrorObject[] | null;
};
