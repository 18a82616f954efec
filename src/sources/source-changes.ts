// What changed in a session's sources between two scans: a file added, gone, grown, shrunk or
// touched. Pure. Apply compares the scan that was measured with one made right before the burn:
// a change means the measured size, the fingerprint and the checksums no longer hold.
import type { SessionManifest } from './session-manifest.js';

const SHOWN = 3;

/** The changes in plain words (empty when none), at most a few named, then a count. */
export function sourceChanges(measured: SessionManifest, now: SessionManifest): string[] {
  const before = new Map(measured.entries.map((e) => [e.sourcePath, e]));
  const after = new Map(now.entries.map((e) => [e.sourcePath, e]));
  const changes: string[] = [];
  for (const [path, entry] of after) {
    const old = before.get(path);
    if (!old) changes.push(`${path} was added`);
    else if (old.kind !== entry.kind) changes.push(`${path} is now a ${entry.kind === 'directory' ? 'folder' : entry.kind}`);
    else if (entry.kind === 'file' && old.size !== entry.size) changes.push(`${path} ${entry.size > old.size ? 'grew' : 'shrank'} from ${old.size} to ${entry.size} bytes`);
    else if (entry.kind !== 'directory' && old.mtimeMs !== entry.mtimeMs) changes.push(`${path} was modified`);
  }
  for (const path of before.keys()) if (!after.has(path)) changes.push(`${path} is gone`);
  const excludedBefore = new Set(measured.excluded);
  for (const path of now.excluded) if (!excludedBefore.has(path)) changes.push(`${path} is now left out`);
  changes.push(...now.problems.filter((p) => !measured.problems.includes(p)).map((p) => `${p}`));
  return changes;
}

export function describeChanges(changes: readonly string[]): string {
  const named = changes.slice(0, SHOWN).join('; ');
  return changes.length > SHOWN ? `${named} (and ${changes.length - SHOWN} more)` : named;
}
