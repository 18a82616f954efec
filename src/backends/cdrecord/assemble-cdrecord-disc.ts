// Builds the Disc from what the cdrecord family printed. Pure.
// cdrecord (cdrtools) and cdrskin: `-minfo` says it all. wodim has no -minfo, so its disc is
// put together from -toc (track starts), -msinfo (last session start and next writable
// address, or why there is none) and -atip (the capacity: the lead-out start of the blank disc).
import type { Disc, DiscSession, DiscStatus, ToolInfo } from '../../disc/disc-model.js';
import { mediaKindFromName } from '../../disc/media-names.js';
import { DeviceError } from '../device-errors.js';
import type { Atip } from './parse-atip.js';
import type { Minfo } from './parse-minfo.js';
import type { Msinfo } from './parse-msinfo.js';
import { isDataTrack, type Toc } from './parse-toc.js';

export function discFromMinfo(minfo: Minfo, device: string, tool: ToolInfo): Disc {
  const status = statusFromDiskStatus(minfo.diskStatus, device);
  const sessions = new Map<number, DiscSession>();
  for (const track of minfo.tracks) {
    if (track.type === 'Blank') continue;
    const session = sessions.get(track.session);
    if (session) session.sizeSectors = track.end + 1 - session.startLba;
    else sessions.set(track.session, { number: track.session, startLba: track.start, sizeSectors: track.size, ...(track.type === 'Audio' ? { audio: true } : {}) });
  }
  return {
    device,
    tool,
    ...(minfo.drive ? { drive: minfo.drive } : {}),
    media: { kind: mediaKindFromName(minfo.mediaType ?? ''), description: minfo.mediaType ?? 'unknown' },
    status,
    sessions: [...sessions.values()].sort((a, b) => a.number - b.number),
    ...(status !== 'closed' && minfo.nextWritableAddress !== undefined ? { nextWritableAddress: minfo.nextWritableAddress } : {}),
    ...(status === 'closed' ? { freeSectors: 0 } : minfo.remainingSize !== undefined ? { freeSectors: minfo.remainingSize } : {}),
    ...(status === 'appendable' && minfo.sessionStatus?.startsWith('incomplete') ? { unfinishedSession: true } : {}),
  };
}

function statusFromDiskStatus(text: string | undefined, device: string): DiscStatus {
  if (text === undefined) throw new DeviceError(device, 'unparsable', 'the -minfo output has no "disk status" line; cannot tell what is in the drive');
  if (text === 'empty') return 'blank';
  if (text.startsWith('incomplete')) return 'appendable';
  if (text === 'complete') return 'closed';
  throw new DeviceError(device, 'unparsable', `cannot understand the disk status "${text}"`);
}

/** CD gaps between sessions: lead-out, lead-in and pregap (6750 + 4500 + 150 after the first, 2250 + 4500 + 150 later). */
export const FIRST_SESSION_GAP = 11_400;
export const LATER_SESSION_GAP = 6_900;

export type MsinfoOutcome = { kind: 'appendable'; msinfo: Msinfo } | { kind: 'blank' } | { kind: 'closed' };

export interface WodimReadings {
  toc?: Toc;
  msinfo: MsinfoOutcome;
  atip: Atip;
  drive?: Disc['drive'];
  mediaDescription: string;
}

/**
 * wodim: each data track is taken as a session of its own (what `cdrecord -multi` in TAO mode
 * writes: one data track per session); consecutive audio tracks form one session. A session's
 * size is what lies before the next session's gap on a CD; on other media the gap is not
 * known, so the size runs up to the next session.
 */
export function discFromWodim(readings: WodimReadings, device: string, tool: ToolInfo): Disc {
  const status = readings.msinfo.kind;
  const grouped = groupSessions(readings.toc);
  const starts = grouped.map((g) => g.start);
  const kind = mediaKindFromName(readings.mediaDescription);
  const isCd = kind === 'cd-r' || kind === 'cd-rw' || kind === 'cd-rom';
  const sessions: DiscSession[] = starts.map((startLba, i) => {
    const next = starts[i + 1];
    const gap = isCd ? (i === 0 ? FIRST_SESSION_GAP : LATER_SESSION_GAP) : 0;
    const end = next === undefined ? (readings.toc?.leadOut ?? startLba) : next - gap;
    return { number: i + 1, startLba, sizeSectors: Math.max(0, end - startLba), ...(grouped[i]!.audio ? { audio: true } : {}) };
  });
  if (status !== 'blank' && sessions.length === 0) {
    throw new DeviceError(device, 'unparsable', `the drive says the disc is ${status} but its table of contents lists no track; refusing to guess what is on it`);
  }
  if (status === 'appendable') {
    const last = sessions[sessions.length - 1];
    if (last && last.startLba !== readings.msinfo.msinfo.lastSessionStart) {
      throw new DeviceError(device, 'unparsable', `the TOC's last session starts at ${last.startLba} but -msinfo says ${readings.msinfo.msinfo.lastSessionStart}; refusing to guess the disc's layout`);
    }
  }
  const capacity = readings.atip.leadOutStart;
  const nextWritableAddress = status === 'appendable' ? readings.msinfo.msinfo.nextWritableAddress : status === 'blank' ? 0 : undefined;
  return {
    device,
    tool,
    ...(readings.drive ? { drive: readings.drive } : {}),
    media: { kind, description: readings.mediaDescription },
    status,
    sessions: status === 'blank' ? [] : sessions,
    ...(nextWritableAddress !== undefined ? { nextWritableAddress } : {}),
    ...(status === 'closed' ? { freeSectors: 0 } : capacity !== undefined && nextWritableAddress !== undefined ? { freeSectors: Math.max(0, capacity - nextWritableAddress) } : {}),
  };
}

function groupSessions(toc: Toc | undefined): Array<{ start: number; audio: boolean }> {
  if (!toc) return [];
  const sessions: Array<{ start: number; audio: boolean }> = [];
  let previousWasAudio = false;
  for (const track of toc.tracks) {
    const data = isDataTrack(track);
    if (data || !previousWasAudio) sessions.push({ start: track.lba, audio: !data });
    previousWasAudio = !data;
  }
  return sessions;
}
