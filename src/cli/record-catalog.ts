// apply's last step of each drive: the sessions it burned go into the catalog beside the plan.
import type { ApplyReport } from '../apply/apply-report.js';
import type { Backend } from '../backends/backend-interface.js';
import { UserError } from '../errors.js';
import type { Plan } from '../plan/plan-model.js';

/** What kept the catalog from being written (the disc is burned all the same), or undefined. */
export async function recordCatalog(planFile: string, plan: Plan, discOrder: readonly string[], device: string, backend: Backend, report: ApplyReport): Promise<Error | undefined> {
  if (report.outcome !== 'applied' || report.dummy) return undefined;
  // after a stop or a failure nothing more is read from the disc (the user asked to stop, or a
  // tool is failing): only the sessions whose read-back verified them, with what it read, go in
  const endedWell = report.failure === undefined && report.stoppedBy === undefined;
  const sessions = endedWell ? report.sessions : report.sessions.filter((s) => s.dataVerified === true && s.recorded !== undefined);
  const left = report.sessions.filter((s) => s.identityVerified && !sessions.includes(s));
  if (left.length > 0) {
    const numbers = left.map((s) => s.index + 1).join(', ');
    process.stderr.write(`note: the catalog does not list session${left.length === 1 ? '' : 's'} ${numbers} of ${device} (the apply did not end well): burnplan verify ${planFile} --device ${device}, then burnplan catalog rebuild ${planFile} --device ${device} --force, adds ${left.length === 1 ? 'it' : 'them'}\n`);
  }
  const { recordAppliedSessions } = await import('../catalog/record-apply.js');
  try {
    await recordAppliedSessions({ planFile, plan, discOrder, device, backend, report: { ...report, sessions }, env: process.env });
    return undefined;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return new UserError(`the sessions were burned, but the catalog was not updated: ${error.message}`);
  }
}
