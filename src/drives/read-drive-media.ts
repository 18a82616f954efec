// What is in one listed drive: one table-of-contents read, nothing written. xorriso gets one
// `-outdev DEV -toc` (the same call as `burnplan status`, without reading the sessions' file
// systems); the cdrecord family goes through the status reader (`-minfo`, or wodim's `-atip`,
// `-toc` and `-msinfo`), which also reads the last session's volume descriptor. A drive that cannot
// be read is still listed: the media is then "unknown" with the reason.
import { DeviceError } from '../backends/device-errors.js';
import { readCdrecordDisc } from '../backends/cdrecord/read-cdrecord-disc.js';
import { parseXorrisoToc } from '../backends/xorriso/parse-xorriso-toc.js';
import { discFromToc, xorrisoTocCommand } from '../backends/xorriso/read-xorriso-disc.js';
import type { Disc } from '../disc/disc-model.js';
import { UserError } from '../errors.js';
import { runProgram } from '../tools/run-program.js';
import type { DriveMedia } from './drive-model.js';

export interface MediaReading {
  media: DriveMedia;
  /** The drive's firmware revision, when the read showed it. */
  revision?: string;
}

export async function readXorrisoMedia(program: string, device: string, env: NodeJS.ProcessEnv): Promise<MediaReading> {
  try {
    const result = await runProgram(xorrisoTocCommand(program, device), { access: 'read', env });
    const toc = parseXorrisoToc(`${result.stderr}\n${result.stdout}`);
    // "Drive type : vendor '…' product '…' revision 'D400'" comes even without a disc
    // (real-outputs/xorriso-devices-1.4.2-01.txt, the -toc part)
    const revision = toc.drive?.revision || undefined;
    return { media: mediaOrReason(() => mediaOf(discFromToc(toc, device, program))), ...(revision ? { revision } : {}) };
  } catch (error) {
    return { media: unknownFrom(error) };
  }
}

export async function readCdrecordMedia(program: string, device: string, env: NodeJS.ProcessEnv): Promise<MediaReading> {
  try {
    const disc = await readCdrecordDisc(program, device, env, { identities: 'last' });
    const revision = disc.drive?.revision;
    return { media: mediaOf(disc), ...(revision ? { revision } : {}) };
  } catch (error) {
    return { media: unknownFrom(error) };
  }
}

export function mediaOf(disc: Disc): DriveMedia {
  return {
    state: 'loaded',
    kind: disc.media.kind,
    description: disc.media.description,
    status: disc.status,
    sessions: disc.sessions.length,
    ...(disc.freeSectors !== undefined ? { freeSectors: disc.freeSectors } : {}),
  };
}

function mediaOrReason(read: () => DriveMedia): DriveMedia {
  try {
    return read();
  } catch (error) {
    return unknownFrom(error);
  }
}

/** No disc is an answer, not a failure; other device errors and tool failures become the reason. */
function unknownFrom(error: unknown): DriveMedia {
  if (error instanceof DeviceError && error.reason === 'no-medium') return { state: 'empty' };
  if (error instanceof UserError) return { state: 'unknown', reason: error.message };
  throw error;
}
