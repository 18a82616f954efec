// Where recover writes a file of the disc, and the names par2 stores for it. Pure. A disc is
// read as it comes, hostile or not: a name that would lead out of the folder is refused, never
// followed.
import path from 'node:path';

/** The relative path below the output folder for a disc path ("/photos/a.jpg" → "photos/a.jpg"), or why it has none. */
export function relativeOutputPath(discPath: string): { relative: string } | { problem: string } {
  if (discPath.includes('\0')) return { problem: 'it holds a NUL character' };
  const trimmed = discPath.startsWith('/') ? discPath.slice(1) : discPath;
  const parts = trimmed.split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..')) return { problem: 'it leads out of the folder (an empty, "." or ".." part)' };
  return { relative: parts.join(path.sep) };
}

/** par2's stored name of a file ("./x", "photos/a.jpg") as the disc path it protects ("/x", "/photos/a.jpg"). */
export function discPathOfPar2Name(name: string): string {
  return `/${name.startsWith('./') ? name.slice(2) : name}`;
}

/** The PAR2 files of session `number` in /.burnplan/: the index and its vol files, as apply names them. */
export function isSessionPar2Path(discPath: string, number: number): boolean {
  const base = `session-${String(number).padStart(2, '0')}`;
  return new RegExp(`^/\\.burnplan/${base}(\\.vol\\d+\\+\\d+)?\\.par2$`).test(discPath);
}

export function par2IndexName(number: number): string {
  return `session-${String(number).padStart(2, '0')}.par2`;
}
