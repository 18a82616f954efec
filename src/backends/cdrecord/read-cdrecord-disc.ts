// Reads a disc through cdrecord, wodim or cdrskin: `-version` to know which, then `-minfo`
// (cdrecord, cdrskin) or `-atip`, `-toc` and `-msinfo` (wodim). Then each session's identity
// from its ISO 9660 volume descriptors, read directly from the device.
import type { ReadOptions } from '../backend-interface.js';
import type { Disc, ToolInfo } from '../../disc/disc-model.js';
import { sectorPath } from '../../disc/device-names.js';
import { readIsoSession } from '../../disc/iso9660/read-iso-session.js';
import { attachFilesystems } from '../../disc/read-session-filesystems.js';
import { howItEnded } from '../../core/command.js';
import { runProgram, type ProgramResult } from '../../tools/run-program.js';
import { DeviceError } from '../../disc/device-errors.js';
import { discFromMinfo } from './assemble-cdrecord-disc.js';
import { checkSessionExtents } from './check-session-extents.js';
import { classifyCdrecordError, toolWords } from './cdrecord-errors.js';
import { identify } from './identify-cdrecord.js';
import { parseAtip } from './parse-atip.js';
import { parseMinfo } from './parse-minfo.js';
import { msinfoOutcome, tocListsDisc } from './msinfo-outcome.js';
import { parseToc } from './parse-toc.js';
import { discFromWodim, type WodimReadings } from './wodim-disc.js';

export async function readCdrecordDisc(program: string, device: string, env: NodeJS.ProcessEnv = process.env, options: ReadOptions = { identities: 'all' }): Promise<Disc> {
  const identity = await identify(program, env);
  const tool: ToolInfo = { backend: 'cdrecord', program, version: identity.version };
  const run = async (option: string) => {
    const result = await runProgram({ program, args: [`dev=${device}`, option] }, { access: 'read', env });
    return { ...result, all: `${result.stderr}\n${result.stdout}` };
  };
  const readWodimWay = async (): Promise<Disc> => {
    const known = options.sameMediumAs ? mediumOf(options.sameMediumAs) : undefined;
    const atip = known ? undefined : await run('-atip');
    const toc = await run('-toc');
    const tocRead = parseToc(toc.stdout);
    // a closed disc the drive reports as missing to some commands is still there when -toc reads it
    if (!tocListsDisc(tocRead)) {
      if (atip) failOnDeviceError(atip, device);
      const tocError = classifyCdrecordError(toc.all, device);
      if (tocError) throw tocError;
    }
    const msinfo = await run('-msinfo');
    const medium = known ?? {
      atip: classifyCdrecordError(atip!.all, device) ? {} : parseAtip(atip!.all),
      ...driveFrom(atip!.all),
      mediaDescription: wodimMediaDescription(atip!.all),
    };
    return discFromWodim({ ...(tocRead ? { toc: tocRead } : {}), msinfo: msinfoOutcome(msinfo, tocRead, device), ...medium }, device, tool);
  };
  let disc: Disc;
  if (identity.variant === 'wodim') {
    disc = await readWodimWay();
  } else {
    const minfo = await run('-minfo');
    if (classifyCdrecordError(minfo.all, device)?.reason === 'no-medium') {
      // the same drive quirk under -minfo: -toc and -msinfo tell whether a closed disc is there
      disc = await readWodimWay();
    } else {
      failOnDeviceError(minfo, device);
      disc = discFromMinfo(parseMinfo(minfo.all), device, tool);
    }
  }
  const path = sectorPath(device);
  if (path && disc.status === 'blank' && (await holdsIsoAtStart(path))) {
    throw new DeviceError(device, 'unparsable', 'the drive reports a blank disc, but an ISO 9660 volume starts at sector 16 (an unfinished first session?); burnplan will not write over it');
  }
  await attachFilesystems(device, disc.sessions.filter((s) => !s.audio), options.identities);
  checkSessionExtents(disc);
  return disc;
}

/**
 * What `-atip` told of the medium, from a read of the same disc earlier in the run; undefined
 * when that read cannot give its capacity (then the drive is asked again).
 */
function mediumOf(disc: Disc): Pick<WodimReadings, 'atip' | 'drive' | 'mediaDescription'> | undefined {
  if (disc.freeSectors === undefined || disc.nextWritableAddress === undefined || disc.status === 'closed') return undefined;
  return {
    atip: { leadOutStart: disc.nextWritableAddress + disc.freeSectors },
    ...(disc.drive ? { drive: disc.drive } : {}),
    mediaDescription: disc.media.description,
  };
}

/** A truly blank disc cannot be read at all; sector 16 of an interrupted first burn can. */
async function holdsIsoAtStart(path: string): Promise<boolean> {
  try {
    return (await readIsoSession(path, 0)) !== undefined;
  } catch {
    return false;
  }
}

function failOnDeviceError(result: ProgramResult & { all: string }, device: string): void {
  const error = classifyCdrecordError(result.all, device);
  if (error) throw error;
  if (result.exitCode !== 0) throw new DeviceError(device, 'tool-failed', `${result.command.program} ${howItEnded(result)}: ${toolWords(result.all)}`);
}

function driveFrom(output: string): { drive?: Disc['drive'] } {
  const vendor = /^Vendor_info\s*:\s*'(.*)'/m.exec(output)?.[1]?.trim();
  const model = /^Identifi(?:k|c)ation\s*:\s*'(.*)'/m.exec(output)?.[1]?.trim();
  const revision = /^Revision\s*:\s*'(.*)'/m.exec(output)?.[1]?.trim();
  return vendor && model ? { drive: { vendor, model, ...(revision ? { revision } : {}) } } : {};
}

/** "Current: 0x0009 (CD-R)" when the drive lists profiles, else CD-R or CD-RW by the ATIP's erasable flag. */
function wodimMediaDescription(output: string): string {
  const current = /^Current:\s*0x[0-9A-Fa-f]+\s*\((.+?)\)/m.exec(output)?.[1];
  if (current) return current;
  if (/ATIP info from disk/.test(output)) return /Is erasable/.test(output) ? 'CD-RW' : 'CD-R';
  return 'unknown';
}
