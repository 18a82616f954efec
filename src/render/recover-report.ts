// `burnplan recover`: which files came off the disc as burned, which par2 repaired, which are
// lost, and the sectors that could not be read.
import { formatBytes } from '../core/bytes.js';
import { recoverOk, type RecoveredFile, type RecoveredOutcome, type RecoverReport } from '../recovery/recover-model.js';
import type { Palette } from './colors.js';
import { printable } from './printable.js';

/** Long lists are cut: the JSON output has them all. */
const MAX_LISTED = 20;
const FIRST_LBAS = 10;

export function renderRecover(report: RecoverReport, p: Palette): string {
  const label = report.label === '' ? '(no label)' : `"${printable(report.label)}"`;
  const lines = [`Recovering session ${report.session} ${label} of ${printable(report.device)} into ${printable(report.outDir)}`, ''];
  const by = (outcome: RecoveredOutcome) => report.files.filter((file) => file.outcome === outcome);
  list(lines, p.red('✗ lost'), by('lost'), (file) => `${file.badSectors.length > 0 ? `${count(file.badSectors.length, 'unreadable sector')}; ` : ''}the damaged copy is kept${file.badSectors.length > 0 ? ', unreadable sectors as zeros' : ''}`);
  list(lines, p.green('✓ repaired'), by('repaired'), () => undefined);
  list(lines, p.yellow('? unchecked'), by('unchecked'), () => 'no checksum recorded, not covered by the recovery data');
  if (by('intact').length > 0) lines.push(`  ${p.green('✓')} ${count(by('intact').length, 'file')} intact`);
  const bad = badSectors(report.files);
  if (bad.length > 0) {
    const shown = bad.slice(0, FIRST_LBAS).join(', ');
    lines.push(`  ${count(bad.length, 'sector')} could not be read (LBA ${shown}${bad.length > FIRST_LBAS ? ', …' : ''})`);
  }
  lines.push(`  ${repairLine(report)}`);
  const counts = (['intact', 'repaired', 'lost', 'unchecked'] as const).filter((o) => by(o).length > 0).map((o) => `${by(o).length} ${o}`);
  const summary = `${count(report.files.length, 'file')} (${formatBytes(report.bytesRead, { unit: 'MiB' })} read)${counts.length > 0 ? `: ${counts.join(', ')}` : ''}.`;
  lines.push('', recoverOk(report) ? summary : p.red(summary));
  return `${lines.join('\n')}\n`;
}

function repairLine(report: RecoverReport): string {
  const note = report.repair.note === undefined ? '' : printable(report.repair.note);
  switch (report.repair.state) {
    case 'none':
      return `No recovery data: ${note || 'the session carries no PAR2 files'}; the files were copied as read.`;
    case 'not-needed':
      return 'Recovery data present, not needed: every file read back as burned.';
    case 'repaired':
      return 'par2 repaired the damaged files from the recovery data.';
    case 'not-possible':
      return `The repair is not possible: ${note}`;
    case 'failed':
      return `The repair failed: ${note}`;
  }
}

function list(lines: string[], what: string, files: readonly RecoveredFile[], detail: (file: RecoveredFile) => string | undefined): void {
  for (const file of files.slice(0, MAX_LISTED)) {
    const more = detail(file);
    lines.push(`  ${what}  ${printable(file.path)}${more ? `  (${more})` : ''}`);
  }
  if (files.length > MAX_LISTED) lines.push(`  … and ${files.length - MAX_LISTED} more (all of them in --json)`);
}

function badSectors(files: readonly RecoveredFile[]): number[] {
  return files.flatMap((file) => file.badSectors).sort((a, b) => a - b);
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

export function recoverJson(report: RecoverReport): string {
  return `${JSON.stringify(recoverDocument(report), null, 2)}\n`;
}

export function recoverDocument(report: RecoverReport) {
  const tally = (outcome: RecoveredOutcome) => report.files.filter((file) => file.outcome === outcome).length;
  const bad = badSectors(report.files);
  return {
    format_version: 1,
    plan: report.plan,
    device: report.device,
    disc_id: report.discId,
    session: report.session,
    label: report.label,
    out_dir: report.outDir,
    ok: recoverOk(report),
    checksums: report.checksums,
    repair: { state: report.repair.state, par2_files: report.repair.par2Files, note: report.repair.note ?? null },
    counts: { intact: tally('intact'), repaired: tally('repaired'), lost: tally('lost'), unchecked: tally('unchecked') },
    bad_sectors: { count: bad.length, lbas: bad },
    bytes_read: report.bytesRead,
    files: report.files.map((file) => ({ path: file.path, size: file.size, outcome: file.outcome, checked_with: file.checkedWith, bad_sectors: file.badSectors })),
  };
}
