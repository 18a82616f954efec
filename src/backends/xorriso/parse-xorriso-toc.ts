// Parses what `xorriso -outdev DEVICE -toc` prints (stdout and stderr together). Pure.
// Formats as seen in real captures (test/fixtures/real-outputs/xorriso-toc-*.txt, xorriso
// 1.4.x on drives) and local ones (test/fixtures/local-outputs/, xorriso 1.5.4 on stdio:):
//   Drive type   : vendor 'TSSTcorp' product 'CDDVDW SE-S084F' revision 'TS00'
//   Media current: DVD+R                       (or "stdio file, overwriteable", "is not recognizable")
//   Media status : is written , is appendable  (or "is blank", "is written , is closed", "is not present")
//   Media blocks : 367920 readable , 1925136 writable , 2295104 overall
//   ISO session  :   1 ,         0 ,    131591s , PBOOT
//   Other session:   1 ,         0 ,     65264s ,        (no ISO 9660 found: no volume id)
//   Media nwa    : 369968s
// Lines may repeat (the acquisition summary comes first); the last one wins. From xorriso's
// Xorriso_toc() (libisoburn xorriso/drive_mgt.c), also: "Incmp session:" (a session begun and
// not closed), "ISO track    :" / "Other track  :" (the 2nd and later tracks of a session,
// numbered by track, not by session), "Media summary: N sessions, M data blocks, …" (or
// "Media summary: unsuitable Pseudo Overwrite formatted BD-R", and no session lines) and
// WARNING lines such as "Chain of ISO session headers broken at #5, LBA 320s".

export interface XorrisoToc {
  drive?: { vendor: string; model: string; revision: string };
  /** The "Media current" text. */
  media?: string;
  /** The "Media status" text, e.g. "is written , is appendable". */
  status?: string;
  blocks?: { readable: number; writable: number; overall: number };
  sessions: XorrisoTocSession[];
  nextWritableAddress?: number;
  /** "Media summary: N sessions, M data blocks": what xorriso itself counted. */
  summary?: { sessions: number; dataBlocks: number };
  /** "Media summary: unsuitable …": a disc xorriso will neither list nor write, in its words. */
  unsuitable?: string;
  /** Lines xorriso or libburn flagged as SORRY, FAILURE, FATAL or ABORT, in their own words. */
  problems: XorrisoProblem[];
  /** WARNING lines, in their own words (damage shows here first: a broken session chain). */
  warnings: string[];
}

export interface XorrisoTocSession {
  number: number;
  startLba: number;
  sizeSectors: number;
  /** True for "ISO session" (and "Incmp session" with a volume id), false for "Other session". */
  iso: boolean;
  volumeId: string;
  /** "Incmp session": begun and never closed. */
  incomplete: boolean;
  /** Tracks in this session (1 unless "ISO track" / "Other track" lines follow it). */
  tracks: number;
}

export interface XorrisoProblem {
  source: string;
  severity: 'SORRY' | 'FAILURE' | 'FATAL' | 'ABORT';
  text: string;
}

const DRIVE_TYPE = /^Drive type\s*: vendor '(.*)' product '(.*)' revision '(.*)'\s*$/;
const FIELD = /^(Media current|Media status|Media blocks|Media nwa)\s*: ?(.*)$/;
const BLOCKS = /^(\d+) readable , (\d+) writable , (\d+) overall/;
const SESSION = /^(ISO|Other|Incmp) (session|track)\s*:\s*(\d+)\s*,\s*(-?\d+)\s*,\s*(\d+)s\s*,\s?(.*)$/;
const PROBLEM = /^(xorriso|libburn|libisoburn|libisofs)\s*: (SORRY|FAILURE|FATAL|ABORT) : (.*)$/;
const WARNING = /^(?:xorriso|libburn|libisoburn|libisofs)\s*: WARNING : (.*)$/;
const SUMMARY = /^Media summary:\s*(\d+) sessions?, (\d+) data blocks/;
const UNSUITABLE = /^Media summary:\s*(unsuitable .*?)\s*$/;

export function parseXorrisoToc(output: string): XorrisoToc {
  const toc: XorrisoToc = { sessions: [], problems: [], warnings: [] };
  const sessions = new Map<number, XorrisoTocSession>();
  let current: XorrisoTocSession | undefined;
  for (const rawLine of output.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    let match: RegExpExecArray | null;
    if ((match = DRIVE_TYPE.exec(line))) {
      toc.drive = { vendor: match[1]!.trim(), model: match[2]!.trim(), revision: match[3]!.trim() };
    } else if ((match = SESSION.exec(line))) {
      const [, kind, unit, number, start, size, volumeId] = match as unknown as [string, string, string, string, string, string, string];
      if (unit === 'track') {
        // a later track of the session above: the session runs to its end
        if (current) {
          current.tracks += 1;
          current.sizeSectors = Math.max(current.sizeSectors, Number(start) + Number(size) - current.startLba);
        }
        continue;
      }
      current = {
        number: Number(number),
        startLba: Number(start),
        sizeSectors: Number(size),
        iso: kind === 'ISO' || (kind === 'Incmp' && volumeId.trim() !== ''),
        volumeId: volumeId.trimEnd(),
        incomplete: kind === 'Incmp',
        tracks: 1,
      };
      sessions.set(current.number, current);
    } else if ((match = SUMMARY.exec(line))) {
      toc.summary = { sessions: Number(match[1]), dataBlocks: Number(match[2]) };
    } else if ((match = UNSUITABLE.exec(line))) {
      toc.unsuitable = match[1]!;
    } else if ((match = WARNING.exec(line))) {
      if (!toc.warnings.includes(match[1]!.trim())) toc.warnings.push(match[1]!.trim());
    } else if ((match = PROBLEM.exec(line))) {
      toc.problems.push({ source: match[1]!, severity: match[2] as XorrisoProblem['severity'], text: match[3]!.trim() });
    } else if ((match = FIELD.exec(line))) {
      const value = match[2]!.trim();
      switch (match[1]) {
        case 'Media current':
          toc.media = value;
          break;
        case 'Media status':
          toc.status = value;
          break;
        case 'Media blocks': {
          const blocks = BLOCKS.exec(value);
          if (blocks) toc.blocks = { readable: Number(blocks[1]), writable: Number(blocks[2]), overall: Number(blocks[3]) };
          break;
        }
        case 'Media nwa': {
          const nwa = /^(\d+)s$/.exec(value);
          if (nwa) toc.nextWritableAddress = Number(nwa[1]);
          break;
        }
      }
    }
  }
  toc.sessions = [...sessions.values()].sort((a, b) => a.number - b.number);
  return toc;
}
