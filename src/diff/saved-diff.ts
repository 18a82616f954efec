// `burnplan diff --out FILE`: the diff result bound to the disc state it was computed from.
// `burnplan apply FILE` applies exactly those actions, and refuses when the disc has changed.
import { sessionMark } from '../disc/burnplan-mark.js';
import type { Disc } from '../disc/disc-model.js';
import type { DiffResult } from './diff-model.js';

export const SAVED_DIFF_FORMAT = 'burnplan-saved-diff/1';

export interface DiscState {
  device: string;
  media: string;
  status: string;
  sessionCount: number;
  lastSessionStart: number | null;
  nextWritableAddress: number | null;
  labels: Array<string | null>;
  fingerprints: Array<string | null>;
}

export interface SavedDiff {
  format: typeof SAVED_DIFF_FORMAT;
  plan: string;
  /** Fingerprints of every plan session when the diff was made: apply refuses if the sources changed. */
  plannedFingerprints: string[];
  discState: DiscState;
  result: DiffResult;
}

export function discState(disc: Disc): DiscState {
  return {
    device: disc.device,
    media: disc.media.kind,
    status: disc.status,
    sessionCount: disc.sessions.length,
    lastSessionStart: disc.sessions[disc.sessions.length - 1]?.startLba ?? null,
    nextWritableAddress: disc.nextWritableAddress ?? null,
    labels: disc.sessions.map((s) => s.filesystem?.volumeId ?? null),
    fingerprints: disc.sessions.map((s) => sessionMark(s.filesystem)?.fingerprint ?? null),
  };
}

/** What differs between the state a diff was saved for and the disc now, in plain words. */
export function discStateChanges(saved: DiscState, now: DiscState): string[] {
  const changes: string[] = [];
  const compare = (what: string, a: unknown, b: unknown, plural = false) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) changes.push(`${what} ${plural ? 'were' : 'was'} ${JSON.stringify(a)}, ${plural ? 'are' : 'is'} now ${JSON.stringify(b)}`);
  };
  compare('the device', saved.device, now.device);
  compare('the media', saved.media, now.media);
  compare('the status', saved.status, now.status);
  compare('the number of sessions', saved.sessionCount, now.sessionCount);
  compare('the last session start', saved.lastSessionStart, now.lastSessionStart);
  compare('the next writable address', saved.nextWritableAddress, now.nextWritableAddress);
  compare('the labels', saved.labels, now.labels, true);
  compare('the fingerprints', saved.fingerprints, now.fingerprints, true);
  return changes;
}

export function savedDiffJson(saved: SavedDiff): string {
  return `${JSON.stringify(saved, null, 2)}\n`;
}
