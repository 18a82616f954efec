// Where a planned file lands on the disc. A plain path puts a folder's contents at the root
// (as mkisofs does with a folder argument) and a file at /its-name; `{source, target}` puts the
// folder or file at `target`.
import path from 'node:path';
import type { PlannedFile } from '../plan/plan-model.js';

/** The disc path of the source itself ("/" for a plain folder). */
export function landingPath(file: PlannedFile, rootIsDirectory: boolean): string {
  if (file.grafted) return file.target;
  return rootIsDirectory ? '/' : `/${path.basename(file.source)}`;
}

/** The disc path of something found `relativePath` below the source. */
export function discPathOf(file: PlannedFile, rootIsDirectory: boolean, relativePath: string): string {
  const landing = landingPath(file, rootIsDirectory);
  if (relativePath === '') return landing;
  return landing === '/' ? `/${relativePath}` : `${landing}/${relativePath}`;
}
