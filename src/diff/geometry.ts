// Where the next session lands and what a session costs beyond its image, per kind of media.
// Pure. Facts:
// - CD (TAO): a track is at least 300 sectors (4 seconds; cdrecord pads shorter ones) and
//   ends with 2 run-out sectors; the next session starts 11,400 sectors
//   after the first one ends (lead-out 6750 + lead-in 4500 + pregap 150) and 6,900 after later
//   ones (2250 + 4500 + 150). The well-known "0,11702" after a 300-sector first session.
// - DVD+R: 2,048 sectors between sessions (xorriso's TOC of a real 5-session DVD+R,
//   test/fixtures/real-outputs/xorriso-toc-dvdplusr-5sessions-appendable-01.txt).
// - Virtual discs (xorriso stdio:): the next session starts at the next multiple of 32 blocks
//   after the last one's image, which -print_size (padding included) over-counts: an estimate.
// - DVD-R, BD-R and others: not known here; the forecast says it is an estimate.
import type { MediaKind } from '../disc/disc-model.js';

export const CD_RUN_OUT = 2;
export const CD_MIN_TRACK = 300;
export const CD_FIRST_SESSION_GAP = 11_400;
export const CD_LATER_SESSION_GAP = 6_900;
export const DVD_PLUS_R_SESSION_GAP = 2_048;

export interface SessionCost {
  /** Sectors the session occupies on the disc (image plus run-out). */
  occupied: number;
  /** Sectors from its end to the next session's start. */
  gapAfter: number;
  /** False when the figures for this media are guesses. */
  exact: boolean;
}

/** `sessionNumber`: 1 for the disc's first session. */
export function sessionCost(media: MediaKind, imageSectors: number, sessionNumber: number): SessionCost {
  switch (media) {
    case 'cd-r':
    case 'cd-rw':
      return { occupied: Math.max(imageSectors, CD_MIN_TRACK) + CD_RUN_OUT, gapAfter: sessionNumber === 1 ? CD_FIRST_SESSION_GAP : CD_LATER_SESSION_GAP, exact: true };
    case 'dvd+r':
      // tracks take whole 16-sector ECC blocks (every size in the real 5-session TOC is a multiple of 16)
      return { occupied: Math.ceil(imageSectors / 16) * 16, gapAfter: DVD_PLUS_R_SESSION_GAP, exact: true };
    case 'virtual':
      return { occupied: imageSectors, gapAfter: 0, exact: false };
    default:
      return { occupied: imageSectors, gapAfter: 0, exact: false };
  }
}
