// `burnplan verify SET --device A --device B …`: every inserted disc of the set read back and
// checked, one drive after another. Read-only. Exit 0 only when every disc read is intact.
import { readSetDrives } from '../../gather/prepare-set.js';
import { discCopyName } from '../../diff/drive-assignment.js';
import { EXIT_ERROR, ExitError } from '../../errors.js';
import type { PlanSet } from '../../plan/plan-model.js';
import { paletteFor } from '../../render/colors.js';
import { driveHeading } from '../../render/set-result.js';
import { renderVerify, verifyDocument, verifyOk, type VerifyReport } from '../../render/verify-report.js';
import { openSetDrives, type SetRunOptions } from '../set-run.js';
import { checkSectorsReadable, verifyDrive } from '../verify-drive.js';

export async function verifySetCommand(planFile: string, set: PlanSet, options: SetRunOptions & { againstSources?: boolean; json?: boolean }): Promise<void> {
  const drives = await readSetDrives(set, await openSetDrives(set, options, checkSectorsReadable), []);
  const results: Array<{ device: string; disc: string | null; copy: number | null; error: string | null; report: VerifyReport | null }> = [];
  for (const drive of drives) {
    const a = drive.assignment;
    if (drive.error || !a || a.kind !== 'holds') {
      const why = drive.error ?? (a?.kind === 'blank-becomes' || a?.kind === 'blank-unused' ? 'the disc is blank: nothing to verify' : driveHeading(set, drive).replace(/^== [^:]+: /, '').trim());
      results.push({ device: drive.device, disc: null, copy: null, error: why, report: null });
      if (!options.json) process.stdout.write(`${driveHeading(set, drive)}${why === 'the disc is blank: nothing to verify' ? `${why}\n` : ''}\n`);
      continue;
    }
    const report = await verifyDrive(planFile, set.discs[a.disc]!, drive.device, drive.backend, options);
    results.push({ device: drive.device, disc: set.discs[a.disc]!.disc.id, copy: a.copy, error: null, report });
    if (!options.json) process.stdout.write(`${driveHeading(set, drive)}${renderVerify(report, paletteFor(process.stdout))}\n`);
  }
  const intact = results.filter((r) => r.report && verifyOk(r.report));
  if (options.json) {
    const docs = results.map((r) => ({ device: r.device, disc: r.disc, copy: r.copy, error: r.error, report: r.report ? verifyDocument(r.report) : null }));
    process.stdout.write(`${JSON.stringify({ format_version: 1, plan: planFile, ok: intact.length === results.length, drives: docs }, null, 2)}\n`);
  } else {
    const names = results.filter((r) => r.report).map((r) => `${discCopyName(set.discs, { disc: set.discs.findIndex((p) => p.disc.id === r.disc), copy: r.copy! })} ${verifyOk(r.report!) ? 'intact' : 'DAMAGED'}`);
    process.stdout.write(`${intact.length} of ${results.length} drive${results.length === 1 ? '' : 's'} verified intact${names.length > 0 ? `: ${names.join('; ')}` : ''}.\n`);
  }
  if (intact.length !== results.length) throw new ExitError(EXIT_ERROR);
}
