// Reads a file written by `burnplan diff --out` back, checked against
// schemas/saved-diff.schema.json (its validator precompiled by `npm run gen:schema`).
import type { ErrorObject } from 'ajv';
import { SAVED_DIFF_FORMAT, type SavedDiff } from '../diff/saved-diff.js';
import { UserError } from '../errors.js';
import { validate as generatedValidate } from './saved-diff-validator.generated.js';

/** schemas/saved-diff.schema.json, precompiled by `npm run gen:schema` (no ajv compile at run time). */
const validateSavedDiff = generatedValidate as {
  (data: unknown): data is SavedDiff;
  errors?: ErrorObject[] | null;
};

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
  if (!validateSavedDiff(parsed)) {
    const [first] = validateSavedDiff.errors ?? [];
    throw new UserError(`${file}: not a saved diff (${first ? `${first.instancePath || 'the document'} ${first.message ?? 'is not valid'}` : 'it is not valid'})`);
  }
  return parsed;
}
