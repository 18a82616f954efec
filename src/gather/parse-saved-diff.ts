// Reads a file written by `burnplan diff --out` back, checked against
// schemas/saved-diff.schema.json (the schema is read from the package, so this is not in the pure diff).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { SAVED_DIFF_FORMAT, type SavedDiff } from '../diff/saved-diff.js';
import { UserError } from '../errors.js';

/** src/gather/ and dist/gather/ are both two levels below the package root. */
const SAVED_DIFF_SCHEMA_URL = new URL('../../schemas/saved-diff.schema.json', import.meta.url);

let compiledValidator: ValidateFunction<SavedDiff> | undefined;

/**
 * A file written by `burnplan diff --out`, checked against schemas/saved-diff.schema.json.
 * Throws a UserError of one line: "FILE: not a saved diff (REASON)".
 */
export function parseSavedDiff(text: string, file: string): SavedDiff {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file}: not a saved diff (${(error as Error).message})`);
  }
  if ((parsed as Partial<SavedDiff> | null)?.format !== SAVED_DIFF_FORMAT) {
    throw new UserError(`${file}: not a saved diff of this burnplan (format "${SAVED_DIFF_FORMAT}")`);
  }
  const validate = savedDiffValidator();
  if (!validate(parsed)) {
    const [first] = validate.errors ?? [];
    throw new UserError(`${file}: not a saved diff (${first ? `${first.instancePath || 'the document'} ${first.message ?? 'is not valid'}` : 'it is not valid'})`);
  }
  return parsed;
}

/** Compiled on first use: ajv is loaded only by a command that reads a saved diff, so --help stays fast. */
function savedDiffValidator(): ValidateFunction<SavedDiff> {
  if (compiledValidator) return compiledValidator;
  const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
  const schema = JSON.parse(readFileSync(SAVED_DIFF_SCHEMA_URL, 'utf8')) as Record<string, unknown>;
  compiledValidator = new Ajv({ strict: true }).compile<SavedDiff>(schema);
  return compiledValidator;
}
