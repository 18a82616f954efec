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
// Lines may repeat (the acquisition summary comes first); the last one wins.

export interface XorrisoToc {
  drive?: { vendor: string; model: string; revision: string };
  /** The "Media current" text. */
  media?: string;
  /** The "Media status" text, e.g. "is written , is appendable". */
  status?: string;
  blocks?: { readable: number; writable: number; overall: number };
  sessions: XorrisoTocSession[];
  nextWritableAddress?: number;
  /** Lines xorriso or libburn flagged as SORRY, FAILURE, FATAL or ABORT, in their own words. */
  problems: XorrisoProblem[];
}

export interface XorrisoTocSession {
  number: number;
  startLba: number;
  sizeSectors: number;
  /** True for "ISO session", false for "Other session". */
  iso: boolean;
  volumeId: string;
}

export interface XorrisoProblem {
  source: string;
  severity: 'SORRY' | 'FAILURE' | 'FATAL' | 'ABORT';
  text: string;
}

const DRIVE_TYPE = /^Drive type\s*: vendor '(.*)' product '(.*)' revision '(.*)'\s*$/;
const FIELD = /^(Media current|Media status|Media blocks|Media nwa)\s*: ?(.*)$/;
const BLOCKS = /^(\d+) readable , (\d+) writable , (\d+) overall/;
const SESSION = /^(ISO|Other) session\s*:\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)s\s*,\s?(.*)$/;
const PROBLEM = /^(xorriso|libburn|libisoburn|libisofs)\s*: (SORRY|FAILURE|FATAL|ABORT) : (.*)$/;

export function parseXorrisoToc(output: string): XorrisoToc {
  const toc: XorrisoToc = { sessions: [], problems: [] };
  const sessions = new Map<number, XorrisoTocSession>();
  for (const rawLine of output.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    let match: RegExpExecArray | null;
    if ((match = DRIVE_TYPE.exec(line))) {
      toc.drive = { vendor: match[1]!.trim(), model: match[2]!.trim(), revision: match[3]!.trim() };
    } else if ((match = SESSION.exec(line))) {
      const number = Number(match[2]);
      sessions.set(number, { number, startLba: Number(match[3]), sizeSectors: Number(match[4]), iso: match[1] === 'ISO', volumeId: match[5]!.trimEnd() });
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
