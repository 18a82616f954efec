// Each session's own ISO 9660 header against the session after it. Pure.
// -toc marks no session boundary (wodim-disc.ts), so two tracks of one session can be read as two
// sessions; the first one's header then claims sectors that lie in the "next session". A header
// that merely claims more than its own session holds is a session cut short, which compute-diff
// judges itself (cut-short-sessions.ts); only a claim reaching the next session is refused here.
// genisoimage and mkisofs count a multisession image's volume space from LBA 0 (`-C a,b` images
// end at b + their size: real-outputs/SOURCES.md §6, the -C without -M run padded to
// 12345 + 235 = 12580 extents), a first-session image from its own start.
import type { Disc } from '../../disc/disc-model.js';

/** Adds to the disc's damage every session whose header claims sectors of the session after it. */
export function checkSessionExtents(disc: Disc): void {
  const damage: string[] = [];
  disc.sessions.forEach((session, i) => {
    const next = disc.sessions[i + 1];
    const claimed = session.filesystem?.volumeSpaceSize;
    if (!next || claimed === undefined) return;
    const claimedEnd = claimed >= session.startLba ? claimed : session.startLba + claimed;
    if (claimedEnd <= next.startLba) return;
    damage.push(
      `session ${session.number}'s ISO 9660 header claims sectors up to LBA ${claimedEnd - 1}, into session ${next.number} (at ${next.startLba}) as the drive lists its tracks: the table of contents cannot tell which tracks form a session`,
    );
  });
  if (damage.length > 0) disc.damage = [...(disc.damage ?? []), ...damage];
}
