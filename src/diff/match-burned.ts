// The plan's sessions that are on the disc: session N of the plan against session N of the
// disc, by disc id, label and fingerprint. Pure.
import { copyOf, parseMark } from '../disc/burnplan-mark.js';
import { sectorPath } from '../disc/device-names.js';
import type { Disc, DiscSession } from '../disc/disc-model.js';
import type { Plan, PlannedSession } from '../plan/plan-model.js';
import { count, type DiffFindings } from './diff-findings.js';
import type { PlannedSessionFacts, SessionRow } from './diff-model.js';

/** A row, and for a conflict the code it is reported under. */
interface Match {
  row: SessionRow;
  code?: string;
}

/** The rows of the sessions the disc holds (and of those it holds beyond the plan). */
/** `copy`: the copy the plan works on (chosen-copy.ts), undefined when not known. */
export function matchBurned(plan: Plan, disc: Disc, facts: readonly PlannedSessionFacts[], copy: number | undefined, findings: DiffFindings): SessionRow[] {
  const rows: SessionRow[] = [];
  let wrongDiscReported = false;
  plan.sessions.slice(0, disc.sessions.length).forEach((planned, index) => {
    const burned = disc.sessions[index]!;
    const { row, code } = matchSession(plan, disc, planned, burned, facts[index]!, copy);
    rows.push(row);
    if (row.kind === 'conflict') {
      // another disc makes every session conflict: said once
      if (code !== 'wrong-disc' || !wrongDiscReported) findings.conflict(code!, row.reason, index);
      wrongDiscReported ||= code === 'wrong-disc';
      return;
    }
    const shortNote = cutShortNote(planned, burned);
    if (shortNote) findings.warn('session-cut-short', shortNote, index);
    if (row.kind === 'adopted' && !row.imported) {
      findings.warn('adopted', `session ${index + 1} (${planned.label}) was not burned by burnplan: taken as in sync by its label; its content cannot be checked`, index);
    } else if (row.kind === 'in-sync' && row.sourcesGone) {
      findings.warn('sources-gone', `session ${index + 1} (${planned.label}): its sources are gone from this computer (already burned): taken as in sync by its mark and label, its files not compared with the plan`, index);
    } else if (row.kind === 'drift') {
      findings.warn('drift', `session ${index + 1} (${planned.label}) was burned from other files than the plan lists now (fingerprint ${row.burnedFingerprint} on the disc, ${row.plannedFingerprint} planned); a burned session cannot change: put the changes in a new session`, index);
    }
  });
  sayImported(rows, findings);
  const extra = disc.sessions.slice(plan.sessions.length);
  for (const session of extra) rows.push({ kind: 'extra', disc: session });
  if (extra.length > 0) {
    const which = extra.length === 1 ? `session ${extra[0]!.number} is` : `sessions ${extra.map((s) => s.number).join(', ')} are`;
    findings.conflict('extra-sessions', `the disc has ${count(disc.sessions.length, 'session')} but the plan lists ${plan.sessions.length}: ${which} not in the plan`);
  }
  return rows;
}

/** Imported sessions are said once for all of them. */
function sayImported(rows: readonly SessionRow[], findings: DiffFindings): void {
  const imported = rows.flatMap((r) => (r.kind === 'adopted' && r.imported ? [r.index + 1] : []));
  if (imported.length === 0) return;
  const one = imported.length === 1;
  const which = one ? `session ${imported[0]} is` : `sessions ${imported.join(', ')} are`;
  findings.warn('imported', `${which} imported: taken as in sync by ${one ? 'its label' : 'their labels'}; ${one ? 'its' : 'their'} content is not in the plan`);
}

