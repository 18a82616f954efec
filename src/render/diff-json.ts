// `burnplan diff --json`: the whole result as one document (documented in the README).
import { sessionMark } from '../disc/burnplan-mark.js';
import { sessionSize } from '../disc/session-size.js';
import { SECTOR_BYTES, type DiscSession } from '../disc/disc-model.js';
import type { DiffResult, RecoveryForecast, SessionRow } from '../diff/diff-model.js';
import { driftedSessions, hasChanges, recoverableRunBytes } from '../diff/diff-model.js';

export const DIFF_JSON_FORMAT_VERSION = 1;

export function diffDocument(result: DiffResult, planFile: string, fingerprints: readonly string[]) {
  return {
    format_version: DIFF_JSON_FORMAT_VERSION,
    plan: planFile,
    disc: {
      device: result.disc.device,
      media: result.disc.media,
      media_description: result.disc.mediaDescription,
      status: result.disc.status,
      sessions: result.disc.sessions,
      next_writable_address: result.disc.nextWritableAddress ?? null,
      free_sectors: result.disc.freeSectors ?? null,
      copy: result.disc.copy ?? null,
      copies: result.disc.copies,
    },
    sessions: result.rows.map((row) => sessionJson(row, fingerprints)),
    actions: result.actions.map((action) =>
      action.kind === 'burn-session'
        ? { kind: action.kind, session: action.index + 1, label: action.label, expected_start: action.expectedStart, closes: action.closes, final: action.final, commands: action.commands.map((c) => ({ program: c.program, args: [...c.args] })) }
        : { kind: action.kind, commands: action.commands.map((c) => ({ program: c.program, args: [...c.args] })) },
    ),
    conflicts: result.conflicts.map(problemJson),
    warnings: result.warnings.map(problemJson),
    finalize: result.finalize,
    summary: {
      changes: hasChanges(result),
      sessions_to_burn: result.actions.filter((a) => a.kind === 'burn-session').length,
      drifted_sessions: driftedSessions(result).map((i) => i + 1),
      burn_sectors: result.burnSectors,
      burn_bytes: result.burnSectors * SECTOR_BYTES,
      free_after_sectors: result.freeAfter ?? null,
      more_sessions_fit: result.moreSessionsFit ?? null,
    },
  };
}

export function diffJson(result: DiffResult, planFile: string, fingerprints: readonly string[]): string {
  return `${JSON.stringify(diffDocument(result, planFile, fingerprints), null, 2)}\n`;
}

function sessionJson(row: SessionRow, fingerprints: readonly string[]) {
  if (row.kind === 'extra') return { session: row.disc.number, label: row.disc.filesystem?.volumeId ?? null, outcome: 'extra', disc: discJson(row.disc) };
  const base = { session: row.index + 1, label: row.label, outcome: row.kind, planned_fingerprint: fingerprints[row.index] ?? null };
  switch (row.kind) {
    case 'to-burn':
      return { ...base, size_sectors: row.size.sectors, size_exact: row.size.exact, landing_lba: row.landingLba, landing_exact: row.landingExact, free_before_sectors: row.freeBefore ?? null, free_after_sectors: row.freeAfter ?? null, closes_disc: row.closes, joliet: row.joliet, rock_ridge: row.rockRidge, replaces: row.replaces, recovery: row.recovery ? recoveryJson(row.recovery) : null };
    case 'conflict':
      return { ...base, reason: row.reason, disc: row.disc ? discJson(row.disc) : null };
    case 'in-sync':
      return { ...base, sources_gone: row.sourcesGone === true, disc: discJson(row.disc) };
    default:
      return { ...base, disc: discJson(row.disc) };
  }
}

function recoveryJson(recovery: RecoveryForecast) {
  return {
    percent: recovery.percent,
    bytes_at_most: recovery.maxBytes,
    recoverable_sectors: recovery.recoverableSectors,
    recoverable_bytes: recovery.recoverableSectors * SECTOR_BYTES,
    recoverable_run_bytes: recoverableRunBytes(recovery),
    slice_bytes: recovery.sliceBytes,
    recovery_slices: recovery.recoverySlices,
  };
}

function discJson(session: DiscSession) {
  const fs = session.filesystem;
  return {
    number: session.number,
    start_lba: session.startLba,
    size_sectors: sessionSize(session),
    volume_id: fs?.volumeId ?? null,
    volume_set_id: fs?.volumeSetId ?? null,
    joliet: fs?.joliet ?? null,
    rock_ridge: fs?.rockRidge ?? null,
    burned_fingerprint: sessionMark(fs)?.fingerprint ?? null,
  };
}

function problemJson(problem: { code: string; message: string; index?: number }) {
  return { code: problem.code, message: problem.message, session: problem.index === undefined ? null : problem.index + 1 };
}
