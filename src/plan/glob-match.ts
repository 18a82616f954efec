// The glob patterns of a session's `exclude` list. A pattern without "/" matches a file or
// folder name anywhere ("*.tmp"); one with "/" matches a path inside a source ("cache/**").
// Supported: * (within a name), ** (across folders), ?, [abc], [!abc], [a-z], \ to escape.
// Every other character means itself. picomatch builds the regular expression; our patterns are
// first rewritten into its syntax, since it gives a meaning to more characters than we do.

import { createRequire } from 'node:module';
import type picomatchType from 'picomatch';

export interface CompiledGlob {
  pattern: string;
  matchesPath: boolean;
  regex: RegExp;
}

export class GlobSyntaxError extends Error {}

const PICOMATCH_OPTIONS: picomatchType.PicomatchOptions = {
  // "*" matches names that start with a dot: hiddenFiles decides about those.
  dot: true,
  nobrace: true,
  noextglob: true,
  nonegate: true,
  // No [[:alpha:]] classes: "[[:a]" is the set "[:a" as before.
  posix: false,
  // "[ab]" is a set, never also the literal text "[ab]".
  literalBrackets: false,
  // "cache/**" matches what is inside cache, not the folder cache itself.
  strictSlashes: true,
  fastpaths: false,
  windows: false,
  // "?" matches one character, not half of an emoji.
  flags: 'u',
  // Throw on a regular expression that does not compile, rather than match nothing.
  debug: true,
};

export function compileGlob(pattern: string): CompiledGlob {
  const matchesPath = pattern.includes('/');
  const body = matchesPath ? pattern.replace(/^\/+/, '') : pattern;
  const rewritten = toPicomatchSyntax(body);
  let regex: RegExp;
  try {
    regex = rewritten === '' ? /^$/u : picomatch().makeRe(rewritten, PICOMATCH_OPTIONS);
  } catch (error) {
    throw new GlobSyntaxError(`it cannot be read as a glob (${(error as Error).message})`);
  }
  return { pattern, matchesPath, regex };
}

/** `relativePath` uses "/" and is relative to the source the file was found in. */
export function globMatches(glob: CompiledGlob, relativePath: string): boolean {
  if (glob.matchesPath) return glob.regex.test(relativePath);
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  return glob.regex.test(name);
}

function toPicomatchSyntax(body: string): string {
  let rewritten = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === '*' || char === '?' || char === '/') {
      rewritten += char;
    } else if (char === '[') {
      // As in shells, a "]" right after "[" or "[!" is a member of the set, not its end.
      const end = body.indexOf(']', i + 2);
      if (end === -1) throw new GlobSyntaxError(`"[" at position ${i + 1} is never closed by "]"`);
      rewritten += setInPicomatchSyntax(body.slice(i + 1, end), i + 2);
      i = end;
    } else if (char === '\\') {
      const next = body[i + 1];
      if (next === undefined) throw new GlobSyntaxError('ends with a lone "\\"');
      rewritten += next === '/' ? '/' : literal(next);
      i++;
    } else {
      rewritten += literal(char);
    }
  }
  return rewritten;
}

/**
 * A character picomatch takes as itself. A backslash escape is used only where the regular
 * expression it lands in (with flag u) allows one; a dot and a double quote go in a set, since
 * picomatch drops a "./" in front and reads "..." as a quoted string.
 */
function literal(char: string): string {
  if (char === '\\') return BACKSLASH;
  if (char === '.' || char === '"') return `[${char}]`;
  if ('^$+()[]{}|*?'.includes(char)) return `\\${char}`;
  return char;
}

// picomatch 4.0.7 never returns from a pattern with four backslashes in a row, so
// a backslash is written as its code, which no other backslash can stand next to.
const BACKSLASH = '\\x5c';

function setInPicomatchSyntax(set: string, position: number): string {
  const negated = set.startsWith('!') || set.startsWith('^');
  const members = Array.from(negated ? set.slice(1) : set);
  // "[!]" is every character but none: it has always matched any one character.
  if (negated && members.length === 0) return '?';
  checkRanges(members, position + (negated ? 1 : 0));
  // A backslash in a set means itself; picomatch would read it as an escape.
  const body = members.map((member) => (member === '\\' ? BACKSLASH : member)).join('');
  return `[${negated ? '^' : ''}${body}]`;
}

function checkRanges(members: string[], position: number): void {
  for (let k = 1; k + 1 < members.length; k++) {
    if (members[k] !== '-') continue;
    const from = members[k - 1]!;
    const to = members[k + 1]!;
    if (from.codePointAt(0)! > to.codePointAt(0)!) {
      throw new GlobSyntaxError(`the range "${from}-${to}" at position ${position + k - 1} runs backwards`);
    }
    k += 2;
  }
}

let loaded: typeof picomatchType | undefined;

/** Loaded on the first pattern: most plans have none, and every command would pay for it at start-up. */
function picomatch(): typeof picomatchType {
  loaded ??= createRequire(import.meta.url)('picomatch') as typeof picomatchType;
  return loaded;
}
