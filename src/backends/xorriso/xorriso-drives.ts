// `burnplan drives` through xorriso: `xorriso -devices`, then one `-outdev DEV -toc` per drive
// (the same call as `burnplan status`, without reading the sessions' file systems).
import type { DriveScanner, MediaReading } from '../../drives/drive-scanner.js';
import { mediaOf, mediaOrReason, unknownFrom } from '../../drives/drive-media.js';
import { parseXorrisoDevices, xorrisoVersion } from './parse-xorriso-devices.js';
import { runProgram } from '../../tools/run-program.js';
import { parseXorrisoToc } from './parse-xorriso-toc.js';
import { discFromToc, xorrisoTocCommand } from './read-xorriso-disc.js';

export function xorrisoDriveScanner(program: string, env: NodeJS.ProcessEnv): DriveScanner {
  return {
    tool: { backend: 'xorriso', program },
    command: { program, args: ['-devices'] },
    parse: parseXorrisoDevices,
    versionFrom: xorrisoVersion,
    readMedia: (device) => readXorrisoMedia(program, device, env),
  };
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
