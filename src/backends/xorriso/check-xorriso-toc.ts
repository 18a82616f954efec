// Cross-checks what one `xorriso -toc` says about a disc against itself: the session lines, the
// summary, the next writable address and the WARNING lines. Pure. A disc whose numbers
// disagree is read as it is, with the disagreement named, so that status can show it and diff
// and apply refuse to write; nothing is guessed.
// Seen on xorriso 1.5.4 with stdio: files cut short (test/fixtures/local-outputs/
// xorriso-toc-stdio-cut-*): "libisoburn: WARNING : ISO image size 342s larger than readable
// size 300s", "… Chain of ISO session headers broken at #5, LBA 320s", then a 5th session at
// LBA 0 labelled like the 4th: xorriso falls back to the copy of the newest session's header
// that it keeps at LBA 16, which is not a session of its own.
import type { DiscSession } from '../../disc/disc-model.js';
import { emulatedNwaProblem } from './check-emulated-toc.js';
import type { XorrisoToc, XorrisoTocSession } from './parse-xorriso-toc.js';

export interface CheckedToc {
  sessions: DiscSession[];
  /** The numbers of the sessions kept that xorriso recognised as ISO 9660. */
  isoSessions: Set<number>;
  damage: string[];
  unfinished: boolean;
}

const READABLE_SIZE = /ISO image size (\d+)s larger than readable size (\d+)s/;
const TRACK_SIZE = /Session (\d+) bears ISO image size (\d+)s larger than track size (\d+)s/;
const CHAIN_BROKEN = /Chain of ISO session headers broken/;

export function checkXorrisoToc(toc: XorrisoToc): CheckedToc {
  const damage: string[] = [];
  const kept: XorrisoTocSession[] = [];
  for (const session of toc.sessions) {
    const previous = kept[kept.length - 1];
    if (previous && session.startLba < previous.startLba + previous.sizeSectors) {
      damage.push(
        session.startLba === 0
          ? `xorriso lists a session ${session.number} at LBA 0, over the sessions before it: not a session but the copy of a header, so the chain of sessions is broken`
          : `xorriso lists session ${session.number} at LBA ${session.startLba}, inside session ${previous.number} (LBA ${previous.startLba} to ${previous.startLba + previous.sizeSectors - 1})`,
      );
      continue;
    }
    kept.push(session);
  }

  const sessions: DiscSession[] = kept.map((s) => ({
    number: s.number,
    startLba: s.startLba,
    sizeSectors: s.sizeSectors,
    ...(s.incomplete ? { problem: { kind: 'unfinished' as const, detail: 'begun and never closed (xorriso: "Incmp session")' } } : {}),
  }));

  for (const warning of toc.warnings) {
    let match: RegExpExecArray | null;
    if ((match = READABLE_SIZE.exec(warning))) {
      damage.push(`xorriso: ${warning}`);
      const readable = Number(match[2]);
      const cut = sessions.find((s) => s.startLba < readable && s.startLba + s.sizeSectors >= readable);
      if (cut && !cut.problem) cut.problem = { kind: 'cut-short', detail: `its data ends at LBA ${readable}, where the disc can no longer be read; its header claims more (xorriso: ${warning})` };
    } else if ((match = TRACK_SIZE.exec(warning))) {
      damage.push(`xorriso: ${warning}`);
      const cut = sessions.find((s) => s.number === Number(match![1]));
      if (cut && !cut.problem) cut.problem = { kind: 'cut-short', detail: `its track holds ${match[3]} sectors, its header claims ${match[2]} (xorriso: ${warning})` };
    } else if (CHAIN_BROKEN.test(warning)) {
      damage.push(`xorriso: ${warning}`);
    }
  }

  if (toc.summary && toc.summary.sessions !== toc.sessions.length) {
    damage.push(`xorriso's summary counts ${toc.summary.sessions} session${toc.summary.sessions === 1 ? '' : 's'} but it lists ${toc.sessions.length}`);
  }
  if (/is blank/.test(toc.status ?? '') && (toc.sessions.length > 0 || (toc.summary?.sessions ?? 0) > 0)) {
    const count = Math.max(toc.sessions.length, toc.summary?.sessions ?? 0);
    damage.push(`xorriso says the disc is blank but ${toc.sessions.length > 0 ? 'lists' : 'counts'} ${count} session${count === 1 ? '' : 's'} on it`);
  }
  const blocks = dataBlocksProblem(toc);
  if (blocks) damage.push(blocks);
  const last = sessions[sessions.length - 1];
  if (last && toc.nextWritableAddress !== undefined && /is appendable/.test(toc.status ?? '') && toc.nextWritableAddress < last.startLba + last.sizeSectors) {
    damage.push(`the next writable address ${toc.nextWritableAddress} lies inside session ${last.number} (LBA ${last.startLba} to ${last.startLba + last.sizeSectors - 1})`);
  }
  // once the session lines are known to be wrong, where they end tells nothing more
  const nwa = damage.length === 0 ? emulatedNwaProblem(toc, sessions) : undefined;
  if (nwa) damage.push(nwa);

  return {
    sessions,
    isoSessions: new Set(kept.filter((s) => s.iso).map((s) => s.number)),
    damage,
    unfinished: sessions.some((s) => s.problem?.kind === 'unfinished'),
  };
}

/**
 * xorriso's summary adds up its own session lines: every data session from start to end
 * (Xorriso_toc() in libisoburn's xorriso/drive_mgt.c); audio sessions, listed as "Other
 * session" like data without ISO 9660, are left out. So the count lies between the ISO
 * sessions' sum and all sessions' sum. With a single session the TOC may be fabricated from
 * the readable capacity, which the count then follows: not checked.
 */
function dataBlocksProblem(toc: XorrisoToc): string | undefined {
  // a count of sessions that disagrees is said already
  if (!toc.summary || toc.sessions.length < 2 || toc.summary.sessions !== toc.sessions.length) return undefined;
  const sum = (list: XorrisoTocSession[]) => list.reduce((total, s) => total + s.sizeSectors, 0);
  const all = sum(toc.sessions);
  const iso = sum(toc.sessions.filter((s) => s.iso));
  const counted = toc.summary.dataBlocks;
  if (counted >= iso && counted <= all) return undefined;
  return `xorriso's summary counts ${counted} data blocks but its sessions add up to ${iso === all ? all : `${iso} to ${all}`}`;
}
