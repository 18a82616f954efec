// `burnplan verify`: what read back intact, what did not, and what could not be checked.
import { formatBytes } from '../core/bytes.js';
import { treeFindingText } from '../verify/check-trees.js';
import type { SessionVerification } from '../verify/verify-model.js';
import { isBad } from '../verify/verify-model.js';
import type { Palette } from './colors.js';
import { printable } from './printable.js';
import { recoveryDocument, recoveryLines, recoveryProblem } from './verify-recovery.js';

const CHECKSUM_NAMES = { 'burnplan-sha256': "burnplan's SHA-256", 'xorriso-md5': "xorriso's MD5" } as const;
/** Long lists of paths are cut: the JSON output has them all. */
const MAX_LISTED = 20;

export interface VerifyReport {
  plan: string;
  device: string;
  discId: string;
  /** How many sessions the disc holds (verify may check one of them: --session). */
  discSessions: number;
  sessions: SessionVerification[];
}

export function verifyOk(report: VerifyReport): boolean {
  return !report.sessions.some(isBad);
}

export function renderVerify(report: VerifyReport, p: Palette): string {
  const which =
    report.sessions.length === report.discSessions ? `${report.discSessions} session${report.discSessions === 1 ? '' : 's'}` : report.sessions.length === 1 ? `session ${report.sessions[0]!.number} of ${report.discSessions}` : `${report.sessions.length} of ${report.discSessions} sessions`;
  const lines = [`Verifying ${printable(report.device)} (disc "${printable(report.discId)}", ${which})`, ''];
  for (const s of report.sessions) {
    const head = `${s.number}  ${printable(s.label) || '(no label)'}`;
    const note = s.note === undefined ? undefined : printable(s.note);
    const read = `${s.filesChecked} file${s.filesChecked === 1 ? '' : 's'}, ${mib(s.bytesRead)} read back`;
    if (s.outcome === 'not-verifiable') lines.push(`  ${p.yellow('?')} ${head}  not verifiable: ${note ?? 'no checksums recorded'}`);
    else if (s.outcome === 'ok') lines.push(`  ${p.green('✓')} ${head}  ${read}, intact (${CHECKSUM_NAMES[s.checksums!]})`);
    else lines.push(`  ${p.red('✗')} ${head}  ${note ?? `${read}: ${problemCount(s)}`}`);
    list(lines, 'damaged', s.damaged.filter((path) => !s.earlierCopies.includes(path)));
    list(lines, "damaged (it holds an earlier session's copy: mkisofs -M kept it, same path, size and time)", s.earlierCopies);
    list(lines, 'missing from the disc', s.missing);
    list(lines, 'read error', s.readErrors.map((e) => `${e.path} at LBA ${e.lba}: ${e.message}`));
    for (const finding of s.treeMismatches.slice(0, MAX_LISTED)) lines.push(`      ${JSON.stringify(treeFindingText(finding)).slice(1, -1)}`);
    if (s.treeMismatches.length > MAX_LISTED) lines.push(`      … and ${s.treeMismatches.length - MAX_LISTED} more disagreements between its trees (all of them in --json)`);
    if (s.recovery) lines.push(...recoveryLines({ ...s, recovery: s.recovery }, report.plan, p));
    if (s.unrecorded.length > 0 && s.outcome !== 'not-verifiable') lines.push(p.dim(`      ${s.unrecorded.length} file${s.unrecorded.length === 1 ? '' : 's'} without a recorded checksum, not checked`));
    if (s.sources) {
      list(lines, 'changed on this computer since', s.sources.changed);
      list(lines, 'planned but not on the disc', s.sources.notOnDisc);
      list(lines, 'gone from this computer', s.sources.goneFromComputer);
    }
  }
  lines.push('', summary(report, p));
  return `${lines.join('\n')}\n`;
}

function summary(report: VerifyReport, p: Palette): string {
  const count = (outcome: SessionVerification['outcome']) => report.sessions.filter((s) => s.outcome === outcome).length;
  const parts = [`${count('ok')} intact`];
  if (count('damaged') > 0) parts.push(`${count('damaged')} damaged`);
  if (count('not-verifiable') > 0) parts.push(`${count('not-verifiable')} not verifiable`);
  const changed = report.sessions.filter((s) => s.sources && s.sources.changed.length + s.sources.notOnDisc.length + s.sources.goneFromComputer.length > 0).length;
  if (changed > 0) parts.push(`${changed} differ${changed === 1 ? 's' : ''} from the sources`);
  const text = `Sessions: ${parts.join(', ')}.`;
  return verifyOk(report) ? text : p.red(text);
}

function problemCount(s: SessionVerification): string {
  const parts = [];
  if (s.damaged.length > 0) parts.push(`${s.damaged.length} damaged`);
  if (s.missing.length > 0) parts.push(`${s.missing.length} missing`);
  if (s.readErrors.length > 0) parts.push(`${s.readErrors.length} unreadable`);
  if (s.treeMismatches.length > 0) parts.push(`its directory trees disagree in ${s.treeMismatches.length} place${s.treeMismatches.length === 1 ? '' : 's'}`);
  const recovery = recoveryProblem(s);
  if (recovery) parts.push(recovery);
  return parts.join(', ');
}

function list(lines: string[], what: string, paths: readonly string[]): void {
  for (const path of paths.slice(0, MAX_LISTED)) lines.push(`      ${what}: ${printable(path)}`);
  if (paths.length > MAX_LISTED) lines.push(`      … and ${paths.length - MAX_LISTED} more ${what} (all of them in --json)`);
}

function mib(bytes: number): string {
  if (bytes < 1024 ** 2) return formatBytes(bytes, { unit: 'KiB', digits: 0, roundUp: true });
  return formatBytes(bytes, { unit: 'MiB' });
}

export function verifyJson(report: VerifyReport): string {
  return `${JSON.stringify(verifyDocument(report), null, 2)}\n`;
}

export function verifyDocument(report: VerifyReport) {
  return {
    format_version: 1,
    plan: report.plan,
    device: report.device,
    disc_id: report.discId,
    ok: verifyOk(report),
    sessions: report.sessions.map((s) => ({
      session: s.number,
      label: s.label,
      start_lba: s.startLba,
      outcome: s.outcome,
      checksums: s.checksums ?? null,
      files_checked: s.filesChecked,
      bytes_read: s.bytesRead,
      damaged: s.damaged,
      earlier_copies: s.earlierCopies,
      missing: s.missing,
      read_errors: s.readErrors.map((e) => ({ path: e.path, lba: e.lba, message: e.message })),
      tree_mismatches: s.treeMismatches.map((f) => ({ tree: f.tree, path: f.path, problem: f.problem })),
      unrecorded: s.unrecorded,
      note: s.note ?? null,
      sources: s.sources ? { changed: s.sources.changed, not_on_disc: s.sources.notOnDisc, gone_from_computer: s.sources.goneFromComputer } : null,
      recovery: recoveryDocument(s.recovery),
    })),
  };
}
