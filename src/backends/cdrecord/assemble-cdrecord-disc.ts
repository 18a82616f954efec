// Builds the Disc from `cdrecord -minfo` (cdrtools) or `cdrskin -minfo`. Pure. The session
// column of the track table says which tracks form a session; every other number the output
// gives (session count, last session start and lead-out, next writable address, remaining size)
// is checked against that table, and an output whose numbers disagree is refused.
// wodim has no -minfo: its disc is put together in wodim-disc.ts.
import type { Disc, DiscSession, DiscStatus, ToolInfo } from '../../disc/disc-model.js';
import { mediaKindFromName } from '../../disc/media-names.js';
import { DeviceError } from '../../disc/device-errors.js';
import { checkNextWritable, checkSessionsFit, isCdKind, refuse } from './disc-layout-checks.js';
import { refuseOverwriteable } from './overwriteable-media.js';
import type { Minfo, MinfoTrack } from './parse-minfo.js';

/** Rows of a session begun and never finished (cdrskin), and the blank rest of the disc. */
const NOT_WRITTEN = new Set<MinfoTrack['type']>(['Blank', 'Rsrvd', 'Apdbl', 'Invsb']);

export function discFromMinfo(minfo: Minfo, device: string, tool: ToolInfo): Disc {
  refuseOverwriteable(device, minfo.mediaType, minfo.overwriteable === true);
  const status = statusFromDiskStatus(minfo.diskStatus, device);
  const kind = mediaKindFromName(minfo.mediaType ?? '');
  const cd = isCdKind(kind);
  const name = '-minfo';
  checkRows(minfo.tracks, device);
  const sessions = sessionsOf(minfo, kind, device);
  checkSessionsFit(sessions, cd, device, name);
  const begun = minfo.tracks.some((t) => t.type !== 'Blank' && NOT_WRITTEN.has(t.type)) || minfo.incompleteSession === true;
  checkCounts(minfo, status, sessions, device);
  const blankRow = minfo.tracks.find((t) => t.type === 'Blank');
  const nwa = minfo.nextWritableAddress;
  if (nwa !== undefined && status !== 'closed') {
    if (blankRow && blankRow.start !== nwa) throw refuse(device, `-minfo gives the next writable address ${nwa} but its blank track starts at ${blankRow.start}`);
    if (status === 'blank' && nwa !== 0) throw refuse(device, `-minfo says the disc is blank but gives the next writable address ${nwa}`);
    if (status === 'appendable' && !begun) checkNextWritable(nwa, sessions, cd, device, name);
  }
  // both tools print these two from the blank track they list: without one, nothing vouches for them
  if (status !== 'closed' && !minfo.tracks.some((t) => NOT_WRITTEN.has(t.type)) && (nwa !== undefined || minfo.remainingSize !== undefined)) {
    const given = [minfo.remainingSize !== undefined ? `a remaining writable size of ${minfo.remainingSize}` : '', nwa !== undefined ? `a next writable address of ${nwa}` : ''].filter(Boolean).join(' and ');
    throw refuse(device, `-minfo gives ${given}, but lists no blank track that holds them`);
  }
  if (blankRow && minfo.remainingSize !== undefined && blankRow.size !== minfo.remainingSize) {
    throw refuse(device, `-minfo gives a remaining writable size of ${minfo.remainingSize} but its blank track holds ${blankRow.size} sectors`);
  }
  return {
    device,
    tool,
    ...(minfo.drive ? { drive: minfo.drive } : {}),
    media: { kind, description: minfo.mediaType ?? 'unknown' },
    status,
    sessions: status === 'blank' ? [] : sessions,
    ...(status !== 'closed' && minfo.nextWritableAddress !== undefined ? { nextWritableAddress: minfo.nextWritableAddress } : {}),
    ...(status === 'closed' ? { freeSectors: 0 } : minfo.remainingSize !== undefined ? { freeSectors: minfo.remainingSize } : {}),
    ...(status === 'appendable' && (begun || minfo.sessionStatus?.startsWith('incomplete')) ? { unfinishedSession: true } : {}),
  };
}

function statusFromDiskStatus(text: string | undefined, device: string): DiscStatus {
  if (text === undefined) throw new DeviceError(device, 'unparsable', 'the -minfo output has no "disk status" line; cannot tell what is in the drive');
  if (text === 'empty') return 'blank';
  if (text.startsWith('incomplete')) return 'appendable';
  if (text === 'complete') return 'closed';
  throw new DeviceError(device, 'unparsable', `cannot understand the disk status "${text}"`);
}

