// What a drive holds, from the disc its family's reader saw; no disc is an answer, not a failure.
import { DeviceError } from '../disc/device-errors.js';
import type { Disc } from '../disc/disc-model.js';
import { UserError } from '../errors.js';
import type { DriveMedia } from './drive-model.js';

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

export function mediaOrReason(read: () => DriveMedia): DriveMedia {
  try {
    return read();
  } catch (error) {
    return unknownFrom(error);
  }
}

/** No disc is an answer, not a failure; other device errors and tool failures become the reason. */
export function unknownFrom(error: unknown): DriveMedia {
  if (error instanceof DeviceError && error.reason === 'no-medium') return { state: 'empty' };
  if (error instanceof UserError) return { state: 'unknown', reason: error.message };
  throw error;
}