function matchSession(plan: Plan, disc: Disc, planned: PlannedSession, burned: DiscSession, facts: PlannedSessionFacts, copy: number | undefined): Match {
  const { label, index } = planned;
  const conflict = (code: string, reason: string): Match => ({ row: { kind: 'conflict', index, label, disc: burned, reason }, code });
  const fs = burned.filesystem;
  if (!fs && sectorPath(disc.device) === undefined) {
    return conflict('labels-unreadable', `the labels cannot be read through the cdrecord address ${disc.device}: give the device path (/dev/srN) instead`);
  }
  if (!fs) return conflict('not-iso9660', `session ${index + 1} on the disc holds no ISO 9660 file system, the plan expects "${label}"`);
  const shortfall = cutShortConflict(planned, burned);
  if (shortfall) return conflict('session-cut-short', shortfall);
  const mark = parseMark(fs.applicationId);
  if (mark && fs.volumeSetId !== plan.disc.id) {
    return conflict('wrong-disc', `another disc is in the drive: its sessions belong to disc id "${fs.volumeSetId}", the plan is for "${plan.disc.id}"`);
  }
  if (mark && copy !== undefined && copyOf(mark) !== copy) {
    return conflict('wrong-copy', `session ${index + 1} on the disc belongs to copy ${copyOf(mark)} of "${plan.disc.id}", the plan works on copy ${copy}${plan.copy === undefined ? ' (the copy its first session names)' : ' (--copy)'}`);
  }
  if (fs.volumeId !== label) return conflict('label-mismatch', `session ${index + 1} on the disc is "${fs.volumeId}", the plan expects "${label}"`);
  // an imported session lists no files: there is no fingerprint to compare with
  if (planned.imported) return { row: { kind: 'adopted', index, label, disc: burned, imported: true } };
  if (!mark) return { row: { kind: 'adopted', index, label, disc: burned } };
  // burned from this plan's disc, with its label: its files can no longer be compared
  if (facts.sourcesGone) return { row: { kind: 'in-sync', index, label, disc: burned, sourcesGone: true } };
  if (mark.fingerprint !== facts.fingerprint.toUpperCase()) {
    return { row: { kind: 'drift', index, label, disc: burned, burnedFingerprint: mark.fingerprint, plannedFingerprint: facts.fingerprint } };
  }
  return { row: { kind: 'in-sync', index, label, disc: burned } };
}

/**
 * A session cut short when it was burned: its file system claims more sectors than the disc
 * holds. Only padding lost: every file reads back, and the next session lands at the real next
 * writable address. Files lost: nothing is written after it until the plan accepts it.
 */
function cutShortConflict(planned: PlannedSession, burned: DiscSession): string | undefined {
  const fs = burned.filesystem!;
  if (fs.volumeSpaceSize <= burned.sizeSectors) return undefined;
  const lost = burned.lostFiles;
  const claim = `its file system claims ${fs.volumeSpaceSize} sectors but only ${burned.sizeSectors} are on the disc`;
  if (lost === undefined) return `session ${burned.number} on the disc is cut short: ${claim}, and its directory tree cannot be read to tell what is lost`;
  if (lost.length === 0 || planned.acceptCutShort) return undefined;
  return `session ${burned.number} on the disc is cut short: ${claim}; ${describeLost(lost)}. To go on with this disc, add "acceptCutShort: true" to session ${burned.number} in the plan and burn the lost files again in a new session (under another path, or touched: mkisofs keeps a copy of the same path, size and time)`;
}

/** The warning for a cut-short session that is not in the way: padding only, or accepted. */
function cutShortNote(planned: PlannedSession, burned: DiscSession): string | undefined {
  const fs = burned.filesystem;
  if (!fs || fs.volumeSpaceSize <= burned.sizeSectors || burned.lostFiles === undefined) return undefined;
  const missing = fs.volumeSpaceSize - burned.sizeSectors;
  if (burned.lostFiles.length === 0) {
    return `session ${burned.number} (${planned.label}) was cut short when it was burned: ${missing} sectors of padding at its end are missing, but every file lies within what was written; new sessions are appended after it`;
  }
  return `session ${burned.number} (${planned.label}) was cut short when it was burned (accepted in the plan): ${describeLost(burned.lostFiles)}`;
}

function describeLost(lost: readonly string[]): string {
  const shown = lost.slice(0, 3).join(', ');
  const more = lost.length > 3 ? ` and ${lost.length - 3} more` : '';
  return `${lost.length === 1 ? '1 file lies' : `${lost.length} files lie`} past the end and cannot be read back whole: ${shown}${more}`;
}
