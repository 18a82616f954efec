// `burnplan diff`: a Terraform-like preview. One line per session with a symbol, the
// irreversible close standing out, warnings, conflicts, and a summary line.
import { driftedSessions, recoverableRunBytes, type DiffResult, type RecoveryForecast, type ReplacedPath, type SessionRow } from '../diff/diff-model.js';
import { formatSize } from '../core/bytes.js';
import { SECTOR_BYTES } from '../disc/disc-model.js';
import { formatCommand } from '../core/command.js';
import type { Palette } from './colors.js';
import { printable } from './printable.js';
import { sessionSize } from '../disc/session-size.js';
import { formatMiB, formatTable } from './units.js';

export interface DiffTextOptions {
  showCommands: boolean;
  palette: Palette;
}

const SYMBOLS: Record<SessionRow['kind'], string> = {
  'in-sync': '=',
  adopted: '~',
  drift: '!',
  'to-burn': '+',
  conflict: 'x',
  extra: 'x',
};

export function renderDiff(result: DiffResult, options: DiffTextOptions): string {
  const { palette: p } = options;
  const { disc } = result;
  const lines: string[] = [];
  const free = disc.freeSectors === undefined ? '' : `, ${formatMiB(disc.freeSectors)} free`;
  const media = disc.media === 'virtual' ? 'virtual disc' : disc.mediaDescription;
  // a plan of several copies says which copy the disc in the drive is
  const copy = disc.copies === 1 ? '' : `, copy ${disc.copy ?? '?'} of ${disc.copies}`;
  lines.push(`Disc: ${printable(disc.device)}: ${media}, ${disc.status}, ${disc.sessions} session${disc.sessions === 1 ? '' : 's'}${free}${copy}`);
  lines.push('');
  if (result.rows.length === 0) lines.push('  (the plan lists no sessions)');
  const rows = result.rows.map((row) => rowCells(row));
  const table = formatTable(rows, new Set([1, 4]));
  result.rows.forEach((row, i) => {
    lines.push(colour(row, `  ${table[i]}`, p));
    // a conflict's reason goes under its row: the table stays as wide as a terminal
    if (row.kind === 'conflict') lines.push(...wrap(printable(row.reason), REASON_WIDTH).map((part) => p.red(`       ${part}`)));
    if (row.kind === 'to-burn' && row.recovery) lines.push(p.dim(`       ${recoveryLine(row.recovery)}`));
    if (row.kind === 'to-burn') lines.push(...replacedLines(row.replaces).map((line) => p.dim(`       ${line}`)));
    if (options.showCommands) {
      const action = row.kind === 'to-burn' ? result.actions.find((a) => a.kind === 'burn-session' && a.index === row.index) : undefined;
      if (action) {
        lines.push(p.dim(`      $ ${action.commands.map(formatCommand).join(' \\\n        | ')}`));
        if (action.kind === 'burn-session' && !action.final) lines.push(p.dim('      (holds estimates: measured again and rebuilt from the disc right before burning)'));
      }
    }
  });
  const close = result.actions.find((a) => a.kind === 'close-disc');
  if (result.finalize === 'close') {
    const after = result.rows.filter((r) => r.kind === 'to-burn').pop();
    const when = after ? `with session ${after.index + 1} (${printable(after.label)})` : 'now, without a new session';
    lines.push('', p.bold(p.red(`  !! CLOSE the disc ${when}: irreversible, nothing can be added afterwards`)));
    if (close && options.showCommands) lines.push(p.dim(`      $ ${close.commands.map(formatCommand).join(' | ')}`));
  }
  if (result.warnings.length > 0) lines.push('', 'Warnings:', ...result.warnings.map((w) => p.yellow(`  - ${printable(w.message)}`)));
  if (result.conflicts.length > 0) lines.push('', 'Conflicts (nothing will be burned):', ...result.conflicts.map((c) => p.red(`  - ${printable(c.message)}`)));
  lines.push('', p.bold(summaryLine(result)));
  return `${lines.join('\n')}\n`;
}

