// Reads a disc with one xorriso call (`-outdev DEVICE -toc`), then each session's identity from
// its ISO 9660 volume descriptors, read directly from the device or image in one pass. After a
// burn the same call also lists the new session's MD5s.
import type { ReadOptions } from '../backend-interface.js';
import type { Disc, DiscStatus } from '../../disc/disc-model.js';
import { sectorPath } from '../../disc/device-names.js';
import { attachFilesystems } from '../../disc/read-session-filesystems.js';
import { isOverwriteableDisc } from '../../disc/media.js';
import { mediaKindFromName } from '../../disc/media-names.js';
import { howItEnded, type Command } from '../../core/command.js';
import { UserError } from '../../errors.js';
import { runProgram, type ProgramResult } from '../../tools/run-program.js';
import { DeviceError, permissionHint } from '../../disc/device-errors.js';
import { checkDiscAgainstImage } from '../../disc/check-disc-against-image.js';
import { emulatedVolumeProblems } from './check-emulated-toc.js';
import { checkXorrisoToc } from './check-xorriso-toc.js';
import { parseXorrisoToc, type XorrisoToc } from './parse-xorriso-toc.js';
import { splitTocAndMd5s } from './split-toc-and-md5s.js';
import { LIST_MD5S } from '../split-md5-listings.js';

export function xorrisoTocCommand(program: string, device: string): Command {
  return { program, args: ['-outdev', device, '-toc'] };
}

/** The TOC, then the MD5s recorded in the session at `startLba`, in one run: the drive opened once. */
export function xorrisoTocAndMd5sCommand(program: string, device: string, startLba: number): Command {
  return { program, args: ['-abort_on', 'FAILURE', '-md5', 'on', '-outdev', device, '-toc', '-load', 'sbsector', `${startLba}`, '-indev', device, ...LIST_MD5S] };
}

export async function readXorrisoDisc(program: string, device: string, options: ReadOptions = { identities: 'all' }): Promise<Disc> {
  return discFromRun(program, device, await runProgram(xorrisoTocCommand(program, device), { access: 'read' }), options);
}

/**
 * After a burn: the disc and the MD5s of the session at `startLba` from one xorriso run. When
 * the run cannot be parted (xorriso never loaded the tree), the disc is read as usual and the
 * MD5s are left to be asked for apart, so a failure reads as it always did.
 */
export async function rereadXorrisoWithMd5s(program: string, device: string, options: ReadOptions, startLba: number, signal?: AbortSignal): Promise<{ disc: Disc; md5s?: ProgramResult }> {
  const run = await runProgram(xorrisoTocAndMd5sCommand(program, device, startLba), { access: 'read', ...(signal ? { signal } : {}) });
  const parts = splitTocAndMd5s(run);
  // a reader stopped by a signal (the terminal's Ctrl-C reaches it too) is not asked again
  if (!parts && run.signal) throw new UserError(`the data check stopped: ${program} ${howItEnded(run)}`);
  if (!parts || parts.loadedLba !== startLba) return { disc: await readXorrisoDisc(program, device, options) };
  return { disc: await discFromRun(program, device, parts.toc, options), md5s: parts.md5s };
}

async function discFromRun(program: string, device: string, result: ProgramResult, options: ReadOptions): Promise<Disc> {
  const toc = parseXorrisoToc(`${result.stderr}\n${result.stdout}`);
  const disc = discFromToc(toc, device, program);
  if (result.exitCode !== 0 && toc.problems.length === 0) {
    const last = result.stderr.trim().split('\n').pop() ?? '';
    throw new DeviceError(device, 'tool-failed', `xorriso ${howItEnded(result)}: ${last}`);
  }
  const version = /^xorriso (\S+) :/m.exec(result.stderr)?.[1];
  if (version) disc.tool.version = `xorriso ${version}`;
  // only sessions xorriso recognised as ISO 9660: an audio session cannot even be read as data
  const iso = checkXorrisoToc(toc).isoSessions;
  await attachFilesystems(device, disc.sessions.filter((s) => iso.has(s.number)), options.identities);
  const volumes = emulatedVolumeProblems(disc);
  if (volumes.length > 0) disc.damage = [...(disc.damage ?? []), ...volumes];
  await checkDiscAgainstImage(disc, options.identities === 'all' ? iso : new Set());
  return disc;
}

