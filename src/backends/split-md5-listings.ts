// The MD5s xorriso recorded in several sessions, listed by one xorriso run: on a real drive each
// run costs a second or more, so verify opens the drive once for all of them, not once a session.
// The run loads each session's tree in turn (`-load sbsector N`) and prints a line of its own
// before each listing; this parts the output again, so that each part reads as a run for that
// session alone would. Pure.
import type { Command } from '../core/command.js';
import type { ProgramResult } from '../tools/run-program.js';

/** The line printed before the listing of the tree at `lba` (xorriso escapes a newline in a path, so no path can print it). */
export function listingMarker(lba: number): string {
  return `${MARKER_START}${lba}`;
}

const MARKER_START = 'burnplan: MD5s of the tree at LBA ';

/** xorriso's arguments that print the recorded MD5 of every file of the tree loaded. */
export const LIST_MD5S = ['-find', '/', '-type', 'f', '-exec', 'get_md5', '--'] as const;

/** The line xorriso prints as it begins loading a tree, with the tree's LBA. */
export const LOADING_TREE = /^xorriso : NOTE : Loading ISO image tree from LBA (\d+)\s*$/;

/** One xorriso run listing the recorded MD5s of the trees at `lbas`, in that order. */
export function md5ListingsCommand(program: string, device: string, lbas: readonly number[]): Command {
  const args = ['-abort_on', 'FAILURE', '-md5', 'on'];
  lbas.forEach((lba, i) => {
    // once the drive is acquired, -load alone loads the next tree
    args.push('-load', 'sbsector', String(lba), ...(i === 0 ? ['-indev', device] : []), '-print', listingMarker(lba), ...LIST_MD5S);
  });
  return { program, args };
}

/**
 * Each session's listing by its LBA: only those whose tree xorriso says it loaded from that LBA,
 * in the order asked. A listing the run did not reach (it stopped before) is left out; one it
 * stopped in (a FAILURE while loading that tree) ends as the run did, as every last part does.
 * The parts before it ran to their end.
 */
export function splitMd5Listings(run: ProgramResult, lbas: readonly number[]): Map<number, ProgramResult> {
  const listings = new Map<number, ProgramResult>();
  const stdout = run.stdout.split('\n');
  const stderr = run.stderr.split('\n');
  const loads = stderr.flatMap((line, at) => (LOADING_TREE.test(line) ? [at] : []));
  const markers = stdout.flatMap((line, at) => (line.startsWith(MARKER_START) ? [at] : []));
  // a load and then its marker, for each session asked, in order; a run that stopped while
  // loading a tree has no marker for that one; anything else is not parted
  const parts = loads.length;
  if (parts === 0 || parts > lbas.length || (markers.length !== parts && markers.length !== parts - 1)) return listings;
  if (markers.some((at, i) => stdout[at] !== listingMarker(lbas[i]!))) return listings;
  for (let i = 0; i < parts; i++) {
    const loadedLba = Number(LOADING_TREE.exec(stderr[loads[i]!]!)![1]);
    if (loadedLba !== lbas[i]) continue;
    const last = i === parts - 1;
    const out = i < markers.length ? stdout.slice(markers[i]! + 1, markers[i + 1]) : [];
    // what xorriso said before the first load (acquiring the drive) goes with the first part
    const err = stderr.slice(i === 0 ? 0 : loads[i], last ? undefined : loads[i + 1]);
    const ending = last ? { exitCode: run.exitCode, ...(run.signal ? { signal: run.signal } : {}) } : { exitCode: 0 };
    listings.set(lbas[i]!, { command: run.command, ...ending, stdout: joinLines(out), stderr: joinLines(err) });
  }
  return listings;
}

/** Lines as a stream's text: each ended by a newline, none when there are none. */
export function joinLines(lines: readonly string[]): string {
  const text = lines.join('\n');
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}
