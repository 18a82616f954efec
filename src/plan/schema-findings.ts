// Turns ajv's validation errors into findings in plain words, each at the line and column of
// the YAML node it is about.
import type { ErrorObject } from 'ajv';
import type { Finding } from './finding.js';
import { nearestWord } from './nearest-word.js';
import { pathFromPointer, type DataPath, type Locator } from './yaml-locate.js';

export function schemaFindings(errors: readonly ErrorObject[], locate: Locator): Finding[] {
  return withoutMisspeltRequired(selectAnyOfBranches(errors)).flatMap((error) => {
    const path = pathFromPointer(error.instancePath);
    const message = describeError(error, path);
    if (message === undefined) return [];
    const position =
      error.keyword === 'additionalProperties'
        ? locate.key([...path, String(error.params['additionalProperty'])])
        : error.keyword === 'required' || error.data === null || isKeyOfTheOtherForm(error, path)
          ? locate.key(path) // an empty value has no place of its own; its key has
          : locate.value(path);
    return [{ severity: 'error', rule: `schema/${error.keyword}`, message, position }];
  });
}

/** `disc` or `sessions` beside `discs`: the key is what is wrong, not its value. */
function isKeyOfTheOtherForm(error: ErrorObject, path: DataPath): boolean {
  return error.keyword === 'false schema' && path.length === 1;
}

/**
 * A value checked against `anyOf` gets errors from every branch. The branch whose `type`
 * matches the value is the one the user meant, so only its errors are kept; when no branch's
 * type matches, the `anyOf` error alone is reported.
 */
function selectAnyOfBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  if (anyOfPaths.size === 0) return [...errors];
  const within = (error: ErrorObject, path: string): boolean =>
    error.instancePath === path || error.instancePath.startsWith(`${path}/`);
  const isBranchSelector = (error: ErrorObject): boolean =>
    error.keyword === 'type' && anyOfPaths.has(error.instancePath);
  return errors.filter((error) => {
    if (isBranchSelector(error)) return false;
    if (error.keyword !== 'anyOf') return true;
    // keep the anyOf error only when no branch said anything more specific
    return !errors.some((other) => other !== error && other.keyword !== 'anyOf' && !isBranchSelector(other) && within(other, error.instancePath));
  });
}

/** "unknown key lable; did you mean label?" already says that `label` is missing. */
function withoutMisspeltRequired(errors: ErrorObject[]): ErrorObject[] {
  const suggested = new Set(
    errors
      .filter((e) => e.keyword === 'additionalProperties')
      .map((e) => `${e.instancePath}\0${misspelling(e) ?? ''}`),
  );
  return errors.filter(
    (e) => e.keyword !== 'required' || !suggested.has(`${e.instancePath}\0${String(e.params['missingProperty'])}`),
  );
}

function knownKeys(error: ErrorObject): string[] {
  return Object.keys((error.parentSchema?.['properties'] as object | undefined) ?? {}).filter((k) => k !== '$schema');
}

function misspelling(error: ErrorObject): string | undefined {
  return nearestWord(String(error.params['additionalProperty']), knownKeys(error));
}

