// The mkisofs/genisoimage and cdrecord/wodim commands burnplan runs, as data: the seed recipe.
//   first session:  mkisofs -r -J -V L … | cdrecord -v dev=D -tao -multi tsize=Ns -
//   later ones:     mkisofs -r -J -V L -C last_start,nwa -M D … | cdrecord … -
//   close:          the last session without -multi, or cdrecord -v dev=D -fix on its own
// -C without -M would write a session that hides every earlier file (genisoimage only warns),
// so the two always come together. Graft points keep the plan's targets; "=" and "\" in paths
// must be escaped for -graft-points. -tao is explicit: cdrtools 3 falls back to SAO when neither
// a write mode nor -multi is given, and multisession discs are written track at once.
import type { Command } from '../../core/command.js';
import { ownFileGrafts, type BurnOptions, type SessionContent } from '../session-content.js';

export interface AppendPoint {
  /** cdrecord -msinfo's first number: the start of the disc's last session. */
  lastSessionStart: number;
  /** -msinfo's second number: where the new session starts. */
  nextWritableAddress: number;
  /** The path mkisofs -M reads the previous session from (the device, or the emulated image). */
  previousSessionPath: string;
}

export function mkisofsArgs(content: SessionContent, append: AppendPoint | undefined): string[] {
  const { options } = content;
  const args = ['-input-charset', 'utf-8'];
  if (options.rockRidge) args.push('-r');
  if (options.joliet) args.push('-J');
  args.push('-iso-level', `${options.isoLevel}`, '-V', content.label, '-volset', content.discId, '-A', content.applicationId);
  if (options.publisher !== undefined) args.push('-publisher', options.publisher);
  if (options.preparer !== undefined) args.push('-p', options.preparer);
  if (options.followSymlinks) args.push('-f');
  // mkisofs and genisoimage read -x as a glob ("-x glob: identical to -m glob"): escape it
  for (const path of content.excluded) args.push('-x', escapeGlob(path));
  if (append) args.push('-C', `${append.lastSessionStart},${append.nextWritableAddress}`, '-M', append.previousSessionPath);
  const grafts = [...content.grafts, ...ownFileGrafts(content, { checksumFile: true })];
  args.push('-graft-points', ...grafts.map((g) => `${escapeGraft(g.target)}=${escapeGraft(g.source)}`));
  return args;
}

/** Read-only: the sectors the session's image takes (printed alone on stdout). */
export function mkisofsPrintSizeCommand(program: string, content: SessionContent, append: AppendPoint | undefined): Command {
  return { program, args: ['-quiet', '-print-size', ...mkisofsArgs(content, append)] };
}

/** The image on standard output, piped into cdrecordWriteCommand. */
export function mkisofsImageCommand(program: string, content: SessionContent, append: AppendPoint | undefined): Command {
  return { program, args: mkisofsArgs(content, append) };
}

export function cdrecordWriteCommand(program: string, device: string, sectors: number, burn: BurnOptions): Command {
  const args = ['-v', `dev=${device}`, '-tao'];
  if (!burn.close) args.push('-multi');
  if (burn.speed !== undefined) args.push(`speed=${burn.speed}`);
  if (burn.dummy) args.push('-dummy');
  args.push(`tsize=${sectors}s`, '-');
  return { program, args };
}

export function cdrecordFixCommand(program: string, device: string, dummy: boolean): Command {
  return { program, args: ['-v', `dev=${device}`, ...(dummy ? ['-dummy'] : []), '-fix'] };
}

export function parseMkisofsPrintSize(stdout: string): number | undefined {
  const match = /^\s*(\d+)\s*$/m.exec(stdout);
  return match ? Number(match[1]) : undefined;
}

function escapeGlob(path: string): string {
  return path.replace(/[[\]*?\\]/g, (c) => `\\${c}`);
}

function escapeGraft(path: string): string {
  return path.replaceAll('\\', '\\\\').replaceAll('=', '\\=');
}
