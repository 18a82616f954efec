// Parses `cdrecord -minfo` (cdrtools) and `cdrskin -minfo`. Pure. The format is cdrtools'
// prdiskstatus() / print_diskinfo(): "disk status:              incomplete/appendable", the
// track table printed with "%5d %5d %-6s %-10ld %-10ld %ld", then
// "Last session start address:         %ld", "Next writable address:              %ld",
// "Remaining writable size:            %ld". cdrskin pads numbers with trailing blanks; forums
// collapse blanks, so every field is split on white space, never on columns.
// Fixtures: real-outputs/cdrskin-minfo-*.txt, cdrecord-minfo-*.txt.
// cdrskin (cdrskin.c Cdrskin_minfo(), libburn svn mirror 2017) marks the tracks of a session
// begun and not finished "Rsrvd" (reserved), "Apdbl" (partly written, appendable) or "Invsb"
// (invisible) instead of "Blank", prints "Read capacity:" on closed ROM media and ends
// overwriteable media with "cdrskin: Media is overwriteable.".

export interface MinfoTrack {
  track: number;
  session: number;
  type: 'Data' | 'Audio' | 'Blank' | 'Rsrvd' | 'Apdbl' | 'Invsb';
  start: number;
  end: number;
  size: number;
}

export interface Minfo {
  drive?: { vendor: string; model: string; revision?: string };
  mediaClass?: string;
  mediaType?: string;
  /** "empty", "incomplete/appendable" (cdrskin also: "incomplete"), "complete" */
  diskStatus?: string;
  /** The last session: "empty" on a healthy appendable disc, "incomplete/appendable" when a
   * session was begun and not finished, "complete". */
  sessionStatus?: string;
  numberOfSessions?: number;
  firstTrackInLastSession?: number;
  lastTrackInLastSession?: number;
  tracks: MinfoTrack[];
  lastSessionStart?: number;
  lastSessionLeadout?: number;
  nextWritableAddress?: number;
  remainingSize?: number;
  /** cdrskin: where the readable data ends on closed media. */
  readCapacity?: number;
  /** cdrskin said "Media is overwriteable". */
  overwriteable?: boolean;
  /** cdrskin said "Warning: Incomplete session encountered !". */
  incompleteSession?: boolean;
}

const TRACK_ROW = /^\s*(\d+)\s+(\d+)\s+(Data|Audio|Blank|Rsrvd|Apdbl|Invsb)\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)\s*$/;

export function parseMinfo(output: string): Minfo {
  const minfo: Minfo = { tracks: [] };
  let vendor: string | undefined;
  let model: string | undefined;
  let revision: string | undefined;
  for (const rawLine of output.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    const row = TRACK_ROW.exec(line);
    if (row) {
      minfo.tracks.push({
        track: Number(row[1]),
        session: Number(row[2]),
        type: row[3] as MinfoTrack['type'],
        start: Number(row[4]),
        end: Number(row[5]),
        size: Number(row[6]),
      });
      continue;
    }
    if (/^cdrskin: Media is overwriteable\./.test(line)) minfo.overwriteable = true;
    if (/^Warning: Incomplete session encountered/.test(line)) minfo.incompleteSession = true;
    const field = /^([A-Za-z_][A-Za-z_ .]*?)\s*:\s*(.*?)\s*$/.exec(line);
    if (!field) continue;
    const [, key, value] = field as unknown as [string, string, string];
    switch (key) {
      case 'Vendor_info':
        vendor = unquote(value);
        break;
      case 'Identifikation': // cdrecord, cdrskin
      case 'Identification': // wodim
        model = unquote(value);
        break;
      case 'Revision':
        revision = unquote(value);
        break;
      case 'Mounted media class':
        minfo.mediaClass = value;
        break;
      case 'Mounted media type':
        minfo.mediaType = value;
        break;
      case 'disk status':
        minfo.diskStatus = value;
        break;
      case 'session status':
        minfo.sessionStatus = value;
        break;
      case 'number of sessions':
        minfo.numberOfSessions = toNumber(value);
        break;
      case 'first track in last sess':
        minfo.firstTrackInLastSession = toNumber(value);
        break;
      case 'last track in last sess':
        minfo.lastTrackInLastSession = toNumber(value);
        break;
      case 'Last session start address':
        minfo.lastSessionStart = toNumber(value);
        break;
      case 'Last session leadout start address':
        minfo.lastSessionLeadout = toNumber(value);
        break;
      case 'Read capacity':
        minfo.readCapacity = toNumber(value);
        break;
      case 'Next writable address':
        minfo.nextWritableAddress = toNumber(value);
        break;
      case 'Remaining writable size':
        minfo.remainingSize = toNumber(value);
        break;
    }
  }
  if (vendor !== undefined && model !== undefined) minfo.drive = { vendor, model, ...(revision ? { revision } : {}) };
  return minfo;
}

function unquote(value: string): string {
  return value.replace(/^'(.*)'$/, '$1').trim();
}

function toNumber(value: string): number | undefined {
  return /^-?\d+$/.test(value) ? Number(value) : undefined;
}
