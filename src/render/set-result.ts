// What a diff or apply on several drives shows: each drive under a heading naming the disc and
// copy it holds (or that its blank disc becomes), then what is left to insert.
import type { ApplySetReport, DriveOutcome } from '../apply/run-apply-set.js';
import { whatItHolds } from '../apply/run-apply-set.js';
import { blankFor, discCopyName, type DiscCopy } from '../diff/drive-assignment.js';
import type { PreparedDrive } from '../gather/prepare-set.js';
import type { PlanSet } from '../plan/plan-model.js';
import { applyDocument, applySummary, APPLY_JSON_FORMAT_VERSION } from './apply-result.js';
import { diffDocument } from './diff-json.js';
import { printable } from './printable.js';

export function driveHeading(set: PlanSet, drive: PreparedDrive, when: 'before' | 'after' = 'before'): string {
  return `== ${printable(drive.device)}: ${printable(whatItHolds(set, drive, when))}\n`;
}

export function applySetSummary(report: ApplySetReport, left: ReadonlyArray<DiscCopy & { burnedBefore: boolean }>): string {
  const parts = report.drives.map((outcome) => `\n${driveHeading(report.set, outcome.drive, outcome.report?.outcome === 'applied' && !outcome.report.dummy ? 'after' : 'before')}${driveSummary(outcome)}`);
  return `${parts.join('')}${leftText(report.set, left)}`;
}

function driveSummary({ drive, report }: DriveOutcome): string {
  if (drive.error) return `Nothing was done in this drive: ${printable(drive.error)}\n`;
  if (!report) return 'Nothing was written to this disc.\n';
  if (report.outcome === 'conflicts') return `Conflicts: nothing was burned in this drive (${report.result.conflicts.map((c) => printable(c.message)).join('; ')}).\n`;
  if (report.outcome === 'nothing-to-do') return 'No changes: the disc is as the plan says.\n';
  return applySummary(report);
}

export function leftText(set: PlanSet, notInserted: ReadonlyArray<DiscCopy & { burnedBefore: boolean }>): string {
  if (notInserted.length === 0) return '';
  const lines = notInserted.map((pair) =>
    pair.burnedBefore
      ? `  insert ${discCopyName(set.discs, pair)} (burned before, sessions still to burn)`
      : `  insert ${blankFor(set.discs[pair.disc]!)} for ${discCopyName(set.discs, pair)}`,
  );
  return `\nLeft to do:\n${lines.join('\n')}\n`;
}

/** The drives' outcome in one document (schemas/apply-set-output.schema.json). */
export function applySetJson(report: ApplySetReport, left: ReadonlyArray<DiscCopy & { burnedBefore: boolean }>): string {
  const drives = report.drives.map(({ drive, report: applied }) => ({
    ...driveJson(report.set, drive),
    result: applied ? applyDocument(applied) : null,
  }));
  const ok = report.drives.every(({ drive, report: r }) => !drive.error && !isRefused(drive) && (!r || (r.outcome !== 'conflicts' && !r.failure && !r.stoppedBy)));
  return `${JSON.stringify({ format_version: APPLY_JSON_FORMAT_VERSION, plan: report.planFile, ok, drives, left: leftJson(report.set, left) }, null, 2)}\n`;
}

/** The drives' diffs in one document (schemas/diff-set-output.schema.json). */
export function diffSetJson(set: PlanSet, planFile: string, drives: readonly PreparedDrive[], notInserted: ReadonlyArray<DiscCopy & { burnedBefore: boolean }>): string {
  const docs = drives.map((drive) => ({
    ...driveJson(set, drive),
    diff: drive.prepared ? diffDocument(drive.prepared.result, planFile, drive.prepared.fingerprints) : null,
  }));
  return `${JSON.stringify({ format_version: 1, plan: planFile, drives: docs, left: leftJson(set, notInserted) }, null, 2)}\n`;
}

/** A drive whose disc is not written on purpose: another plan's, or the same copy in two drives. */
export function isRefused(drive: PreparedDrive): boolean {
  return drive.assignment?.kind === 'foreign' || drive.assignment?.kind === 'duplicate';
}

/** What a drive holds, as every set document gives it. */
export function driveJson(set: PlanSet, drive: PreparedDrive) {
  const a = drive.assignment;
  const pair = a && (a.kind === 'holds' || a.kind === 'blank-becomes' || a.kind === 'duplicate') ? a : undefined;
  return {
    device: drive.device,
    assignment: a?.kind ?? 'unread',
    disc: pair ? set.discs[pair.disc]!.disc.id : null,
    copy: pair ? pair.copy : null,
    description: whatItHolds(set, drive),
    error: drive.error ?? null,
  };
}

function leftJson(set: PlanSet, notInserted: ReadonlyArray<DiscCopy & { burnedBefore: boolean }>) {
  return notInserted.map((pair) => ({ disc: set.discs[pair.disc]!.disc.id, copy: pair.copy, burned_before: pair.burnedBefore, media: set.discs[pair.disc]!.disc.media }));
}
