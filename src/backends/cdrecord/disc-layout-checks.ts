// The checks every cdrecord-family reading passes before it becomes a Disc: the sessions the
// tools describe must be able to exist on the medium. Pure. What fails is refused with one line
// naming the device and the tool's numbers, never repaired: a wrong layout would put the next
// session in the wrong place.
import type { DiscSession, MediaKind } from '../../disc/disc-model.js';
import { DeviceError } from '../../disc/device-errors.js';

/** CD gaps between sessions: lead-out, lead-in and pregap (6750 + 4500 + 150 after the first, 2250 + 4500 + 150 later). */
export const FIRST_SESSION_GAP = 11_400;
export const LATER_SESSION_GAP = 6_900;
/** The run-out blocks a drive adds after a track written TAO. */
const RUN_OUT = 2;

export function isCdKind(kind: MediaKind): boolean {
  return kind === 'cd-r' || kind === 'cd-rw' || kind === 'cd-rom';
}

/** The sectors a CD needs between the end of session `index` (0-based) and the start of the next one. */
export function gapAfter(index: number, cd: boolean): number {
  if (!cd) return 0;
  return index === 0 ? FIRST_SESSION_GAP : LATER_SESSION_GAP;
}

export function refuse(device: string, what: string): DeviceError {
  return new DeviceError(device, 'unparsable', `${what}; refusing to guess the disc's layout`);
}

/** Sessions in order, each of at least one sector, none starting before the previous one's gap is over. */
export function checkSessionsFit(sessions: readonly DiscSession[], cd: boolean, device: string, tool: string): void {
  sessions.forEach((session, i) => {
    if (!Number.isSafeInteger(session.startLba) || session.startLba < 0) throw refuse(device, `${tool} puts session ${session.number} at ${session.startLba}`);
    if (!Number.isSafeInteger(session.sizeSectors) || session.sizeSectors <= 0) {
      throw refuse(device, `${tool} gives session ${session.number} (at ${session.startLba}) a size of ${session.sizeSectors} sectors`);
    }
    const previous = sessions[i - 1];
    if (!previous) return;
    const earliest = previous.startLba + previous.sizeSectors + gapAfter(i - 1, cd);
    if (session.startLba < earliest) {
      const room = cd ? ` (a CD needs ${gapAfter(i - 1, cd)} sectors of lead-out and lead-in between sessions)` : '';
      throw refuse(device, `${tool} starts session ${session.number} at ${session.startLba}, before ${earliest} where session ${previous.number} and its gap end${room}`);
    }
  });
}

/** The next writable address must lie after the last session and, on a CD, after its lead-out and the next lead-in. */
export function checkNextWritable(nwa: number, sessions: readonly DiscSession[], cd: boolean, device: string, tool: string): void {
  const last = sessions[sessions.length - 1];
  const earliest = last ? last.startLba + last.sizeSectors + gapAfter(sessions.length - 1, cd) : 0;
  // drives differ by the 2 run-out sectors of a TAO track: after one 300-sector track, 11702 is
  // reported (real-outputs/cdrecord-msinfo-after-audio-session-excerpt-01.txt) and 11700 quoted
  if (!Number.isSafeInteger(nwa) || nwa < earliest - (cd && last ? RUN_OUT : 0)) {
    const where = last ? `session ${last.number} (${last.startLba}–${last.startLba + last.sizeSectors - 1})${cd ? ' and its lead-out and lead-in' : ''}` : 'the start of the disc';
    throw refuse(device, `${tool} gives the next writable address ${nwa}, inside ${where}, which end at ${earliest}`);
  }
}
