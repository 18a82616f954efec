// Builds the Disc from wodim's readings: -toc (track starts and the lead-out), -msinfo (the last
// session's start and the next writable address, or why there is none) and -atip (the capacity:
// the lead-out start of the blank disc). Pure.
// -toc marks no session (cdrkit wodim.c print_toc() prints tracks and the lead-out only), so
// sessions are told apart by what can be known:
// - -msinfo names the first track of the last session; every later track belongs to it;
// - on a CD, two tracks closer than a lead-out and lead-in (11,400 sectors after the first
//   session, 6,900 later) cannot be in different sessions: they share one;
// - otherwise each data track starts a session, as `cdrecord -multi -tao` writes them (one
//   track per session, the only way the cdrecord path writes), and consecutive audio tracks
//   form one session. DVD+R and BD-R give every track a session of its own anyway.
// Whatever contradicts these (a last session that cannot start where -msinfo says, sizes of
// zero or less, a next writable address inside the last session) is refused.
import type { Disc, DiscSession, ToolInfo } from '../../disc/disc-model.js';
import { mediaKindFromName } from '../../disc/media-names.js';
import { DeviceError } from '../../disc/device-errors.js';
import { checkNextWritable, checkSessionsFit, gapAfter, isCdKind, refuse } from './disc-layout-checks.js';
import type { MsinfoOutcome } from './msinfo-outcome.js';
import { refuseOverwriteable } from './overwriteable-media.js';
import type { Atip } from './parse-atip.js';
import { isDataTrack, type Toc } from './parse-toc.js';

export interface WodimReadings {
  toc?: Toc;
  msinfo: MsinfoOutcome;
  atip: Atip;
  drive?: Disc['drive'];
  mediaDescription: string;
}

export function discFromWodim(readings: WodimReadings, device: string, tool: ToolInfo): Disc {
  refuseOverwriteable(device, readings.mediaDescription, false);
  const status = readings.msinfo.kind;
  const kind = mediaKindFromName(readings.mediaDescription);
  const cd = isCdKind(kind);
  const msinfo = readings.msinfo.kind === 'appendable' ? readings.msinfo.msinfo : undefined;
  const toc = readings.toc;
  if (status === 'blank') {
    if (toc && toc.tracks.length > 0) throw refuse(device, `-msinfo says the disc is blank but -toc lists ${toc.tracks.length} tracks`);
  } else if (!toc || toc.tracks.length === 0) {
    throw new DeviceError(device, 'unparsable', `the drive says the disc is ${status} but its table of contents lists no track; refusing to guess what is on it`);
  }
  const sessions = status === 'blank' || !toc ? [] : sessionsOf(toc, msinfo?.lastSessionStart, cd, device);
  checkSessionsFit(sessions, cd, device, '-toc');
  if (msinfo) checkNextWritable(msinfo.nextWritableAddress, sessions, cd, device, '-msinfo');
  const capacity = readings.atip.leadOutStart;
  const nextWritableAddress = msinfo ? msinfo.nextWritableAddress : status === 'blank' ? 0 : undefined;
  const free = capacity !== undefined && nextWritableAddress !== undefined ? capacity - nextWritableAddress : undefined;
  if (free !== undefined && free < 0) throw refuse(device, `-msinfo gives the next writable address ${nextWritableAddress}, past the disc's capacity ${capacity} (-atip lead-out)`);
  return {
    device,
    tool,
    ...(readings.drive ? { drive: readings.drive } : {}),
    media: { kind, description: readings.mediaDescription },
    status,
    sessions,
    ...(nextWritableAddress !== undefined ? { nextWritableAddress } : {}),
    ...(status === 'closed' ? { freeSectors: 0 } : free !== undefined ? { freeSectors: free } : {}),
  };
}

function sessionsOf(toc: Toc, lastStart: number | undefined, cd: boolean, device: string): DiscSession[] {
  checkToc(toc, device);
  const tracks = toc.tracks;
  if (lastStart !== undefined && !tracks.some((t) => t.lba === lastStart)) {
    throw refuse(device, `-msinfo says the last session starts at ${lastStart}, where -toc lists no track (${tracks.map((t) => t.lba).join(', ')})`);
  }
  const groups: Array<{ start: number; audio: boolean }> = [];
  tracks.forEach((track, i) => {
    const previous = tracks[i - 1];
    const data = isDataTrack(track);
    const startsLast = track.lba === lastStart;
    const afterLast = lastStart !== undefined && track.lba > lastStart;
    const roomForGap = !previous || track.lba - previous.lba > gapAfter(groups.length - 1, cd);
    if (startsLast && !roomForGap) {
      throw refuse(device, `-msinfo says the last session starts at ${track.lba}, only ${track.lba - previous!.lba} sectors after the track before it: no lead-out and lead-in fit there`);
    }
    const begins = !previous || startsLast || (!afterLast && roomForGap && (data || !groups[groups.length - 1]!.audio));
    if (begins) groups.push({ start: track.lba, audio: !data });
    else if (data) groups[groups.length - 1]!.audio = false;
  });
  const end = toc.leadOut!;
  return groups.map((group, i) => {
    const next = groups[i + 1];
    const sizeSectors = (next ? next.start - gapAfter(i, cd) : end) - group.start;
    return { number: i + 1, startLba: group.start, sizeSectors, ...(group.audio ? { audio: true } : {}) };
  });
}

/** Track numbers first..last, each track once, in rising order, all before the lead-out. */
function checkToc(toc: Toc, device: string): void {
  const numbers = toc.tracks.map((t) => t.number).join(', ');
  if (toc.last < toc.first || toc.tracks.length !== toc.last - toc.first + 1 || toc.tracks.some((t, i) => t.number !== toc.first + i)) {
    throw refuse(device, `-toc announces tracks ${toc.first} to ${toc.last} but lists ${numbers || 'none'}`);
  }
  toc.tracks.forEach((track, i) => {
    const previous = toc.tracks[i - 1];
    if (track.lba < 0 || (previous && track.lba <= previous.lba)) throw refuse(device, `-toc puts track ${track.number} at ${track.lba}, not after the track before it`);
  });
  const last = toc.tracks[toc.tracks.length - 1]!;
  if (toc.leadOut === undefined || toc.leadOut <= last.lba) throw refuse(device, `-toc gives the lead-out at ${toc.leadOut ?? 'no address'}, not after its last track (${last.lba})`);
}