function checkRows(rows: readonly MinfoTrack[], device: string): void {
  rows.forEach((row, i) => {
    if (row.size <= 0 || row.start < 0 || row.end !== row.start + row.size - 1) {
      throw refuse(device, `-minfo lists track ${row.track} from ${row.start} to ${row.end} with a size of ${row.size}`);
    }
    const previous = rows[i - 1];
    if (!previous && row.session !== 1) throw refuse(device, `-minfo lists track ${row.track} in session ${row.session} but none in session 1`);
    if (previous && (row.start <= previous.end || row.session < previous.session || row.session > previous.session + 1 || row.track !== previous.track + 1)) {
      throw refuse(device, `-minfo lists track ${row.track} (session ${row.session}, at ${row.start}) after track ${previous.track} (session ${previous.session}, ending at ${previous.end})`);
    }
  });
}

/** The written rows grouped by their session column; a ROM's last session ends at "Read capacity". */
function sessionsOf(minfo: Minfo, kind: string, device: string): DiscSession[] {
  const sessions = new Map<number, DiscSession>();
  for (const track of minfo.tracks) {
    if (NOT_WRITTEN.has(track.type)) continue;
    const session = sessions.get(track.session);
    if (session) session.sizeSectors = track.end + 1 - session.startLba;
    else sessions.set(track.session, { number: track.session, startLba: track.start, sizeSectors: track.size, ...(track.type === 'Audio' ? { audio: true } : {}) });
  }
  const list = [...sessions.values()];
  const last = list[list.length - 1];
  // cdrskin prints "Read capacity" for closed CD-ROM, DVD-ROM and BD-ROM (profiles 0x08, 0x10,
  // 0x40): their TOC gives the formatted size, the read capacity where the data ends.
  if (last && minfo.readCapacity !== undefined && /-rom$/.test(kind)) {
    if (minfo.readCapacity <= last.startLba) throw refuse(device, `-minfo gives a read capacity of ${minfo.readCapacity}, before the last session's start ${last.startLba}`);
    last.sizeSectors = Math.min(last.sizeSectors, minfo.readCapacity - last.startLba);
  }
  return list;
}

function checkCounts(minfo: Minfo, status: DiscStatus, sessions: readonly DiscSession[], device: string): void {
  const said = minfo.numberOfSessions;
  const highest = Math.max(0, ...minfo.tracks.map((t) => t.session));
  // an appendable disc holds a written (or begun) session; a closed one read without its track
  // table (an excerpt) says nothing wrong unless it claims several sessions
  if (minfo.tracks.length === 0 && (status === 'appendable' || (said ?? 0) > 1)) {
    throw refuse(device, `-minfo says the disc is ${status === 'appendable' ? 'appendable' : 'closed'}${said === undefined ? '' : ` with ${said} sessions`} but lists no track`);
  }
  if (said !== undefined && status !== 'blank' && minfo.tracks.length > 0 && said !== highest) {
    throw refuse(device, `-minfo says the disc holds ${said} sessions but its track table lists ${highest}`);
  }
  const inLast = minfo.tracks.filter((t) => t.session === highest);
  const first = minfo.firstTrackInLastSession;
  const lastTrack = minfo.lastTrackInLastSession;
  if (inLast.length > 0 && ((first !== undefined && first !== inLast[0]!.track) || (lastTrack !== undefined && lastTrack !== inLast[inLast.length - 1]!.track))) {
    throw refuse(device, `-minfo says the last session holds tracks ${first ?? '?'} to ${lastTrack ?? '?'} but its track table lists ${inLast[0]!.track} to ${inLast[inLast.length - 1]!.track}`);
  }
  const last = sessions[sessions.length - 1];
  if (last && minfo.lastSessionStart !== undefined && minfo.lastSessionStart !== last.startLba) {
    throw refuse(device, `-minfo gives the last session start address ${minfo.lastSessionStart} but its last session starts at ${last.startLba}`);
  }
  const ends = new Set(minfo.tracks.filter((t) => !NOT_WRITTEN.has(t.type)).map((t) => t.end + 1));
  if (last && minfo.lastSessionLeadout !== undefined && !ends.has(minfo.lastSessionLeadout)) {
    throw refuse(device, `-minfo gives the last session's lead-out at ${minfo.lastSessionLeadout}, where no track ends`);
  }
}
