// Parses `cdrecord -toc` / `wodim -toc`. Pure. Format (cdrtools and cdrkit print_toc()):
//   first: 1 last 3
//   track:   1 lba:         0 (        0) 00:02:00 adr: 1 control: 4 mode: 1
//   track:lout lba:   2235392 (  8941568) -1:59:74 adr: 1 control: 7 mode: -1
// The parenthesised column is 8 or 9 wide depending on the version, DVD MSF values can be
// negative, and mail clients wrap "mode: -1" onto a line of its own: split on white space and
// read each track line up to "lba:". Fixtures: real-outputs/cdrecord-toc-*.txt,
// cdrecord-prodvd-toc-dvdplusr-3sessions-01.txt.

export interface TocTrack {
  number: number;
  lba: number;
  control?: number;
}

export interface Toc {
  first: number;
  last: number;
  tracks: TocTrack[];
  leadOut?: number;
}

const FIRST_LAST = /^first:\s*(\d+)\s+last\s+(\d+)/;
const TRACK = /^track:\s*(\d+|lout)\s+lba:\s*(-?\d+)(?:.*?control:\s*(\d+))?/;

export function parseToc(output: string): Toc | undefined {
  let toc: Toc | undefined;
  for (const rawLine of output.split('\n')) {
    const line = rawLine.trim();
    const header = FIRST_LAST.exec(line);
    if (header) {
      toc = { first: Number(header[1]), last: Number(header[2]), tracks: [] };
      continue;
    }
    const track = TRACK.exec(line);
    if (!track || !toc) continue;
    if (track[1] === 'lout') toc.leadOut = Number(track[2]);
    else toc.tracks.push({ number: Number(track[1]), lba: Number(track[2]), ...(track[3] === undefined ? {} : { control: Number(track[3]) }) });
  }
  return toc;
}

/** Control field bit 2: the track holds data (else audio). */
export function isDataTrack(track: TocTrack): boolean {
  return track.control === undefined || (track.control & 4) !== 0;
}
