// What apply did, as re-read from the disc: the closing lines, or one JSON document.
import type { SessionReport } from '../apply/apply-context.js';
import type { ApplyReport } from '../apply/apply-report.js';
import { SECTOR_BYTES } from '../disc/disc-model.js';
import type { DiffResult } from '../diff/diff-model.js';
import { errorObject } from './error-json.js';
import { printable } from './printable.js';
import { formatMiB } from './units.js';

export const APPLY_JSON_FORMAT_VERSION = 1;

export function applySummary(report: ApplyReport): string {
  const { failure } = report;
  const lines: string[] = [];
  const burned = report.sessions.filter((r) => r.burned);
  if (report.dummy) lines.push('Simulation (--dummy): the laser was off, nothing was written to the disc.');
  for (const session of burned) {
    lines.push(`Session ${session.index + 1} (${printable(session.label)}): at LBA ${session.startLba ?? '?'}, ${sizeWords(session)}, ${session.identityVerified ? 'on the disc' : 'NOT confirmed on the disc'}, ${dataOutcome(session)}.`);
  }
  const disc = report.disc;
  const free = disc.freeSectors === undefined ? '' : `, ${formatMiB(disc.freeSectors)} free`;
  lines.push(`The disc now: ${disc.status}, ${disc.sessions.length} session${disc.sessions.length === 1 ? '' : 's'}${free} (re-read from ${printable(report.device)}).`);
  if (disc.unfinishedSession) {
    lines.push('It also holds a session that was begun and never finished: nothing can be written after it. To keep what is complete, close the disc by hand (cdrecord -fix).');
  }
  if (failure) lines.push(`Apply stopped: ${printable(failure)}`, disc.unfinishedSession ? 'Running apply again will refuse to write on this disc.' : 'Run burnplan apply again to continue from what is on the disc now.');
  return `${lines.join('\n')}\n`;
}

/** The size on the disc, as status shows it; before the disc confirms it, the measure, said so. */
function sizeWords(report: SessionReport): string {
  if (report.sectors !== undefined) return `${formatMiB(report.sectors)} (${report.sectors} sectors)`;
  return report.measuredSectors === undefined ? 'size unknown' : `${formatMiB(report.measuredSectors)} measured before the burn`;
}

function dataOutcome(report: SessionReport): string {
  switch (report.dataVerified) {
    case true:
      return 'data read back intact';
    case false:
      return `DAMAGED: ${report.damaged.map(printable).join(', ')}`;
    case 'skipped':
      return 'data not read back (--no-verify)';
    case 'not-available':
      return 'data not read back (the device cannot be read as a file)';
    case 'not-done':
      return 'data not read back (the apply stopped first: burnplan verify checks it)';
  }
}

/** Nothing to burn or close: the same document shape, with no sessions. */
function applyNothingDocument(planFile: string, device: string) {
  return { format_version: APPLY_JSON_FORMAT_VERSION, plan: planFile, device, ok: true, changes: false, error: null, sessions: [], conflicts: [] };
}

/** Conflicts: nothing was written; each conflict names its 1-based session, as diff --json does. */
function applyConflictsDocument(planFile: string, result: DiffResult) {
  const conflicts = result.conflicts.map((c) => ({ code: c.code, message: c.message, session: c.index === undefined ? null : c.index + 1 }));
  const error = errorObject({ code: 'conflicts', message: `${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'}: nothing was burned` });
  return { format_version: APPLY_JSON_FORMAT_VERSION, plan: planFile, device: result.disc.device, ok: false, changes: false, error, sessions: [], conflicts };
}

/** One JSON document, whatever the outcome (schemas/apply-output.schema.json). */
export function applyJson(report: ApplyReport): string {
  return `${JSON.stringify(applyDocument(report), null, 2)}\n`;
}

export function applyDocument(report: ApplyReport) {
  if (report.outcome === 'conflicts') return applyConflictsDocument(report.planFile, report.result);
  if (report.outcome === 'nothing-to-do') return applyNothingDocument(report.planFile, report.device);
  const { disc, failure } = report;
  return {
    format_version: APPLY_JSON_FORMAT_VERSION,
    plan: report.planFile,
    device: report.device,
    dummy: report.dummy,
    ok: failure === undefined && report.stoppedBy === undefined,
    changes: true,
    error: failure === undefined ? null : errorObject({ code: report.stoppedBy ? 'cancelled' : 'apply-failed', message: failure }),
    conflicts: [],
    stopped_by: report.stoppedBy ?? null,
    sessions: report.sessions.map((r) => ({
      session: r.index + 1,
      label: r.label,
      burned: r.burned,
      start_lba: r.startLba ?? null,
      size_sectors: r.sectors ?? null,
      size_bytes: r.sectors === undefined ? null : r.sectors * SECTOR_BYTES,
      measured_sectors: r.measuredSectors ?? null,
      fingerprint: r.fingerprint,
      on_disc: r.identityVerified,
      data_verified: r.dataVerified,
      damaged: r.damaged,
      recovery: r.recovery ? { percent: r.recovery.percent, bytes: r.recovery.bytes, recoverable_sectors: r.recovery.recoverableSectors } : null,
    })),
    closed: report.closed,
    ejected: report.ejected,
    disc_after: {
      status: disc.status,
      sessions: disc.sessions.length,
      unfinished_session: disc.unfinishedSession === true,
      next_writable_address: disc.nextWritableAddress ?? null,
      free_sectors: disc.freeSectors ?? null,
    },
  };
}