function describeError(error: ErrorObject, path: DataPath): string | undefined {
  const params = error.params as Record<string, unknown>;
  const name = fieldName(path);
  const got = describeValue(error.data);
  switch (error.keyword) {
    case 'if':
      return undefined; // the branch's own error says what is wrong
    case 'false schema':
      if (path[path.length - 1] === 'files') return `${placeName(path.slice(0, -1))} is imported: it lists no files (remove files, or remove imported: true to burn them as a new session)`;
      // the two forms of a plan: `disc` and `sessions`, or `discs`
      if (path.length === 1 && path[0] === 'disc') return 'disc and discs cannot both be given: a plan is one disc (disc and sessions) or a set of discs (discs, each with its own sessions)';
      if (path.length === 1 && path[0] === 'sessions') return 'sessions cannot be given beside discs: in a set of discs, each disc lists its own sessions';
      return `${name} is not allowed here`;
    case 'required': {
      const missing = String(params['missingProperty']);
      const orSet = path.length === 0 && missing === 'disc' ? ' (or "discs", for a set of discs)' : '';
      return `${placeName(path)} is missing the required key "${missing}"${orSet}`;
    }
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const suggestion = misspelling(error);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : `; known keys: ${knownKeys(error).join(', ')}`;
      return `unknown key "${key}" in ${placeName(path)}${hint}`;
    }
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).map(String);
      const suggestion = typeof error.data === 'string' ? nearestWord(error.data, allowed) : undefined;
      const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
      return `${name} must be one of ${allowed.join(', ')} (got ${got})${hint}`;
    }
    case 'const':
      if (path.length === 1 && path[0] === 'version') {
        return `unsupported plan version ${got}; this burnplan reads version ${String(params['allowedValue'])}`;
      }
      return `${name} must be ${JSON.stringify(params['allowedValue'])} (got ${got})`;
    case 'type':
      if (name === 'recovery') return recoveryForm(got);
      return path.length === 0
        ? `a plan must be a mapping with the keys version, disc and sessions, but this file holds ${got}`
        : `${name} must be ${article(String(params['type']))} (got ${got})`;
    case 'minimum':
      return `${name} must be at least ${String(params['limit'])} (got ${got})`;
    case 'maximum':
      return `${name} must be at most ${String(params['limit'])} (got ${got})`;
    case 'minItems':
      return `${name} must not be empty: list at least one ${name === 'files' ? 'file or folder' : 'entry'}`;
    case 'minLength':
      return `${name} must not be empty`;
    case 'maxLength':
      return `${name} must be at most ${String(params['limit'])} characters (got ${String((error.data as string).length)})`;
    case 'pattern':
      if (name === 'target') return `target must be an absolute path on the disc, starting with "/" (got ${got})`;
      if (name === 'recovery') return recoveryForm(got);
      return `${name} does not have the expected form (got ${got})`;
    case 'anyOf':
      return `${name} must be a path (a string) or a mapping with source and target (got ${got})`;
    default:
      return `${name} ${error.message ?? 'is invalid'}`;
  }
}

function recoveryForm(got: string): string {
  return `recovery must be off or a whole percent from 1% to 100%, such as 10% (got ${got})`;
}

/** The key the value belongs to, or "entry N of <list>" for list items. */
function fieldName(path: DataPath): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the plan';
  return typeof last === 'number' ? placeName(path) : last;
}

/** Where a key lives, in the words a plan's author uses: "disc", "session 2", "defaults". */
export function placeName(path: DataPath): string {
  if (path.length === 0) return 'the plan';
  const [first, second, ...rest] = path;
  if (first === 'discs' && typeof second === 'number') {
    const disc = `disc ${second + 1}`;
    if (rest.length === 0) return disc;
    // "session 2 of disc 1", "entry 1 of files in session 2 of disc 1", "disc 1.speed"
    return rest[0] === 'sessions' ? `${placeName(rest)} of ${disc}` : `${disc}.${rest.map(String).join('.')}`;
  }
  return placeOfOneDisc(path);
}

function placeOfOneDisc(path: DataPath): string {
  const [first, second, third, fourth] = path;
  if (first === 'sessions' && typeof second === 'number') {
    if ((third === 'files' || third === 'exclude') && typeof fourth === 'number') return `entry ${fourth + 1} of ${third} in session ${second + 1}`;
    return `session ${second + 1}`;
  }
  return path.map(String).join('.');
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'binary data (!!binary)';
  if (value instanceof Date) return 'a date (write it in quotes to keep it text)';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

function article(type: string): string {
  switch (type) {
    case 'integer':
      return 'a whole number';
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'boolean':
      return 'true or false';
    default:
      return `a ${type}`;
  }
}
