// A session's fingerprint: a short hash of what it puts on the disc. Computed from the plan's
// settings and the sources' disc paths, kinds, sizes and modification times (seconds), never
// their content, so it is cheap on large archives. It leaves out everything that differs
// between machines or checkouts of the plan (absolute paths, inode numbers, owners, the plan
// file's place), and changes when a file is added, removed, resized or modified. Copying the
// sources without keeping their times (cp without -p) therefore shows as drift.
import { createHash } from 'node:crypto';
import type { SessionOptions } from '../plan/plan-model.js';
import type { ManifestEntry } from '../sources/session-manifest.js';

export const FINGERPRINT_HEX_DIGITS = 20;

export function fingerprintSession(options: SessionOptions, entries: readonly ManifestEntry[]): string {
  const hash = createHash('sha256');
  hash.update('burnplan-fingerprint/1\n');
  hash.update(
    JSON.stringify([options.joliet, options.rockRidge, options.isoLevel, options.followSymlinks, options.hiddenFiles, options.publisher ?? '', options.preparer ?? '']),
  );
  const lines = entries.map((entry) =>
    entry.kind === 'directory' ? `d\t${entry.discPath}` : `${entry.kind[0]}\t${entry.discPath}\t${entry.size}\t${Math.floor(entry.mtimeMs / 1000)}`,
  );
  lines.sort();
  for (const line of lines) hash.update(`\n${line}`);
  return hash.digest('hex').slice(0, FINGERPRINT_HEX_DIGITS).toUpperCase();
}