function rowCells(row: SessionRow): string[] {
  switch (row.kind) {
    case 'to-burn': {
      const size = `${row.size.exact ? '' : '~'}${formatMiB(row.size.sectors)}`;
      const at = `at LBA ${row.landingExact ? '' : '~'}${row.landingLba}`;
      return [SYMBOLS[row.kind], `${row.index + 1}`, printable(row.label), 'to burn', size, flags(row.joliet, row.rockRidge), at];
    }
    case 'extra':
      return [SYMBOLS[row.kind], `${row.disc.number}`, printable(row.disc.filesystem?.volumeId ?? '(not ISO 9660)'), 'not in the plan', formatMiB(sessionSize(row.disc)), flags(row.disc.filesystem?.joliet, row.disc.filesystem?.rockRidge), `at LBA ${row.disc.startLba}`];
    case 'conflict':
      return [SYMBOLS[row.kind], `${row.index + 1}`, printable(row.label), 'conflict:', '', '', ''];
    default: {
      const words = row.kind === 'in-sync' ? (row.sourcesGone ? 'in sync (sources gone)' : 'in sync') : row.kind === 'adopted' ? (row.imported ? 'imported' : 'adopted (not burned by burnplan)') : 'changed since burned';
      return [SYMBOLS[row.kind], `${row.index + 1}`, printable(row.label), words, formatMiB(sessionSize(row.disc)), flags(row.disc.filesystem?.joliet, row.disc.filesystem?.rockRidge), `at LBA ${row.disc.startLba}`];
    }
  }
}

function recoveryLine(recovery: RecoveryForecast): string {
  const data = formatSize(recovery.maxBytes);
  const anywhere = recovery.recoverableSectors * SECTOR_BYTES;
  const run = recoverableRunBytes(recovery);
  const inRuns = run > anywhere ? `, up to ${formatSize(run)} in one run within a file (${recovery.recoverySlices} slices of ${formatSize(recovery.sliceBytes)})` : '';
  return `recovery data ${recovery.percent}% (at most ${data}, counted in the size): recovers up to ${formatSize(anywhere)} of bad sectors anywhere${inRuns}`;
}

/** Beyond this many, one line says how many more paths a session replaces. */
const MAX_REPLACED_SHOWN = 5;

function replacedLines(replaced: readonly ReplacedPath[]): string[] {
  const lines = replaced.slice(0, MAX_REPLACED_SHOWN).map((r) => {
    const change = r.was === r.now ? '' : ` (a ${r.was} there, a ${r.now} now)`;
    return `replaces ${printable(r.path)} of session ${r.session}${change}`;
  });
  const more = replaced.length - MAX_REPLACED_SHOWN;
  if (more > 0) lines.push(`and ${more} more path${more === 1 ? '' : 's'} of earlier sessions`);
  return lines;
}

function flags(joliet: boolean | undefined, rockRidge: boolean | undefined): string {
  return [joliet ? 'J' : '-', rockRidge ? 'RR' : '-'].join(' ');
}

function colour(row: SessionRow, line: string, p: Palette): string {
  if (row.kind === 'to-burn') return p.green(line);
  if (row.kind === 'conflict' || row.kind === 'extra') return p.red(line);
  if (row.kind === 'drift' || row.kind === 'adopted') return p.yellow(line);
  return line;
}

export function summaryLine(result: DiffResult): string {
  if (result.conflicts.length > 0) return `${result.conflicts.length} conflict${result.conflicts.length === 1 ? '' : 's'}: nothing can be burned until ${result.conflicts.length === 1 ? 'it is' : 'they are'} resolved.`;
  const burns = result.actions.filter((a) => a.kind === 'burn-session').length;
  const drifted = driftedSessions(result).map((i) => i + 1);
  if (result.actions.length === 0 && drifted.length > 0) {
    const which = drifted.length === 1 ? `session ${drifted[0]} was` : `sessions ${drifted.join(', ')} were`;
    return `Nothing to burn, but the plan has drifted from the disc: ${which} burned from other files than the plan lists now (put the changes in a new session).`;
  }
  if (result.actions.length === 0) return 'No changes: the disc matches the plan.';
  const parts: string[] = [];
  if (burns > 0) parts.push(`${burns} session${burns === 1 ? '' : 's'} to burn (${formatMiB(result.burnSectors)})`);
  parts.push(result.finalize === 'close' ? 'then the disc is closed' : result.finalize === 'close-skipped' ? 'disc stays open (a virtual disc cannot be closed)' : 'disc stays open');
  if (result.freeAfter !== undefined && result.finalize !== 'close') {
    const more = result.moreSessionsFit === undefined ? '' : ` (${result.moreSessionsFit} more session${result.moreSessionsFit === 1 ? '' : 's'} of this size would fit)`;
    parts.push(`${formatMiB(result.freeAfter)} free after${more}`);
  }
  return `${parts.join(', ')}.`;
}

/** Conflict reasons are wrapped to this many columns under their row. */
const REASON_WIDTH = 90;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
