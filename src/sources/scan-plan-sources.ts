// Every source of a plan walked once per run: the lint checks these walks, and diff and apply
// take the manifests built from them, instead of walking a large archive a second time.
import { compileGlob, GlobSyntaxError, type CompiledGlob } from '../plan/glob-match.js';
import type { PlannedSession } from '../plan/plan-model.js';
import { manifestOf, type SessionManifest } from './session-manifest.js';
import { SharedWalks, type FileWalk } from './source-walks.js';

export interface PlanScan {
  /** Per session, the walk of each of its files, in the plan's order. */
  walks: FileWalk[][];
  /** Per session, what `scanSession` gives for it. */
  manifests: SessionManifest[];
}

export async function scanPlanSources(sessions: readonly PlannedSession[]): Promise<PlanScan> {
  const shared = new SharedWalks();
  const walks = await Promise.all(sessions.map((session) => walkSession(session, shared)));
  return { walks, manifests: sessions.map((session, i) => manifestOf(session, walks[i]!)) };
}

async function walkSession(session: PlannedSession, shared: SharedWalks): Promise<FileWalk[]> {
  const options = { ...session.options, exclude: validExcludes(session.exclude) };
  const walks: FileWalk[] = [];
  for (const file of session.files) walks.push(await shared.walk(file, options));
  return walks;
}

/** The patterns that compile: the lint refuses the others (so the plan does not load) and
 * still checks the sources with the rest, as it always has. */
function validExcludes(patterns: readonly string[]): CompiledGlob[] {
  return patterns.flatMap((pattern) => {
    try {
      return [compileGlob(pattern)];
    } catch (error) {
      if (error instanceof GlobSyntaxError) return [];
      throw error;
    }
  });
}
