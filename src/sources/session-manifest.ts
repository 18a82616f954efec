// What a planned session will put on the disc, found by walking its sources: every entry
// with its disc path, size and modification time (for the fingerprint), and the paths left out
// by the hidden-files policy and the exclude patterns (handed to the tools as explicit
// exclusions, so that xorriso and mkisofs leave out exactly the same files).
import { compileGlob } from '../plan/glob-match.js';
import type { PlannedSession } from '../plan/plan-model.js';
import { discPathOf, landingPath } from './disc-paths.js';
import { walkPlannedFile, type FileWalk } from './source-walks.js';

export interface ManifestEntry {
  discPath: string;
  /** Where it is read from on this computer. */
  sourcePath: string;
  kind: 'file' | 'directory' | 'symlink' | 'other';
  size: number;
  mtimeMs: number;
}

export interface SessionManifest {
  entries: ManifestEntry[];
  /** Absolute paths on this computer, top-most only (their contents are not listed). */
  excluded: string[];
  /** Where each of the session's files lands on the disc, in the plan's order. */
  landings: string[];
  /** Each file's source with symbolic links resolved: what the tools are given, so that they
   * read what was walked (genisoimage would otherwise burn a linked source as the link itself). */
  sources: string[];
  /** Sources or entries that could not be read, in plain words. */
  problems: string[];
  /** Planned sources that do not exist (an archive's originals go once they are burned). */
  missingSources: string[];
}

/** Walks the session's sources now: apply calls it again right before a burn, to see what changed. */
export async function scanSession(session: PlannedSession): Promise<SessionManifest> {
  const exclude = session.exclude.map(compileGlob);
  const walks: FileWalk[] = [];
  for (const file of session.files) walks.push(await walkPlannedFile(file, { ...session.options, exclude }));
  return manifestOf(session, walks);
}

/** The manifest of a session from the walks of its files (one per file, in the plan's order). */
export function manifestOf(session: PlannedSession, walks: readonly FileWalk[]): SessionManifest {
  const manifest: SessionManifest = { entries: [], excluded: [], landings: [], sources: [], problems: [], missingSources: [] };
  session.files.forEach((file, j) => {
    const walk = walks[j]!;
    let rootIsDirectory = false;
    manifest.sources.push(walk.source);
    for (const entry of walk.entries) {
      if (entry.kind === 'error') {
        if (entry.relativePath === '' && entry.reason === 'does not exist') manifest.missingSources.push(file.source);
        else manifest.problems.push(`${entry.absolutePath}: ${entry.reason}`);
        continue;
      }
      if (entry.kind === 'excluded') {
        manifest.excluded.push(entry.absolutePath);
        continue;
      }
      if (entry.relativePath === '') rootIsDirectory = entry.kind === 'directory';
      manifest.entries.push({ discPath: discPathOf(file, rootIsDirectory, entry.relativePath), sourcePath: entry.absolutePath, kind: entry.kind, size: entry.size, mtimeMs: entry.mtimeMs });
    }
    manifest.landings.push(landingPath(file, rootIsDirectory));
  });
  return manifest;
}
