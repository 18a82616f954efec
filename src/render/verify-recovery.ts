// What verify says of a session's PAR2 recovery data: whether it can repair the damage found, or
// for an intact session what it could repair.
import { formatBytes } from '../core/bytes.js';
import { formatCommand } from '../core/command.js';
import type { RepairEstimate } from '../recovery/session-repairability.js';
import type { RecoveryCheck, SessionVerification } from '../verify/verify-model.js';
import type { Palette } from './colors.js';
import { printable } from './printable.js';

const SECTOR_BYTES = 2048;

export function recoveryLines(s: SessionVerification & { recovery: RecoveryCheck }, planFile: string, p: Palette): string[] {
  const { recovery } = s;
  const lines = recovery.damaged.map((path) => `      recovery data damaged: ${printable(path)}`);
  const { estimate } = recovery;
  if ('unknown' in estimate) {
    const lead = s.outcome === 'ok' ? 'it carries recovery data, but' : 'whether recovery data can repair it cannot be told:';
    return [...lines, p.yellow(`      ${lead} ${printable(estimate.unknown)}`)];
  }
  const slices = `${estimate.recoverySlices} slice${estimate.recoverySlices === 1 ? '' : 's'} of ${sliceSize(estimate)}`;
  if (s.outcome === 'ok') return [...lines, p.dim(`      carries recovery data: ${slices}${sectorsNote(estimate)}`)];
  if (estimate.slicesDamaged === 0) return [...lines, `      recovery data left: ${estimate.recoverySlices} recovery slices of ${sliceSize(estimate)}`];
  if (estimate.repairable) {
    return [...lines, p.green(`      recovery data can repair it: ${estimate.slicesDamaged} of ${estimate.recoverySlices} recovery slices needed; run ${printable(recoverCommand(planFile, s.number))}`)];
  }
  return [...lines, p.red(`      recovery data cannot repair it: ${estimate.slicesDamaged} slices damaged, ${estimate.recoverySlices} recovery slices`)];
}

/** Shell-quoted, so that it can be pasted; DIR is left for the user to choose. */
function recoverCommand(planFile: string, session: number): string {
  return `${formatCommand({ program: 'burnplan', args: ['recover', planFile, '--session', String(session), '--out'] })} DIR`;
}

/** How many of its PAR2 files are damaged, for the session's summary line; undefined when none. */
export function recoveryProblem(s: SessionVerification): string | undefined {
  const count = s.recovery?.damaged.length ?? 0;
  return count === 0 ? undefined : `${count} PAR2 file${count === 1 ? '' : 's'} damaged`;
}

function sliceSize(estimate: RepairEstimate): string {
  return formatBytes(estimate.sliceBytes, { unit: 'KiB', digits: 0, roundUp: true });
}

/** burnplan's slices are whole sectors, so any R damaged sectors lie in at most R slices; another tool's need not be. */
function sectorsNote(estimate: RepairEstimate): string {
  return estimate.sliceBytes % SECTOR_BYTES === 0 ? ` (any ${estimate.recoverySlices} damaged sectors can be repaired)` : '';
}

export function recoveryDocument(recovery: RecoveryCheck | undefined) {
  if (!recovery) return null;
  const { estimate } = recovery;
  const known = 'unknown' in estimate ? undefined : estimate;
  return {
    files: recovery.files,
    damaged: recovery.damaged,
    recovery_slices: known?.recoverySlices ?? null,
    slices_damaged: known?.slicesDamaged ?? null,
    repairable: known?.repairable ?? null,
    slice_bytes: known?.sliceBytes ?? null,
    unknown: 'unknown' in estimate ? estimate.unknown : null,
  };
}
