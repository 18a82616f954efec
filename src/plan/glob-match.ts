// The glob patterns of a session's `exclude` list. A pattern without "/" matches a file or
// folder name anywhere ("*.tmp"); one with "/" matches a path inside a source ("cache/**").
// Supported: * (within a name), ** (across folders), ?, [abc], [!abc], [a-z], \ to escape.

export interface CompiledGlob {
  pattern: string;
  matchesPath: boolean;
  regex: RegExp;
}

export class GlobSyntaxError extends Error {}

export function compileGlob(pattern: string): CompiledGlob {
  const matchesPath = pattern.includes('/');
  const body = matchesPath ? pattern.replace(/^\/+/, '') : pattern;
  let source = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === '*') {
      if (body[i + 1] === '*') {
        const slashAfter = body[i + 2] === '/';
        source += slashAfter ? '(?:.*/)?' : '.*';
        i += slashAfter ? 2 : 1;
      } else {
        source += '[^/]*';
      }
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '[') {
      const end = body.indexOf(']', i + 2);
      if (end === -1) throw new GlobSyntaxError(`"[" at position ${i + 1} is never closed by "]"`);
      let set = body.slice(i + 1, end);
      const negated = set.startsWith('!') || set.startsWith('^');
      if (negated) set = set.slice(1);
      source += `[${negated ? '^' : ''}${set.replace(/[\\\]^]/g, (c) => `\\${c}`)}]`;
      i = end;
    } else if (char === '\\') {
      const next = body[i + 1];
      if (next === undefined) throw new GlobSyntaxError('ends with a lone "\\"');
      source += escapeRegex(next);
      i++;
    } else {
      source += escapeRegex(char);
    }
  }
  return { pattern, matchesPath, regex: new RegExp(`^${source}$`, 'u') };
}

/** `relativePath` uses "/" and is relative to the source the file was found in. */
export function globMatches(glob: CompiledGlob, relativePath: string): boolean {
  if (glob.matchesPath) return glob.regex.test(relativePath);
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  return glob.regex.test(name);
}

function escapeRegex(char: string): string {
  return /[.*+?^${}()|[\]\\/-]/.test(char) ? `\\${char}` : char;
}
