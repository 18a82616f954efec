// Facts about the kinds of media burnplan knows.

import type { Media } from '../plan/plan-model.js';

export interface MediaFacts {
  /** How users and tools name it. */
  title: string;
  /** Most sessions one disc can hold, where a firm limit is known. */
  maxSessions?: number;
}

export const MEDIA_FACTS: Record<Exclude<Media, 'any'>, MediaFacts> = {
  // Orange Book: at most 99 sessions (and 99 tracks) on a CD.
  'cd-r': { title: 'CD-R', maxSessions: 99 },
  'cd-rw': { title: 'CD-RW', maxSessions: 99 },
  // Sequential DVD-R: the number of sessions (borders) is limited in practice by the ~30 MiB
  // lead-out each one costs, not by a fixed count; DAO-written DVD-R holds one session.
  'dvd-r': { title: 'DVD-R' },
  // DVD+R specification: at most 153 sessions (dvd+rw-tools documents the same limit).
  'dvd+r': { title: 'DVD+R', maxSessions: 153 },
  // BD-R (SRM): thousands of tracks; the capacity runs out long before the count.
  'bd-r': { title: 'BD-R' },
};
