// Each session's own ISO 9660 header against the session as the tools laid it out. Pure.
// -toc marks no session boundary (wodim-disc.ts), so two tracks of one session can be read as two
// sessions; the header then claims sectors past the end the layout gives it, inside the gap that
// should follow. genisoimage and mkisofs count a multisession image's volume space from LBA 0
// (`-C a,b` images end at b + their size: real-outputs/SOURCES.md §6, the -C without -M run
// padded to 12345 + 235 = 12580 extents), a first-session image from its own start.
import type { Disc } from '../../disc/disc-model.js';

/** Adds to the disc's damage every session whose header claims more than the session holds. */
export function checkSessionExtents(disc: Disc): void {
  const damage: string[] = [];
  for (const session of disc.sessions) {
    const claimed = session.filesystem?.volumeSpaceSize;
    if (claimed === undefined || session.problem) continue;
    const end = session.startLba + session.sizeSectors;
    const claimedEnd = claimed >= session.startLba ? claimed : session.startLba + claimed;
    if (claimedEnd <= end) continue;
    damage.push(
      `session ${session.number}'s ISO 9660 header claims sectors up to LBA ${claimedEnd - 1}, past its end at ${end - 1} as the drive lists its tracks: the table of contents cannot tell which tracks form this session`,
    );
  }
  if (damage.length > 0) disc.damage = [...(disc.damage ?? []), ...damage];
}
