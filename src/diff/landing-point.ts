// Where the next session lands, as cdrecord -msinfo would print it. Pure.
import type { Disc } from '../disc/disc-model.js';

export interface LandingPoint {
  lastSessionStart: number;
  nextWritableAddress: number;
}

/** Where the next session lands on `disc`; undefined on a blank disc. */
export function landingOf(disc: Disc): LandingPoint | undefined {
  const last = disc.sessions[disc.sessions.length - 1];
  return last && disc.nextWritableAddress !== undefined ? { lastSessionStart: last.startLba, nextWritableAddress: disc.nextWritableAddress } : undefined;
}
