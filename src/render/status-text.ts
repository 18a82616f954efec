// `burnplan status`: the disc as a person reads it.
import type { Disc, DiscSession } from '../disc/disc-model.js';
import { sessionMark } from '../disc/burnplan-mark.js';
import { sectorPath } from '../disc/device-names.js';
import { hasEmulatedToc } from '../disc/media-match.js';
import { sessionSize } from '../disc/session-size.js';
import { printable } from './printable.js';
import { formatMiB, formatTable } from './units.js';

const MEDIA_TITLES: Record<string, string> = {
  virtual: 'virtual disc',
};

export function renderStatus(disc: Disc): string {
  const lines: string[] = [];
  const tool = disc.tool.version ?? disc.tool.program;
  lines.push(`Device:   ${printable(disc.device)} (${disc.tool.backend}: ${tool})`);
  if (disc.drive) lines.push(`Drive:    ${printable([disc.drive.vendor, disc.drive.model, disc.drive.revision].filter(Boolean).join(' '))}`);
  const title = MEDIA_TITLES[disc.media.kind] ?? disc.media.kind.toUpperCase();
  lines.push(`Media:    ${title} (${disc.media.description})`);
  const count = `${disc.sessions.length} session${disc.sessions.length === 1 ? '' : 's'}`;
  const damaged = (disc.damage ?? []).length > 0;
  lines.push(damaged ? `Status:   DAMAGED (${disc.tool.backend} reads: ${disc.status}), ${count}: burnplan will not write to it` : `Status:   ${statusWords(disc, count)}`);
  for (const line of disc.damage ?? []) lines.push(`Damage:   ${printable(line)}`);
  if (disc.nextWritableAddress !== undefined) lines.push(`Next writable address: ${disc.nextWritableAddress}`);
  if (disc.freeSectors !== undefined) lines.push(`Free:     ${formatMiB(disc.freeSectors)} (${disc.freeSectors} sectors)`);
  if (disc.sessions.length > 0) {
    const readable = sectorPath(disc.device) !== undefined;
    lines.push('');
    const troubled = disc.sessions.filter((s) => s.problem);
    const header = ['#', 'Start', 'Sectors', 'Size', 'Label', 'Disc id', 'J', 'RR', 'burnplan', ...(troubled.length > 0 ? ['Problem'] : [])];
    const rows = [header, ...disc.sessions.map((s) => [...sessionRow(s, readable), ...(troubled.length > 0 ? [PROBLEM_WORDS[s.problem?.kind ?? 'none']] : [])])];
    lines.push(...formatTable(rows, new Set([0, 1, 2, 3])));
    for (const session of troubled) lines.push(`Session ${session.number} is ${PROBLEM_WORDS[session.problem!.kind]}: ${printable(session.problem!.detail)}`);
    if (!readable) lines.push('', `Labels cannot be read through the cdrecord address ${disc.device}; give the device path (/dev/srN) instead.`);
  }
  return `${lines.join('\n')}\n`;
}

/** Overwriteable media are never closed: "appendable" would say nothing there. */
function statusWords(disc: Disc, count: string): string {
  if (!hasEmulatedToc(disc)) return `${disc.status}, ${count}`;
  return disc.status === 'blank' ? 'overwriteable, blank' : `overwriteable, ${count} (emulated TOC)`;
}

const PROBLEM_WORDS: Record<'none' | 'unfinished' | 'cut-short' | 'unreadable', string> = { none: '', unfinished: 'UNFINISHED', 'cut-short': 'CUT SHORT', unreadable: 'UNREADABLE' };

function sessionRow(session: DiscSession, readable: boolean): string[] {
  const fs = session.filesystem;
  const size = sessionSize(session);
  const base = [String(session.number), String(session.startLba), String(size), formatMiB(size)];
  if (!readable) return [...base, '?', '?', '?', '?', '?'];
  if (!fs) return [...base, '(not ISO 9660)', '', '', '', ''];
  const mark = sessionMark(fs);
  return [...base, printable(fs.volumeId) || '(no label)', printable(fs.volumeSetId) || '-', fs.joliet ? 'J' : '-', fs.rockRidge ? 'RR' : '-', mark ? `${printable(mark.fingerprint)}${mark.copy === undefined ? '' : ` copy ${mark.copy}`}` : '-'];
}
