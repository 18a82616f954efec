// `burnplan verify SET --device A --device B …`: every inserted disc of the set read back and
// checked, one drive after another. Read-only. Exit 0 only when every disc read is intact.
import { readSetDrives } from '../../gather/prepare-set.js';
import { discCopyName, type DiscCopy } from '../../diff/drive-assignment.js';
import { whatItHolds } from '../../apply/run-apply-set.js';
import { EXIT_ERROR, ExitError } from '../../errors.js';
import type { PlanSet } from '../../plan/plan-model.js';
import { paletteFor } from '../../render/colors.js';
import { driveHeading } from '../../render/set-result.js';
import { renderVerify, verifyDocument, verifyOk, type VerifyReport } from '../../render/verify-report.js';
import { openSetDrives, type SetRunOptions } from '../set-run.js';
import { checkSectorsReadable, verifyDrive } from '../verify-drive.js';

const BLANK = 'the disc is blank: nothing to verify';

export async function verifySetCommand(planFile: string, set: PlanSet, options: SetRunOptions & { againstSources?: boolean; json?: boolean }): Promise<void> {
  const drives = await readSetDrives(set, await openSetDrives(set, options, checkSectorsReadable), []);
  const results: Array<{ device: string; held?: DiscCopy; error: string | null; report: VerifyReport | null }> = [];
  for (const drive of drives) {
    const a = drive.assignment;
    if (drive.error || !a || a.kind !== 'holds') {
      const blank = a?.kind === 'blank-becomes' || a?.kind === 'blank-unused';
      const why = drive.error ?? (blank ? BLANK : whatItHolds(set, drive));
      results.push({ device: drive.device, error: why, report: null });
      if (!options.json) process.stdout.write(`${driveHeading(set, drive)}${blank ? `${BLANK}\n` : ''}\n`);
      continue;
    }
    // the disc as read to tell which it is: its table of contents is not asked for twice
    const report = await verifyDrive(planFile, set.discs[a.disc]!, drive.device, drive.backend, { ...options, discRead: drive.disc! });
    results.push({ device: drive.device, held: a, error: null, report });
    if (!options.json) process.stdout.write(`${driveHeading(set, drive)}${renderVerify(report, paletteFor(process.stdout))}\n`);
  }
  const intact = results.filter((r) => r.report && verifyOk(r.report));
  if (options.json) {
    const docs = results.map((r) => ({ device: r.device, disc: r.held ? set.discs[r.held.disc]!.disc.id : null, copy: r.held?.copy ?? null, error: r.error, report: r.report ? verifyDocument(r.report) : null }));
    process.stdout.write(`${JSON.stringify({ format_version: 1, plan: planFile, ok: intact.length === results.length, drives: docs }, null, 2)}\n`);
  } else {
    const names = results.flatMap((r) => (r.held && r.report ? [`${discCopyName(set.discs, r.held)} ${verifyOk(r.report) ? 'intact' : 'DAMAGED'}`] : []));
    process.stdout.write(`${intact.length} of ${results.length} drive${results.length === 1 ? '' : 's'} verified intact${names.length > 0 ? `: ${names.join('; ')}` : ''}.\n`);
  }
  if (intact.length !== results.length) throw new ExitError(EXIT_ERROR);
}
