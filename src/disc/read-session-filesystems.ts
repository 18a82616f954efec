// Each session's ISO 9660 identity, read straight from the device or image (one open, a few
// reads per session), for every backend alike.
import { DeviceError } from './device-errors.js';
import { sectorPath } from './device-names.js';
import type { DiscSession, SessionFilesystem } from './disc-model.js';
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

/** Reads and attaches the identity of the given sessions, when the device's sectors can be read. */
export async function attachFilesystems(device: string, all: readonly DiscSession[], which: 'all' | 'last' | 'none' = 'all'): Promise<void> {
  const sessions = which === 'last' ? all.slice(-1) : which === 'none' ? [] : all;
  const path = sectorPath(device);
  if (!path || sessions.length === 0) return;
  const filesystems = await readSessionFilesystems(device, path, sessions.map((s) => s.startLba));
  sessions.forEach((session, i) => {
    const filesystem = filesystems[i];
    if (filesystem) session.filesystem = filesystem;
  });
}
