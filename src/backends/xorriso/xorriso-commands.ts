// The xorriso commands burnplan runs, as data: what diff prints is exactly what apply runs.
// -dev DEVICE loads the disc's last session and grows it: the new session carries the whole
// directory tree (xorriso's multisession). Without -commit, xorriso commits pending changes
// when it ends, so read-only runs end with -rollback_end, which discards them. -md5 on comes
// before -dev: only then are the MD5s of the earlier sessions loaded and carried over (after
// -dev, xorriso records MD5s for the new files only, and checks report the others as having none).
import type { Command } from '../../core/command.js';
import { ownFileGrafts, type BurnOptions, type SessionContent } from '../session-content.js';

/** Abort at the first FAILURE (xorriso's default for batch runs, made explicit). */
const ABORT_ON_FAILURE = ['-abort_on', 'FAILURE'];

function sessionArgs(content: SessionContent): string[] {
  const { options } = content;
  // burnplan's own files first (its reserved folder, which no file of the plan reaches), the plan's after
  const own = ownFileGrafts(content, { checksumFile: false }).flatMap((graft) => ['-map', graft.source, graft.target]);
  const args = [
    ...own,
    '-joliet', options.joliet ? 'on' : 'off',
    '-rockridge', options.rockRidge ? 'on' : 'off',
    '-compliance', `iso_9660_level=${options.isoLevel}`,
    // param: the sources themselves are followed (as the walk and mkisofs see them); mount: folders
    // mounted inside a source are crossed, not written as empty (both as in xorriso's default)
    '-follow', options.followSymlinks ? 'param:link:mount' : 'param:mount',
    '-volid', content.label,
    '-volset_id', content.discId,
    '-application_id', content.applicationId,
  ];
  if (options.publisher !== undefined) args.push('-publisher', options.publisher);
  if (options.preparer !== undefined) args.push('-preparer_id', options.preparer);
  if (content.excluded.length > 0) args.push('-not_paths', ...content.excluded, '--');
  for (const graft of content.grafts) args.push('-map', graft.source, graft.target);
  return args;
}

/** Read-only: the sectors the next session would take ("Image size   : 448s"). */
export function xorrisoPrintSizeCommand(program: string, device: string, content: SessionContent): Command {
  return { program, args: [...ABORT_ON_FAILURE, '-md5', 'on', '-dev', device, ...sessionArgs(content), '-print_size', '-rollback_end'] };
}

/** Writes one session, with MD5 checksums of every file and of the session recorded. */
export function xorrisoBurnCommand(program: string, device: string, content: SessionContent, burn: BurnOptions): Command {
  const args = [...ABORT_ON_FAILURE, '-md5', 'on', '-dev', device, ...sessionArgs(content), '-close', burn.close ? 'on' : 'off'];
  if (burn.speed !== undefined) args.push('-speed', `${burn.speed}`);
  if (burn.dummy) args.push('-dummy', 'on');
  args.push('-commit');
  return { program, args };
}

/**
 * Read-only: the sizes of several sessions, each on its own, in one run: -rollback discards one
 * session's tree before the next is built, and -not_mgt reset empties the exclusion lists that
 * -not_paths would otherwise carry over.
 */
export function xorrisoPrintSizesCommand(program: string, device: string, contents: readonly SessionContent[]): Command {
  const args = [...ABORT_ON_FAILURE, '-md5', 'on', '-dev', device];
  contents.forEach((content, i) => {
    args.push('-not_mgt', 'reset', ...sessionArgs(content), '-print_size', i === contents.length - 1 ? '-rollback_end' : '-rollback');
  });
  return { program, args };
}

export function parsePrintSize(output: string): number | undefined {
  return parsePrintSizes(output)[0];
}

/** Every "Image size   : 448s" line, in order. */
export function parsePrintSizes(output: string): number[] {
  return [...output.matchAll(/^Image size\s*:\s*(\d+)s\s*$/gm)].map((match) => Number(match[1]));
}
