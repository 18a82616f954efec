// Where the entries of one session land on the disc, and what cannot land there: two of them
// on one disc path (xorriso keeps the last one without a word, genisoimage stops with its own
// error), anything in burnplan's reserved folder, and names that the Joliet tree would show as
// one. Folders that land on one path merge, as both tools merge them. Pure.
import { jolietName, jolietNames, type JolietTool } from './joliet-names.js';

/** burnplan's own folder on the disc: each session's checksum file lies in it. */
export const RESERVED_FOLDER = '/.burnplan';

export interface PlacedEntry {
  discPath: string;
  kind: 'file' | 'directory' | 'symlink' | 'other';
  /** The source path as the user wrote it, for messages. */
  shown: string;
  /** Which entry of the session's `files` it comes from (0-based). */
  entry: number;
}

export type PlacementProblem =
  | { kind: 'same-path'; discPath: string; first: PlacedEntry; second: PlacedEntry }
  | { kind: 'reserved'; discPath: string; entry: PlacedEntry }
  | { kind: 'joliet-collision'; folder: string; joliet: string; first: PlacedEntry; second: PlacedEntry }
  | { kind: 'case-collision'; folder: string; first: PlacedEntry; second: PlacedEntry };

export function isReservedPath(discPath: string): boolean {
  return discPath === RESERVED_FOLDER || discPath.startsWith(`${RESERVED_FOLDER}/`);
}

export function placementProblems(entries: readonly PlacedEntry[], options: { joliet: boolean }): PlacementProblem[] {
  const problems: PlacementProblem[] = [];
  const byPath = new Map<string, PlacedEntry>();
  const said = new Set<string>();
  const clash = (discPath: string, first: PlacedEntry, second: PlacedEntry) => {
    // one clash of two sources on a path is said once, not again for each folder below it
    const key = `${discPath}\0${first.entry}\0${second.entry}`;
    if (said.has(key)) return;
    said.add(key);
    problems.push({ kind: 'same-path', discPath, first, second });
  };
  const place = (entry: PlacedEntry) => {
    const earlier = byPath.get(entry.discPath);
    if (!earlier) byPath.set(entry.discPath, entry);
    else if (earlier.kind !== 'directory' || entry.kind !== 'directory') clash(entry.discPath, earlier, entry);
  };
  for (const entry of entries) {
    if (isReservedPath(entry.discPath)) problems.push({ kind: 'reserved', discPath: entry.discPath, entry });
    // a file grafted below a path makes every folder above it: one of them may be a file
    for (const folder of foldersToPlace(entry, byPath)) {
      const earlier = byPath.get(folder);
      if (earlier === undefined) byPath.set(folder, { ...entry, discPath: folder, kind: 'directory' });
      else if (earlier.kind !== 'directory') clash(folder, earlier, { ...entry, kind: 'directory' });
    }
    place(entry);
  }
  if (options.joliet) problems.push(...jolietCollisions([...byPath.values()]));
  return problems;
}

/**
 * The folders above an entry, top-most first, that its placing must look at. A folder already
 * placed by the same source entry was looked at, with every folder above it, when it was placed
 * (the map only ever gains paths): those are left out, so a tree of 100,000 files does not look
 * at each file's every ancestor again.
 */
function foldersToPlace(entry: PlacedEntry, byPath: ReadonlyMap<string, PlacedEntry>): string[] {
  const folders: string[] = [];
  for (let slash = entry.discPath.lastIndexOf('/'); slash > 0; slash = entry.discPath.lastIndexOf('/', slash - 1)) {
    const folder = entry.discPath.slice(0, slash);
    const earlier = byPath.get(folder);
    if (earlier?.kind === 'directory' && earlier.entry === entry.entry) break;
    folders.push(folder);
  }
  return folders.reverse();
}

function jolietCollisions(placed: readonly PlacedEntry[]): PlacementProblem[] {
  const problems: PlacementProblem[] = [];
  const folders = new Map<string, Map<string, PlacedEntry>>();
  for (const entry of placed) {
    if (entry.discPath === '/') continue;
    const { folder, name } = split(entry.discPath);
    const seen = folders.get(folder) ?? new Map<string, PlacedEntry>();
    folders.set(folder, seen);
    const names = jolietNames(name, entry.kind === 'directory');
    const twin = names.map((joliet) => seen.get(joliet)).find((t) => t && t.discPath !== entry.discPath);
    if (twin) problems.push({ kind: 'joliet-collision', folder, joliet: names.find((joliet) => seen.get(joliet) === twin)!, first: twin, second: entry });
    // Windows opens names without regard to case: of two that differ only in case, it reaches one
    const caseTwin = twin ? undefined : names.map((joliet) => seen.get(caseless(joliet))).find((t) => t && t.discPath !== entry.discPath);
    if (caseTwin) problems.push({ kind: 'case-collision', folder, first: caseTwin, second: entry });
    for (const joliet of names) {
      seen.set(joliet, entry);
      seen.set(caseless(joliet), entry);
    }
  }
  return problems;
}

function caseless(name: string): string {
  return `\0${name.toLowerCase()}`;
}

/** What the Joliet tree shows for a name, when it is not the name itself. */
export function jolietChange(discPath: string, directory: boolean, tool: JolietTool): string | undefined {
  const { name } = split(discPath);
  const shown = jolietName(name, directory, tool);
  return shown === name ? undefined : shown;
}

export function split(discPath: string): { folder: string; name: string } {
  const slash = discPath.lastIndexOf('/');
  return { folder: slash <= 0 ? '/' : discPath.slice(0, slash), name: discPath.slice(slash + 1) };
}

/** The folders above a disc path, top-most first. */
export function ancestors(discPath: string): string[] {
  // a path as placement writes it ("/a/b/c") is cut at its slashes; others are normalised first
  if (discPath.includes('//') || discPath.endsWith('/') || !discPath.startsWith('/')) {
    const parts = discPath.split('/').filter(Boolean);
    return parts.slice(0, -1).map((_, i) => `/${parts.slice(0, i + 1).join('/')}`);
  }
  const folders: string[] = [];
  for (let slash = discPath.indexOf('/', 1); slash !== -1; slash = discPath.indexOf('/', slash + 1)) folders.push(discPath.slice(0, slash));
  return folders;
}
