// `burnplan drives` through the cdrecord family: wodim and cdrskin list device paths with
// --devices, cdrtools' cdrecord only bus addresses with -scanbus; then the status reader per drive
// (`-minfo`, or wodim's `-atip`, `-toc` and `-msinfo`), which also reads the last session's volume descriptor.
import type { DriveScanner, MediaReading } from '../../drives/drive-scanner.js';
import { mediaOf, unknownFrom } from '../../drives/drive-media.js';
import { parseCdrecordDevices } from './parse-cdrecord-devices.js';
import { parseCdrecordScanbus } from './parse-cdrecord-scanbus.js';
import { identify } from './identify-cdrecord.js';
import { readCdrecordDisc } from './read-cdrecord-disc.js';

export async function cdrecordDriveScanner(program: string, env: NodeJS.ProcessEnv): Promise<DriveScanner> {
  const identity = await identify(program, env);
  const scanbus = identity.variant === 'cdrecord';
  return {
    tool: { backend: 'cdrecord', program, version: identity.version },
    command: { program, args: [scanbus ? '-scanbus' : '--devices'] },
    parse: scanbus ? parseCdrecordScanbus : parseCdrecordDevices,
    readMedia: (device) => readCdrecordMedia(program, device, env),
  };
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
