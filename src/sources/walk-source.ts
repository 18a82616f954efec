// Walks one planned source (a file or a folder tree) the way a session will see it: hidden
// files and exclude patterns applied, symbolic links followed or kept as the plan says.
// Yields entries in a stable order (names sorted) so that anything computed from the walk is
// the same on every machine.
import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { globMatches, type CompiledGlob } from '../plan/glob-match.js';
import { errnoWords } from '../core/errno-words.js';
import { nextTurn, sliceEnded } from '../core/time-slice.js';

export interface WalkOptions {
  followSymlinks: boolean;
  hiddenFiles: 'include' | 'exclude';
  exclude: readonly CompiledGlob[];
}

export type SourceEntry =
  | {
      kind: 'file' | 'directory' | 'symlink' | 'other';
      /** Absolute path on this computer. */
      absolutePath: string;
      /** Path below the source, with "/"; "" for the source itself. */
      relativePath: string;
      name: string;
      size: number;
      mtimeMs: number;
    }
  | {
      /** Left out by the hidden-files policy or an exclude pattern; not descended into. */
      kind: 'excluded';
      absolutePath: string;
      relativePath: string;
      name: string;
    }
  | {
      kind: 'error';
      absolutePath: string;
      relativePath: string;
      name: string;
      /** e.g. "permission denied" */
      reason: string;
    };

export async function* walkSource(source: string, options: WalkOptions): AsyncGenerator<SourceEntry> {
  const visited = new Set<string>();
  yield* walkEntry(source, '', path.basename(source), options, visited, true);
}

async function* walkEntry(
  absolutePath: string,
  relativePath: string,
  name: string,
  options: WalkOptions,
  visited: Set<string>,
  isRoot: boolean,
): AsyncGenerator<SourceEntry> {
  if (sliceEnded()) await nextTurn();
  let info;
  try {
    // the source itself is always followed, as mkisofs and xorriso do with their arguments
    info = statOf(absolutePath, isRoot || options.followSymlinks);
  } catch (error) {
    yield { kind: 'error', absolutePath, relativePath, name, reason: errnoWords(error) };
    return;
  }
  const base = { absolutePath, relativePath, name, size: info.size, mtimeMs: info.mtimeMs };
  if (info.isSymbolicLink()) {
    yield { kind: 'symlink', ...base };
    return;
  }
  if (!info.isDirectory()) {
    yield { kind: info.isFile() ? 'file' : 'other', ...base };
    return;
  }
  const identity = `${info.dev}:${info.ino}`;
  if (visited.has(identity)) {
    yield { kind: 'error', absolutePath, relativePath, name, reason: 'symbolic link loop (this folder contains itself)' };
    return;
  }
  visited.add(identity);
  yield { kind: 'directory', ...base };
  let names: string[];
  const unnamed: Buffer[] = [];
  try {
    // names as bytes: one that is not UTF-8 would read back as another name, and not be found
    names = [];
    for (const bytes of namesOf(absolutePath)) {
      const text = bytes.toString('utf8');
      if (Buffer.from(text, 'utf8').equals(bytes)) names.push(text);
      else unnamed.push(bytes);
    }
  } catch (error) {
    yield { kind: 'error', absolutePath, relativePath, name, reason: errnoWords(error) };
    visited.delete(identity);
    return;
  }
  for (const bytes of unnamed) {
    const shown = bytes.toString('latin1');
    yield { kind: 'error', absolutePath: path.join(absolutePath, shown), relativePath: relativePath === '' ? shown : `${relativePath}/${shown}`, name: shown, reason: notUtf8(bytes) };
  }
  names.sort();
  const children = names.map((childName) => {
    const childRelative = relativePath === '' ? childName : `${relativePath}/${childName}`;
    const hidden = options.hiddenFiles === 'exclude' && childName.startsWith('.');
    const excluded = hidden || options.exclude.some((glob) => globMatches(glob, childRelative));
    return { childName, childRelative, childPath: path.join(absolutePath, childName), excluded };
  });
  for (const { childName, childRelative, childPath, excluded } of children) {
    if (excluded) {
      yield { kind: 'excluded', absolutePath: childPath, relativePath: childRelative, name: childName };
      continue;
    }
    yield* walkEntry(childPath, childRelative, childName, options, visited, false);
  }
  visited.delete(identity);
}

// synchronous calls, in slices (see time-slice.ts): a tree of 100,000 files is 100,000 stats,
// and each through the thread pool cost several times the CPU of the call itself
function statOf(file: string, follow: boolean): Stats {
  return (follow ? statSync : lstatSync)(file);
}

/** A folder's names as bytes, in one call. */
function namesOf(folder: string): Buffer[] {
  return readdirSync(folder, { encoding: 'buffer' });
}

/** The reason given for a name that is not UTF-8: the tools burn names as UTF-8 (and Joliet). */
function notUtf8(bytes: Buffer): string {
  return `its name is not UTF-8 (bytes ${bytes.toString('hex').replace(/(..)(?!$)/g, '$1 ')}; shown as Latin-1): rename it to UTF-8 (convmv -f latin1 -t utf-8 --notest), or exclude it`;
}