/** Pure: the Disc a TOC describes, or the DeviceError it amounts to. */
export function discFromToc(toc: XorrisoToc, device: string, program: string): Disc {
  const failure = toc.problems.find((p) => p.severity !== 'SORRY') ?? toc.problems[0];
  if (failure) throw problemError(device, toc);
  if (toc.status === undefined) {
    throw new DeviceError(device, 'unparsable', 'xorriso printed no "Media status" line; cannot tell what is in the drive');
  }
  if (toc.unsuitable !== undefined) {
    throw new DeviceError(device, 'unreadable', `xorriso lists no sessions of this disc and writes none to it (xorriso: "${toc.unsuitable}")`);
  }
  const status = statusFrom(toc.status, device);
  const checked = checkXorrisoToc(toc);
  return {
    device,
    tool: { backend: 'xorriso', program },
    ...(toc.drive ? { drive: toc.drive } : {}),
    media: { kind: mediaKindFromName(toc.media ?? ''), description: toc.media ?? 'unknown' },
    status,
    sessions: checked.sessions,
    ...(status !== 'closed' && toc.nextWritableAddress !== undefined
      ? { nextWritableAddress: toc.nextWritableAddress }
      : status === 'blank'
        ? { nextWritableAddress: blankStart(mediaKindFromName(toc.media ?? ''), toc.media ?? '') }
        : {}),
    ...(toc.blocks ? { freeSectors: status === 'closed' ? 0 : toc.blocks.writable } : {}),
    ...(checked.unfinished ? { unfinishedSession: true } : {}),
    ...(checked.damage.length > 0 ? { damage: checked.damage } : {}),
    ...(isOverwriteableDisc(mediaKindFromName(toc.media ?? ''), toc.media ?? 'unknown') ? { emulatedToc: true as const } : {}),
  };
}

/**
 * A blank disc is written from LBA 0, except a virtual or overwriteable one: there xorriso
 * keeps the first 32 blocks for a copy of the newest session's descriptors and starts session 1
 * at 32 (test/fixtures/local-outputs/xorriso-toc-stdio-3sessions-stdout.txt; libisoburn's
 * Libisoburn_overwriteable_starT for DVD+RW, formatted DVD-RW and BD-RE alike).
 */
function blankStart(kind: string, description: string): number {
  return kind === 'virtual' || isOverwriteableDisc(kind, description) ? 32 : 0;
}

function statusFrom(text: string, device: string): DiscStatus {
  if (/is not present/.test(text)) throw new DeviceError(device, 'no-medium', 'no disc in the drive');
  if (/is blank/.test(text)) return 'blank';
  if (/is appendable/.test(text)) return 'appendable';
  if (/is closed/.test(text)) return 'closed';
  throw new DeviceError(device, 'unparsable', `cannot understand xorriso's media status "${text}"`);
}

function problemError(device: string, toc: XorrisoToc): DeviceError {
  const words = toc.problems.map((p) => `${p.source}: ${p.text}`).join('; ');
  const all = toc.problems.map((p) => p.text).join(' ');
  if (/Permission denied|not allow reading/i.test(all)) {
    return new DeviceError(device, 'permission', `permission denied${permissionHint(sectorPath(device))} (${words})`);
  }
  if (/busy/i.test(all)) return new DeviceError(device, 'busy', `the drive is busy: another program is using it (${words})`);
  if (/not found|No such file/i.test(all)) return new DeviceError(device, 'missing', `no such drive (${words})`);
  return new DeviceError(device, 'tool-failed', `xorriso could not read the disc (${words})`);
}
