// Each session's ISO 9660 identity, read straight from the device or image (one open, a few
// reads per session), for every backend alike.
import { DeviceError } from '../backends/device-errors.js';
import type { SessionFilesystem } from './disc-model.js';
import { IsoReadError, readIsoSessions } from './iso9660/read-iso-session.js';

export async function readSessionFilesystems(device: string, path: string, startLbas: readonly number[]): Promise<Array<SessionFilesystem | undefined>> {
  try {
    const sessions = await readIsoSessions(path, [...startLbas]);
    return sessions.map((iso) =>
      iso
        ? {
            volumeId: iso.volumeId,
            volumeSetId: iso.volumeSetId,
            applicationId: iso.applicationId,
            publisherId: iso.publisherId,
            preparerId: iso.preparerId,
            volumeSpaceSize: iso.volumeSpaceSize,
            joliet: iso.joliet !== undefined,
            rockRidge: iso.rockRidge,
          }
        : undefined,
    );
  } catch (error) {
    if (error instanceof IsoReadError) throw new DeviceError(device, 'unreadable', error.message);
    throw error;
  }
}
