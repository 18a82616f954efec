// A session's size, defined once for every backend and shown alike by status, diff and apply:
// the data it holds. Tools disagree on anything wider: xorriso's emulated TOC gives the ISO
// volume, a CD's TOC the track with cdrecord's padding to 300 sectors and its 2 run-out
// sectors, wodim's TOC only where the next session starts. Pure.
import type { Disc, DiscSession } from './disc-model.js';

/**
 * Sectors of data the session holds: its ISO 9660 volume size, or what was written of it when
 * the session was cut short; without ISO 9660 (audio, other data), its track as listed.
 */
export function sessionSize(session: DiscSession): number {
  const volume = session.filesystem?.volumeSpaceSize;
  return volume === undefined ? session.sizeSectors : Math.min(volume, session.sizeSectors);
}

/**
 * Sectors the session takes on the disc, padding, run-out and the gap before the next session
 * included: up to the next session's start (for the last one, the next writable address).
 * Undefined when the disc does not say where the next session starts.
 */
export function spaceUsed(disc: Disc, index: number): number | undefined {
  const session = disc.sessions[index];
  if (!session) return undefined;
  const next = disc.sessions[index + 1]?.startLba ?? (disc.status === 'appendable' ? disc.nextWritableAddress : undefined);
  return next === undefined || next < session.startLba ? undefined : next - session.startLba;
}
