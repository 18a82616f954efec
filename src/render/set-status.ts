// `burnplan status SET`: every drive's disc under a heading naming which disc and copy it is, then
// the set at a glance: each disc and copy, its sessions against the plan's, and where it is.
import { discCopyName, type DiscCopy } from '../diff/drive-assignment.js';
import type { PreparedDrive } from '../gather/prepare-set.js';
import type { PlanSet } from '../plan/plan-model.js';
import { driveHeading, driveJson, isRefused } from './set-result.js';
import { statusDocument } from './status-json.js';
import { renderStatus } from './status-text.js';
import { printable } from './printable.js';

interface OverviewRow {
  disc: string;
  copy: number;
  name: string;
  plannedSessions: number;
  /** The drive that holds it, or whose blank disc would become it. */
  device?: string;
  blank?: boolean;
  sessionsOnDisc?: number;
  status?: string;
  /** Sessions the catalog records of it. */
  inCatalog?: number;
}

type Known = ReadonlyArray<DiscCopy & { sessions: number }>;

function overview(set: PlanSet, drives: readonly PreparedDrive[], known: Known): OverviewRow[] {
  return set.discs.flatMap((plan, disc) =>
    Array.from({ length: plan.copies }, (_, i) => {
      const copy = i + 1;
      const drive = drives.find((d) => (d.assignment?.kind === 'holds' || d.assignment?.kind === 'blank-becomes') && d.assignment.disc === disc && d.assignment.copy === copy);
      const recorded = known.find((k) => k.disc === disc && k.copy === copy)?.sessions;
      const row: OverviewRow = { disc: plan.disc.id, copy, name: discCopyName(set.discs, { disc, copy }), plannedSessions: plan.sessions.length, ...(recorded === undefined ? {} : { inCatalog: recorded }) };
      if (!drive) return row;
      return { ...row, device: drive.device, blank: drive.assignment!.kind === 'blank-becomes', sessionsOnDisc: drive.disc!.sessions.length, status: drive.disc!.status };
    }),
  );
}

export function renderSetStatus(set: PlanSet, drives: readonly PreparedDrive[], known: Known = []): string {
  const parts = drives.map((d) => `${driveHeading(set, d)}${d.error ? `${printable(d.error)}\n` : renderStatus(d.disc!)}`);
  const rows = overview(set, drives, known).map((row) => {
    const catalog = row.inCatalog === undefined ? 'not burned yet' : `the catalog records ${row.inCatalog} of ${row.plannedSessions} session${row.plannedSessions === 1 ? '' : 's'}`;
    const where = row.device === undefined ? `not in any drive (${catalog})` : row.blank ? `blank in ${printable(row.device)} (apply makes it this copy)` : `in ${printable(row.device)}, ${row.status}`;
    const sessions = row.sessionsOnDisc === undefined || row.blank ? '' : `${row.sessionsOnDisc} of ${row.plannedSessions} session${row.plannedSessions === 1 ? '' : 's'}, `;
    return `  ${row.name}: ${sessions}${where}`;
  });
  return `${parts.join('\n')}\nThe set (${set.file}):\n${rows.join('\n')}\n`;
}

/** One document (schemas/status-set-output.schema.json). */
export function setStatusJson(set: PlanSet, drives: readonly PreparedDrive[], known: Known = []): string {
  const docs = drives.map((d) => ({ ...driveJson(set, d), refused: isRefused(d), status: d.disc ? statusDocument(d.disc) : null }));
  const discs = overview(set, drives, known).map((row) => ({ disc: row.disc, copy: row.copy, planned_sessions: row.plannedSessions, device: row.device ?? null, blank: row.blank ?? null, sessions_on_disc: row.sessionsOnDisc ?? null, status: row.status ?? null, sessions_in_catalog: row.inCatalog ?? null }));
  return `${JSON.stringify({ format_version: 1, plan: set.file, drives: docs, discs }, null, 2)}\n`;
}
